#include <algorithm>
#include <cmath>
void equalWidthHistogram(std::vector<double> const& x, size_t numBins, std::vector<size_t>& counts) {
  double lo = *std::min_element(x.begin(), x.end());
  double hi = *std::max_element(x.begin(), x.end());
  for (auto& c : counts) c = 0;
  if (hi == lo) {
    counts[0] = x.size();
    return;
  }
  std::vector<double> position;
  for (double v : x) position.push_back((v - lo) / (hi - lo) * static_cast<double>(numBins));
  for (double p : position) {
    size_t b = static_cast<size_t>(std::floor(p));
    if (b >= numBins) b = numBins - 1;
    counts[b]++;
  }
}
