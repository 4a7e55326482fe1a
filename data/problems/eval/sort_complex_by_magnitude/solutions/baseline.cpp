#include <algorithm>
#include <utility>

void sortComplexByMagnitude(std::vector<std::complex<double>>& x) {
  // Sort by the squared magnitude, computed once per element.
  std::vector<std::pair<double, std::complex<double>>> keyed(x.size());
  for (std::size_t i = 0; i < x.size(); ++i) {
    double re = x[i].real(), im = x[i].imag();
    keyed[i] = {re * re + im * im, x[i]};
  }
  std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (std::size_t i = 0; i < x.size(); ++i) x[i] = keyed[i].second;
}
