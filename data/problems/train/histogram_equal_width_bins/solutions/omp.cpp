void equalWidthHistogram(std::vector<double> const& x, size_t numBins, std::vector<size_t>& counts) {
  const std::size_t n = x.size();
  double lo = x[0], hi = x[0];
  #pragma omp parallel for reduction(min : lo) reduction(max : hi)
  for (std::size_t i = 0; i < n; ++i) {
    lo = x[i] < lo ? x[i] : lo;
    hi = x[i] > hi ? x[i] : hi;
  }
  for (auto& c : counts) c = 0;
  if (hi == lo) {
    counts[0] = n;
    return;
  }
  const double range = hi - lo, bins = static_cast<double>(numBins);
  #pragma omp parallel
  {
    std::vector<size_t> local(numBins, 0);
    #pragma omp for nowait
    for (std::size_t i = 0; i < n; ++i) {
      size_t b = static_cast<size_t>((x[i] - lo) / range * bins);
      ++local[b < numBins ? b : numBins - 1];
    }
    #pragma omp critical
    for (size_t k = 0; k < numBins; ++k) counts[k] += local[k];
  }
}
