#include <queue>
#include <functional>

void runningMinimum(std::vector<double> const& x, std::vector<double>& out) {
  std::priority_queue<double, std::vector<double>, std::greater<double>> seen;
  for (std::size_t i = 0; i < x.size(); ++i) {
    seen.push(x[i]);
    out[i] = seen.top();
  }
}
