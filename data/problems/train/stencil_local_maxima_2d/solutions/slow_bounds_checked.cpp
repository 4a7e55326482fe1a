void markLocalMaxima(std::vector<double> const& height, std::vector<uint8_t>& peak, size_t n) {
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      bool isPeak = true;
      for (int di = -1; di <= 1 && isPeak; ++di) {
        for (int dj = -1; dj <= 1; ++dj) {
          if (di == 0 && dj == 0) continue;
          long y = static_cast<long>(i) + di, x = static_cast<long>(j) + dj;
          if (y < 0 || x < 0 || y >= static_cast<long>(n) || x >= static_cast<long>(n)) continue;
          if (height[y * n + x] >= height[i * n + j]) {
            isPeak = false;
            break;
          }
        }
      }
      peak[i * n + j] = isPeak ? 1 : 0;
    }
  }
}
