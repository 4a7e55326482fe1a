#include <utility>

void linearRecurrence(std::vector<double> const& a, std::vector<double> const& b, std::vector<double>& y) {
  std::vector<std::pair<double, double>> coeffs;
  coeffs.reserve(b.size());
  for (std::size_t i = 0; i < b.size(); ++i) coeffs.push_back({a[i], b[i]});
  for (std::size_t i = 0; i < coeffs.size(); ++i)
    y[i] = i == 0 ? coeffs[0].second : coeffs[i].first * y[i - 1] + coeffs[i].second;
}
