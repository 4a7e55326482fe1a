// Pads the board with a ring of dead cells again in every generation: a fresh (n+2) x (n+2)
// buffer is allocated, zeroed and filled from the board, then the new generation is written back.
void lifeGenerations(std::vector<uint8_t>& board, size_t n, int generations) {
  for (int g = 0; g < generations; ++g) {
    const std::size_t w = n + 2;
    std::vector<uint8_t> padded(w * w, 0);
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = 0; j < n; ++j) padded[(i + 1) * w + j + 1] = board[i * n + j];
    for (std::size_t i = 0; i < n; ++i) {
      const uint8_t* up = &padded[i * w];
      const uint8_t* mid = &padded[(i + 1) * w];
      const uint8_t* down = &padded[(i + 2) * w];
      for (std::size_t j = 1; j <= n; ++j) {
        const uint8_t s = up[j - 1] + up[j] + up[j + 1] + mid[j - 1] + mid[j + 1] + down[j - 1] + down[j] + down[j + 1];
        board[i * n + j - 1] = (s == 3) | ((s == 2) & mid[j]);
      }
    }
  }
}
