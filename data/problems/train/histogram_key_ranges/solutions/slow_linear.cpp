void countInRanges(std::vector<int> const& keys, std::vector<int> const& bounds, std::vector<size_t>& counts) {
  for (auto& c : counts) c = 0;
  for (int k : keys) {
    for (std::size_t j = 0; j + 1 < bounds.size(); ++j) {
      if (k >= bounds[j] && k < bounds[j + 1]) {
        ++counts[j];
        break;
      }
    }
  }
}
