void toppleRounds(std::vector<int32_t>& grains, size_t n, int rounds) {
  for (int r = 0; r < rounds; ++r) {
    std::vector<int32_t> next = grains;
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t j = 0; j < n; ++j) {
        if (grains[i * n + j] >= 4) {
          next[i * n + j] -= 4;
          if (i > 0) next[(i - 1) * n + j] += 1;
          if (i + 1 < n) next[(i + 1) * n + j] += 1;
          if (j > 0) next[i * n + j - 1] += 1;
          if (j + 1 < n) next[i * n + j + 1] += 1;
        }
      }
    }
    grains = next;
  }
}
