void countSetBits(std::vector<std::uint64_t> const& x, std::vector<int>& bits) {
  for (std::size_t i = 0; i < x.size(); ++i) bits[i] = __builtin_popcountll(x[i]);
}
