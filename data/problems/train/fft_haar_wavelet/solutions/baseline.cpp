#include <algorithm>
// One scratch buffer: each level writes averages and details of the first m values into it and
// copies them back, halving m; the finer details already in place are never touched again.
void haarWavelet(std::vector<double>& x) {
  const std::size_t n = x.size();
  if (n <= 1) return;
  const double s = 1.0 / std::sqrt(2.0);
  std::vector<double> tmp(n);
  for (std::size_t m = n; m > 1; m /= 2) {
    const std::size_t half = m / 2;
    for (std::size_t i = 0; i < half; ++i) {
      const double p = x[2 * i], q = x[2 * i + 1];
      tmp[i] = (p + q) * s;
      tmp[half + i] = (p - q) * s;
    }
    std::copy(tmp.begin(), tmp.begin() + m, x.begin());
  }
}
