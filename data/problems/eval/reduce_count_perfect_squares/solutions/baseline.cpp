size_t countPerfectSquares(std::vector<uint32_t> const& x) {
  size_t count = 0;
  for (uint32_t v : x) {
    // sqrt of a 32-bit integer is exact enough in double: the truncated root is floor(sqrt(v)).
    uint64_t r = static_cast<uint64_t>(std::sqrt(static_cast<double>(v)));
    count += r * r == v;
  }
  return count;
}
