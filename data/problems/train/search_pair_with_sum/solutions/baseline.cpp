bool hasPairWithSum(std::vector<long long> const& sorted, long long target) {
  if (sorted.size() < 2) return false;
  std::size_t i = 0, j = sorted.size() - 1;
  while (i < j) {
    const long long s = sorted[i] + sorted[j];
    if (s == target) return true;
    if (s < target) ++i;
    else --j;
  }
  return false;
}
