void markLocalMaxima(std::vector<double> const& height, std::vector<uint8_t>& peak, size_t n) {
  auto clippedPeak = [&height, n](std::size_t i, std::size_t j) -> uint8_t {
    const double c = height[i * n + j];
    for (std::size_t y = (i ? i - 1 : 0); y <= i + 1 && y < n; ++y)
      for (std::size_t x = (j ? j - 1 : 0); x <= j + 1 && x < n; ++x)
        if ((y != i || x != j) && height[y * n + x] >= c) return 0;
    return 1;
  };
  if (n == 0) return;
  const long rows = static_cast<long>(n);
  #pragma omp parallel for schedule(static)
  for (long i = 0; i < rows; ++i) {
    uint8_t* out = &peak[i * n];
    if (i == 0 || i == rows - 1) {
      for (std::size_t j = 0; j < n; ++j) out[j] = clippedPeak(i, j);
      continue;
    }
    const double* up = &height[(i - 1) * n];
    const double* mid = &height[i * n];
    const double* down = &height[(i + 1) * n];
    out[0] = clippedPeak(i, 0);
    out[n - 1] = clippedPeak(i, n - 1);
    for (std::size_t j = 1; j + 1 < n; ++j) {
      const double c = mid[j];
      out[j] = (c > up[j - 1]) & (c > up[j]) & (c > up[j + 1]) & (c > mid[j - 1]) & (c > mid[j + 1]) &
               (c > down[j - 1]) & (c > down[j]) & (c > down[j + 1]);
    }
  }
}
