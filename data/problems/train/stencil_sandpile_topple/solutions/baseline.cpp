// Two zero-padded (n+2) x (n+2) buffers: every interior cell gathers from its four neighbours
// without branches (the padding never topples and is never written), then the buffers swap.
void toppleRounds(std::vector<int32_t>& grains, size_t n, int rounds) {
  if (n == 0 || rounds <= 0) return;
  const std::size_t w = n + 2;
  std::vector<int32_t> cur(w * w, 0), nxt(w * w, 0);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j) cur[(i + 1) * w + j + 1] = grains[i * n + j];
  for (int r = 0; r < rounds; ++r) {
    for (std::size_t i = 1; i <= n; ++i) {
      const int32_t* up = &cur[(i - 1) * w];
      const int32_t* c = &cur[i * w];
      const int32_t* dn = &cur[(i + 1) * w];
      int32_t* o = &nxt[i * w];
      for (std::size_t j = 1; j <= n; ++j)
        o[j] = c[j] - 4 * (c[j] >= 4) + (up[j] >= 4) + (dn[j] >= 4) + (c[j - 1] >= 4) + (c[j + 1] >= 4);
    }
    cur.swap(nxt);
  }
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j) grains[i * n + j] = cur[(i + 1) * w + j + 1];
}
