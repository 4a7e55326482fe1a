// Out-of-place stages: every stage allocates a fresh vector, fills it from x and copies it back.
void walshHadamardTransform(std::vector<int64_t>& x) {
  const std::size_t n = x.size();
  for (std::size_t len = 1; len < n; len *= 2) {
    std::vector<int64_t> next(n);
    for (std::size_t i = 0; i < n; ++i) {
      if ((i & len) == 0) next[i] = x[i] + x[i + len];
      else next[i] = x[i - len] - x[i];
    }
    x = next;
  }
}
