long long kthOccurrence(std::vector<int> const& x, int value, size_t k) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    seen += (x[i] == value);
    if (seen == k) return static_cast<long long>(i);
  }
  return -1;
}
