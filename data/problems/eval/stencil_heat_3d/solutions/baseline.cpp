// Two buffers swapped after every step; the z loop runs over contiguous memory.
void heat3D(std::vector<double>& u, size_t n, double alpha, int steps) {
  if (n < 3 || steps <= 0) return;
  const std::size_t sx = n * n, sy = n;
  std::vector<double> next(u);  // carries the boundary faces
  for (int s = 0; s < steps; ++s) {
    const double* c = u.data();
    double* o = next.data();
    for (std::size_t x = 1; x + 1 < n; ++x)
      for (std::size_t y = 1; y + 1 < n; ++y) {
        const std::size_t base = x * sx + y * sy;
        for (std::size_t z = 1; z + 1 < n; ++z) {
          const std::size_t p = base + z;
          o[p] = c[p] + alpha * (c[p - sx] + c[p + sx] + c[p - sy] + c[p + sy] + c[p - 1] + c[p + 1] - 6 * c[p]);
        }
      }
    u.swap(next);
  }
}
