void countSetBits(std::vector<std::uint64_t> const& x, std::vector<int>& bits) {
  const std::size_t n = x.size();
  #pragma omp parallel for schedule(static)
  for (std::size_t i = 0; i < n; ++i) bits[i] = __builtin_popcountll(x[i]);
}
