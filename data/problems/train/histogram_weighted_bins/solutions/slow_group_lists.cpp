void weightedHistogram(std::vector<int> const& bins, std::vector<double> const& weights, std::vector<double>& totals) {
  // Group the weights of every bin first, then add each group up.
  std::vector<std::vector<double>> groups(totals.size());
  for (std::size_t i = 0; i < bins.size(); ++i) groups[bins[i]].push_back(weights[i]);
  for (std::size_t k = 0; k < totals.size(); ++k) {
    double sum = 0.0;
    for (double w : groups[k]) sum += w;
    totals[k] = sum;
  }
}
