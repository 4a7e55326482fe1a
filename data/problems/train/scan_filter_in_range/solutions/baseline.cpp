void filterInRange(std::vector<int> const& x, int lo, int hi, std::vector<int>& out) {
  const std::size_t n = x.size();
  std::size_t count = 0;
  for (std::size_t i = 0; i < n; ++i) count += (x[i] >= lo && x[i] <= hi);
  // Branch-free compaction: always write, advance only past kept elements (one spare slot).
  out.resize(count + 1);
  std::size_t k = 0;
  for (std::size_t i = 0; i < n; ++i) {
    out[k] = x[i];
    k += (x[i] >= lo && x[i] <= hi);
  }
  out.resize(count);
}
