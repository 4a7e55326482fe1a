// Two buffers; the interior uses i-1 and i+1 directly and the two end cells wrap explicitly.
void elementaryCA(std::vector<uint8_t>& cells, int rule, int steps) {
  const std::size_t n = cells.size();
  if (n == 0 || steps <= 0) return;
  uint8_t table[8];
  for (int p = 0; p < 8; ++p) table[p] = static_cast<uint8_t>((rule >> p) & 1);
  std::vector<uint8_t> next(n);
  for (int s = 0; s < steps; ++s) {
    const uint8_t* c = cells.data();
    uint8_t* o = next.data();
    if (n == 1) {
      o[0] = table[7 * c[0]];
    } else {
      o[0] = table[4 * c[n - 1] + 2 * c[0] + c[1]];
      for (std::size_t i = 1; i + 1 < n; ++i) o[i] = table[4 * c[i - 1] + 2 * c[i] + c[i + 1]];
      o[n - 1] = table[4 * c[n - 2] + 2 * c[n - 1] + c[0]];
    }
    cells.swap(next);
  }
}
