bool hasAdjacentDuplicate(std::vector<int> const& x) {
  const std::size_t n = x.size();
  for (std::size_t i = 1; i < n; ++i)
    if (x[i] == x[i - 1]) return true;
  return false;
}
