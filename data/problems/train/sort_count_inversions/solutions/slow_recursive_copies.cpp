std::uint64_t countInversions(std::vector<int> const& x) {
  auto sortAndCount = [](auto&& self, std::vector<int>& v) -> std::uint64_t {
    if (v.size() < 2) return 0;
    std::size_t mid = v.size() / 2;
    std::vector<int> left(v.begin(), v.begin() + mid);
    std::vector<int> right(v.begin() + mid, v.end());
    std::uint64_t count = self(self, left) + self(self, right);
    std::size_t i = 0, j = 0, k = 0;
    while (i < left.size() && j < right.size()) {
      if (left[i] <= right[j]) {
        v[k++] = left[i++];
      } else {
        count += left.size() - i;
        v[k++] = right[j++];
      }
    }
    while (i < left.size()) v[k++] = left[i++];
    while (j < right.size()) v[k++] = right[j++];
    return count;
  };
  std::vector<int> v = x;
  return sortAndCount(sortAndCount, v);
}
