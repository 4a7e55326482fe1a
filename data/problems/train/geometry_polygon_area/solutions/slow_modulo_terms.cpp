#include <numeric>

double polygonArea(std::vector<double> const& xs, std::vector<double> const& ys) {
  std::size_t n = xs.size();
  if (n < 3) return 0.0;
  std::vector<double> terms;
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t j = (i + 1) % n;
    terms.push_back((xs[i] - xs[0]) * (ys[j] - ys[0]) - (xs[j] - xs[0]) * (ys[i] - ys[0]));
  }
  return 0.5 * std::accumulate(terms.begin(), terms.end(), 0.0);
}
