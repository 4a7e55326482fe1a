#include <numeric>
double dotProduct(std::vector<double> const& x, std::vector<double> const& y) {
  std::vector<double> products(x.size());
  for (std::size_t i = 0; i < x.size(); ++i) products[i] = x[i] * y[i];
  return std::accumulate(products.begin(), products.end(), 0.0);
}
