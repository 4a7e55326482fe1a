#include <functional>

static void scanWith(std::vector<double> const& in, std::vector<double>& result,
                     const std::function<double(double, double)>& combine) {
  for (std::size_t i = 0; i < in.size(); ++i)
    result[i] = i == 0 ? in[0] : combine(result[i - 1], in[i]);
}

void runningMinimum(std::vector<double> const& x, std::vector<double>& out) {
  scanWith(x, out, [](double a, double b) { return std::min(a, b); });
}
