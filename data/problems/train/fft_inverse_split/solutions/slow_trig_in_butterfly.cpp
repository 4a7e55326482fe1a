#include <utility>
void inverseFFTSplit(std::vector<double>& re, std::vector<double>& im) {
  const std::size_t n = re.size();
  const double pi = std::acos(-1.0);
  for (std::size_t i = 1, j = 0; i < n; ++i) {
    std::size_t bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      std::swap(re[i], re[j]);
      std::swap(im[i], im[j]);
    }
  }
  for (std::size_t len = 2; len <= n; len *= 2) {
    for (std::size_t i = 0; i < n; i += len) {
      for (std::size_t j = 0; j < len / 2; ++j) {
        double c = std::cos(2 * pi * j / len), s = std::sin(2 * pi * j / len);
        std::size_t p = i + j, q = i + j + len / 2;
        double tr = re[q] * c - im[q] * s;
        double ti = re[q] * s + im[q] * c;
        re[q] = re[p] - tr;
        im[q] = im[p] - ti;
        re[p] = re[p] + tr;
        im[p] = im[p] + ti;
      }
    }
  }
  for (std::size_t k = 0; k < n; ++k) {
    re[k] /= n;
    im[k] /= n;
  }
}
