// For each colour, each interior row starts at the first column of that colour and steps by 2.
void redBlackGaussSeidel(std::vector<double>& u, std::vector<double> const& f, size_t n, int sweeps) {
  if (n < 3) return;
  double* g = u.data();
  const double* src = f.data();
  for (int s = 0; s < sweeps; ++s) {
    for (std::size_t color = 0; color < 2; ++color) {
      for (std::size_t i = 1; i + 1 < n; ++i) {
        double* row = g + i * n;
        const double* up = row - n;
        const double* down = row + n;
        const double* fr = src + i * n;
        for (std::size_t j = 1 + ((i + 1 + color) & 1); j + 1 < n; j += 2)
          row[j] = 0.25 * (up[j] + down[j] + row[j - 1] + row[j + 1] + fr[j]);
      }
    }
  }
}
