#include <numeric>
double harmonicMean(std::vector<double> const& x) {
  std::vector<double> reciprocals(x.size());
  for (std::size_t i = 0; i < x.size(); ++i) reciprocals[i] = 1.0 / x[i];
  double sum = std::accumulate(reciprocals.begin(), reciprocals.end(), 0.0);
  return x.size() / sum;
}
