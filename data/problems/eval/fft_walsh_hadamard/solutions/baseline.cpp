void walshHadamardTransform(std::vector<int64_t>& x) {
  const std::size_t n = x.size();
  for (std::size_t len = 1; len < n; len <<= 1) {
    for (std::size_t i = 0; i < n; i += 2 * len) {
      for (std::size_t j = i; j < i + len; ++j) {
        const int64_t u = x[j], v = x[j + len];
        x[j] = u + v;
        x[j + len] = u - v;
      }
    }
  }
}
