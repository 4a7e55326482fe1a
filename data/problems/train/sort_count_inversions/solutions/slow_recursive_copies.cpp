std::uint64_t sortAndCount(std::vector<int>& v) {
  if (v.size() < 2) return 0;
  std::size_t mid = v.size() / 2;
  std::vector<int> left(v.begin(), v.begin() + mid);
  std::vector<int> right(v.begin() + mid, v.end());
  std::uint64_t count = sortAndCount(left) + sortAndCount(right);
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
}

std::uint64_t countInversions(std::vector<int> const& x) {
  std::vector<int> v = x;
  return sortAndCount(v);
}
