void redBlackGaussSeidel(std::vector<double>& u, std::vector<double> const& f, size_t n, int sweeps) {
  for (int s = 0; s < sweeps; ++s) {
    for (int color = 0; color < 2; ++color) {
      for (std::size_t j = 1; j + 1 < n; ++j) {
        for (std::size_t i = 1; i + 1 < n; ++i) {
          if ((i + j) % 2 != static_cast<std::size_t>(color)) continue;
          u[i * n + j] = 0.25 * (u[(i - 1) * n + j] + u[(i + 1) * n + j] + u[i * n + j - 1] + u[i * n + j + 1] + f[i * n + j]);
        }
      }
    }
  }
}
