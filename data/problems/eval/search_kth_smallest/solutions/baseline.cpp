int kthSmallest(std::vector<int> const& x, size_t k) {
  std::vector<int> v(x);
  std::nth_element(v.begin(), v.begin() + (k - 1), v.end());
  return v[k - 1];
}
