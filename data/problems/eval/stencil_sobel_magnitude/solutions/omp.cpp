void sobelMagnitude(std::vector<uint8_t> const& image, std::vector<float>& edges, size_t n) {
  if (n == 0) return;
  const long rows = static_cast<long>(n);
  #pragma omp parallel for schedule(static)
  for (long i = 0; i < rows; ++i) {
    float* out = &edges[i * n];
    if (i == 0 || i == rows - 1) {
      for (std::size_t j = 0; j < n; ++j) out[j] = 0.0f;
      continue;
    }
    const uint8_t* up = &image[(i - 1) * n];
    const uint8_t* mid = &image[i * n];
    const uint8_t* down = &image[(i + 1) * n];
    out[0] = 0.0f;
    out[n - 1] = 0.0f;
    for (std::size_t j = 1; j + 1 < n; ++j) {
      const int gx = (up[j + 1] + 2 * mid[j + 1] + down[j + 1]) - (up[j - 1] + 2 * mid[j - 1] + down[j - 1]);
      const int gy = (down[j - 1] + 2 * down[j] + down[j + 1]) - (up[j - 1] + 2 * up[j] + up[j + 1]);
      out[j] = std::sqrt(static_cast<float>(gx * gx + gy * gy));
    }
  }
}
