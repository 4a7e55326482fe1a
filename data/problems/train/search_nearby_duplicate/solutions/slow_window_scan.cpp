bool hasNearbyDuplicate(std::vector<int> const& x, size_t k) {
  for (std::size_t j = 1; j < x.size(); ++j) {
    const std::size_t from = j > k ? j - k : 0;
    for (std::size_t i = from; i < j; ++i)
      if (x[i] == x[j]) return true;
  }
  return false;
}
