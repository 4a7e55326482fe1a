int kthSmallest(std::vector<int> const& x, size_t k) {
  std::vector<int> sorted = x;
  std::sort(sorted.begin(), sorted.end());
  return sorted[k - 1];
}
