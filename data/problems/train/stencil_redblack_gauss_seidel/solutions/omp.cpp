// Points of one colour depend only on points of the other colour, so each half-sweep is a
// parallel loop over rows; the implicit barrier separates the colours.
void redBlackGaussSeidel(std::vector<double>& u, std::vector<double> const& f, size_t n, int sweeps) {
  if (n < 3) return;
  double* g = u.data();
  const double* src = f.data();
  const long rows = static_cast<long>(n);
  #pragma omp parallel
  for (int s = 0; s < sweeps; ++s) {
    for (long color = 0; color < 2; ++color) {
      #pragma omp for schedule(static)
      for (long i = 1; i < rows - 1; ++i) {
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
