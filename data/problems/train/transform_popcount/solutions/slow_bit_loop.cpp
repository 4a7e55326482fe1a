void countSetBits(std::vector<std::uint64_t> const& x, std::vector<int>& bits) {
  for (std::size_t i = 0; i < x.size(); ++i) {
    int count = 0;
    for (int b = 0; b < 64; ++b)
      if ((x[i] >> b) & 1) count++;
    bits[i] = count;
  }
}
