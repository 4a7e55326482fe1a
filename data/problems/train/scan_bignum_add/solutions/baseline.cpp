void addBigNumbers(std::vector<uint32_t> const& a, std::vector<uint32_t> const& b, std::vector<uint32_t>& sum) {
  const std::size_t n = a.size();
  std::uint64_t carry = 0;
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t t = static_cast<std::uint64_t>(a[i]) + b[i] + carry;
    sum[i] = static_cast<std::uint32_t>(t);
    carry = t >> 32;
  }
  sum[n] = static_cast<std::uint32_t>(carry);
}
