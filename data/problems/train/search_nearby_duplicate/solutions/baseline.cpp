bool hasNearbyDuplicate(std::vector<int> const& x, size_t k) {
  std::vector<long long> lastSeen(65536, -1);
  const long long window = static_cast<long long>(k);
  for (std::size_t i = 0; i < x.size(); ++i) {
    long long& last = lastSeen[x[i]];
    if (last >= 0 && static_cast<long long>(i) - last <= window) return true;
    last = static_cast<long long>(i);
  }
  return false;
}
