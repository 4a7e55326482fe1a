#include <algorithm>
bool allWithinTolerance(std::vector<double> const& a, std::vector<double> const& b, double tol) {
  std::vector<double> diffs(a.size());
  std::transform(a.begin(), a.end(), b.begin(), diffs.begin(), [](double p, double q) { return std::abs(p - q); });
  return std::all_of(diffs.begin(), diffs.end(), [tol](double d) { return d <= tol; });
}
