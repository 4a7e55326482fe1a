void countByBitCount(std::vector<uint64_t> const& values, std::vector<size_t>& counts) {
  for (auto& c : counts) c = 0;
  for (uint64_t v : values) {
    int bits = 0;
    for (int b = 0; b < 64; ++b)
      if ((v >> b) & 1) ++bits;
    counts[bits]++;
  }
}
