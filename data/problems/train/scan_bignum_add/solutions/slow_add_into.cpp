void addBigNumbers(std::vector<uint32_t> const& a, std::vector<uint32_t> const& b, std::vector<uint32_t>& sum) {
  // Adds value into acc at position pos and propagates the carry as far as it goes.
  auto addAt = [](std::vector<uint32_t>& acc, std::size_t pos, std::uint32_t value) {
    std::uint64_t t = static_cast<std::uint64_t>(acc[pos]) + value;
    acc[pos] = static_cast<std::uint32_t>(t);
    while ((t >> 32) != 0 && ++pos < acc.size()) {
      t = static_cast<std::uint64_t>(acc[pos]) + 1;
      acc[pos] = static_cast<std::uint32_t>(t);
    }
  };
  for (std::size_t i = 0; i < sum.size(); ++i) sum[i] = 0;
  for (std::size_t i = 0; i < a.size(); ++i) addAt(sum, i, a[i]);
  for (std::size_t i = 0; i < b.size(); ++i) addAt(sum, i, b[i]);
}
