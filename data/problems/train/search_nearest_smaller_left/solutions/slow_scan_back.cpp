void nearestSmallerToLeft(std::vector<int> const& x, std::vector<int>& out) {
  const long long n = static_cast<long long>(x.size());
  for (long long i = 0; i < n; ++i) {
    long long j = i - 1;
    while (j >= 0 && x[j] >= x[i]) --j;
    out[i] = static_cast<int>(j);
  }
}
