size_t countPeaks(std::vector<int> const& x) {
  const long n = static_cast<long>(x.size());
  size_t peaks = 0;
  #pragma omp parallel for reduction(+ : peaks)
  for (long i = 1; i < n - 1; ++i) peaks += (x[i - 1] < x[i]) & (x[i] > x[i + 1]);
  return peaks;
}
