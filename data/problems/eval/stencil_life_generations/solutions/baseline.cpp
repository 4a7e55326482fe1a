// The board is copied once into two zero-padded (n+2) x (n+2) buffers, so every cell has eight
// neighbours in memory and the inner loop has no branches; the buffers alternate.
void lifeGenerations(std::vector<uint8_t>& board, size_t n, int generations) {
  if (n == 0 || generations <= 0) return;
  const std::size_t w = n + 2;
  std::vector<uint8_t> cur(w * w, 0), nxt(w * w, 0);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j) cur[(i + 1) * w + j + 1] = board[i * n + j];
  for (int g = 0; g < generations; ++g) {
    for (std::size_t i = 1; i <= n; ++i) {
      const uint8_t* up = &cur[(i - 1) * w];
      const uint8_t* mid = &cur[i * w];
      const uint8_t* down = &cur[(i + 1) * w];
      uint8_t* out = &nxt[i * w];
      for (std::size_t j = 1; j <= n; ++j) {
        const uint8_t s = up[j - 1] + up[j] + up[j + 1] + mid[j - 1] + mid[j + 1] + down[j - 1] + down[j] + down[j + 1];
        out[j] = (s == 3) | ((s == 2) & mid[j]);
      }
    }
    cur.swap(nxt);
  }
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j) board[i * n + j] = cur[(i + 1) * w + j + 1];
}
