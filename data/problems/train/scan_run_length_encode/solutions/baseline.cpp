void runLengthEncode(std::vector<int> const& x, std::vector<int>& values, std::vector<int>& counts) {
  const std::size_t n = x.size();
  // Pass 1: count the runs (an element starts a run when it differs from its predecessor).
  std::size_t runs = n > 0 ? 1 : 0;
  for (std::size_t i = 1; i < n; ++i) runs += (x[i] != x[i - 1]);
  values.resize(runs);
  counts.resize(runs);
  // Pass 2: write each run.
  std::size_t k = 0, start = 0;
  for (std::size_t i = 1; i <= n; ++i) {
    if (i == n || x[i] != x[i - 1]) {
      values[k] = x[start];
      counts[k] = static_cast<int>(i - start);
      ++k;
      start = i;
    }
  }
}
