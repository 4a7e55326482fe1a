void integerSqrt(std::vector<std::uint32_t> const& x, std::vector<std::uint32_t>& r) {
  for (std::size_t i = 0; i < x.size(); ++i) {
    std::uint64_t lo = 0, hi = 65536;  // invariant: lo*lo <= x[i] < hi*hi
    while (hi - lo > 1) {
      std::uint64_t mid = (lo + hi) / 2;
      if (mid * mid <= x[i]) lo = mid;
      else hi = mid;
    }
    r[i] = static_cast<std::uint32_t>(lo);
  }
}
