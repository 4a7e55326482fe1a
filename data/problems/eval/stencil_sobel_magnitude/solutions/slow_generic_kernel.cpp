void sobelMagnitude(std::vector<uint8_t> const& image, std::vector<float>& edges, size_t n) {
  std::vector<std::vector<int>> kx = {{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}};
  std::vector<std::vector<int>> ky = {{-1, -2, -1}, {0, 0, 0}, {1, 2, 1}};
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      if (i == 0 || j == 0 || i == n - 1 || j == n - 1) {
        edges[i * n + j] = 0.0f;
        continue;
      }
      int gx = 0, gy = 0;
      for (int di = -1; di <= 1; ++di) {
        for (int dj = -1; dj <= 1; ++dj) {
          int p = image[(i + di) * n + (j + dj)];
          gx += kx[di + 1][dj + 1] * p;
          gy += ky[di + 1][dj + 1] * p;
        }
      }
      edges[i * n + j] = static_cast<float>(std::sqrt(std::pow(gx, 2) + std::pow(gy, 2)));
    }
  }
}
