#include <utility>
double sumOfPairwiseMinimums(std::vector<double> const& x, std::vector<double> const& y) {
  std::vector<std::pair<double, double>> pairs(x.size());
  for (std::size_t i = 0; i < x.size(); ++i) pairs[i] = {x[i], y[i]};
  double sum = 0.0;
  for (const auto& p : pairs) sum += std::min(p.first, p.second);
  return sum;
}
