#include <algorithm>
#include <functional>

void relu(std::vector<double>& x) {
  std::function<double(double)> activation = [](double v) { return std::max(v, 0.0); };
  for (std::size_t i = 0; i < x.size(); ++i) x[i] = activation(x[i]);
}
