long long kthOccurrence(std::vector<int> const& x, int value, size_t k) {
  std::vector<std::size_t> positions;
  for (std::size_t i = 0; i < x.size(); ++i)
    if (x[i] == value) positions.push_back(i);
  if (k == 0 || k > positions.size()) return -1;
  return static_cast<long long>(positions[k - 1]);
}
