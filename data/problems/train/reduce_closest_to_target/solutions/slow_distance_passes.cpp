#include <algorithm>
double closestValue(std::vector<double> const& x, double target) {
  std::vector<double> distance(x.size());
  for (std::size_t i = 0; i < x.size(); ++i) distance[i] = std::fabs(x[i] - target);
  double nearest = *std::min_element(distance.begin(), distance.end());
  double best = 0.0;
  bool found = false;
  for (std::size_t i = 0; i < x.size(); ++i)
    if (distance[i] == nearest && (!found || x[i] < best)) {
      best = x[i];
      found = true;
    }
  return best;
}
