// Same padded double-buffer scheme as the baseline; rows are split among the threads and the
// buffers are swapped by one thread between generations.
void lifeGenerations(std::vector<uint8_t>& board, size_t n, int generations) {
  if (n == 0 || generations <= 0) return;
  const std::size_t w = n + 2;
  std::vector<uint8_t> bufA(w * w, 0), bufB(w * w, 0);
  uint8_t* cur = bufA.data();
  uint8_t* nxt = bufB.data();
  const long rows = static_cast<long>(n);
  #pragma omp parallel
  {
    #pragma omp for schedule(static)
    for (long i = 0; i < rows; ++i)
      for (std::size_t j = 0; j < n; ++j) cur[(i + 1) * w + j + 1] = board[i * n + j];
    for (int g = 0; g < generations; ++g) {
      #pragma omp for schedule(static)
      for (long i = 1; i <= rows; ++i) {
        const uint8_t* up = cur + (i - 1) * w;
        const uint8_t* mid = cur + i * w;
        const uint8_t* down = cur + (i + 1) * w;
        uint8_t* out = nxt + i * w;
        for (std::size_t j = 1; j <= n; ++j) {
          const uint8_t s = up[j - 1] + up[j] + up[j + 1] + mid[j - 1] + mid[j + 1] + down[j - 1] + down[j] + down[j + 1];
          out[j] = (s == 3) | ((s == 2) & mid[j]);
        }
      }
      #pragma omp single
      std::swap(cur, nxt);
    }
    #pragma omp for schedule(static)
    for (long i = 0; i < rows; ++i)
      for (std::size_t j = 0; j < n; ++j) board[i * n + j] = cur[(i + 1) * w + j + 1];
  }
}
