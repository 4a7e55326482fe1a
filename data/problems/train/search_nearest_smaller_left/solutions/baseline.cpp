void nearestSmallerToLeft(std::vector<int> const& x, std::vector<int>& out) {
  const long long n = static_cast<long long>(x.size());
  for (long long i = 0; i < n; ++i) {
    // Every element between out[j] and j is >= x[j], so jump straight to out[j].
    long long j = i - 1;
    while (j >= 0 && x[j] >= x[i]) j = out[j];
    out[i] = static_cast<int>(j);
  }
}
