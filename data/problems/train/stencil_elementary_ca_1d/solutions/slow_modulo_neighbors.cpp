void elementaryCA(std::vector<uint8_t>& cells, int rule, int steps) {
  const std::size_t n = cells.size();
  for (int s = 0; s < steps; ++s) {
    std::vector<uint8_t> next(n);
    for (std::size_t i = 0; i < n; ++i) {
      int left = cells[(i + n - 1) % n], right = cells[(i + 1) % n];
      int p = 4 * left + 2 * cells[i] + right;
      next[i] = (rule >> p) & 1;
    }
    cells = next;
  }
}
