int firstMissingPositive(std::vector<int> const& x) {
  const long long n = static_cast<long long>(x.size());
  std::vector<unsigned char> present(n + 2, 0);
  unsigned char* p = present.data();
  // Mark the values 1..n; concurrent writes of the same flag are made atomic.
  #pragma omp parallel for schedule(static)
  for (long long i = 0; i < n; ++i) {
    const int v = x[i];
    if (v >= 1 && v <= n) {
      #pragma omp atomic write
      p[v] = 1;
    }
  }
  // The first unmarked value (n + 1 is never marked).
  long long first = n + 1;
  #pragma omp parallel for reduction(min : first) schedule(static)
  for (long long k = 1; k <= n; ++k)
    if (!p[k] && k < first) first = k;
  return static_cast<int>(first);
}
