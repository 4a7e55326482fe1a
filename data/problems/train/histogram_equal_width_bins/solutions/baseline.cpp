void equalWidthHistogram(std::vector<double> const& x, size_t numBins, std::vector<size_t>& counts) {
  double lo = x[0], hi = x[0];
  for (double v : x) {
    lo = v < lo ? v : lo;
    hi = v > hi ? v : hi;
  }
  for (auto& c : counts) c = 0;
  if (hi == lo) {
    counts[0] = x.size();
    return;
  }
  const double range = hi - lo, bins = static_cast<double>(numBins);
  for (double v : x) {
    size_t b = static_cast<size_t>((v - lo) / range * bins);
    ++counts[b < numBins ? b : numBins - 1];
  }
}
