#include <map>
void weightedHistogram(std::vector<int> const& bins, std::vector<double> const& weights, std::vector<double>& totals) {
  std::map<int, double> sums;
  for (std::size_t i = 0; i < bins.size(); ++i) sums[bins[i]] += weights[i];
  for (std::size_t k = 0; k < totals.size(); ++k) {
    auto it = sums.find(static_cast<int>(k));
    totals[k] = it == sums.end() ? 0.0 : it->second;
  }
}
