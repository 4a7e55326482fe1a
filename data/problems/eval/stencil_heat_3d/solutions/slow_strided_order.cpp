void heat3D(std::vector<double>& u, size_t n, double alpha, int steps) {
  if (n < 3) return;
  std::vector<double> next(u);
  auto at = [n](std::size_t x, std::size_t y, std::size_t z) { return (x * n + y) * n + z; };
  for (int s = 0; s < steps; ++s) {
    for (std::size_t x = 1; x + 1 < n; ++x)
      for (std::size_t z = 1; z + 1 < n; ++z)
        for (std::size_t y = 1; y + 1 < n; ++y)
          next[at(x, y, z)] = u[at(x, y, z)] + alpha * (u[at(x - 1, y, z)] + u[at(x + 1, y, z)] + u[at(x, y - 1, z)] +
                                                        u[at(x, y + 1, z)] + u[at(x, y, z - 1)] + u[at(x, y, z + 1)] -
                                                        6 * u[at(x, y, z)]);
    u.swap(next);
  }
}
