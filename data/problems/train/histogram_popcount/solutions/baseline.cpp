void countByBitCount(std::vector<uint64_t> const& values, std::vector<size_t>& counts) {
  size_t c[65] = {};
  for (uint64_t v : values) ++c[__builtin_popcountll(v)];
  for (int k = 0; k <= 64; ++k) counts[k] = c[k];
}
