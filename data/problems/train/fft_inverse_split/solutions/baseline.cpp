#include <utility>
// Iterative radix-2 transform on the split arrays: bit-reversal permutation, then log2(n)
// butterfly stages with twiddles precomputed per stage (contiguous), then the 1/n scale.
void inverseFFTSplit(std::vector<double>& re, std::vector<double>& im) {
  const std::size_t n = re.size();
  if (n <= 1) return;
  for (std::size_t i = 1, j = 0; i < n; ++i) {
    std::size_t bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      std::swap(re[i], re[j]);
      std::swap(im[i], im[j]);
    }
  }
  const double pi = std::acos(-1.0);
  std::vector<double> wr(n), wi(n);  // stage with half-length h uses entries h .. 2h-1
  for (std::size_t h = 1; h < n; h <<= 1)
    for (std::size_t j = 0; j < h; ++j) {
      wr[h + j] = std::cos(pi * j / h);
      wi[h + j] = std::sin(pi * j / h);
    }
  double* xr = re.data();
  double* xi = im.data();
  for (std::size_t h = 1; h < n; h <<= 1) {
    const double* cr = &wr[h];
    const double* ci = &wi[h];
    for (std::size_t i = 0; i < n; i += 2 * h) {
      double* ar = xr + i;
      double* ai = xi + i;
      double* br = xr + i + h;
      double* bi = xi + i + h;
      for (std::size_t j = 0; j < h; ++j) {
        const double tr = br[j] * cr[j] - bi[j] * ci[j];
        const double ti = br[j] * ci[j] + bi[j] * cr[j];
        br[j] = ar[j] - tr;
        bi[j] = ai[j] - ti;
        ar[j] += tr;
        ai[j] += ti;
      }
    }
  }
  const double scale = 1.0 / static_cast<double>(n);
  for (std::size_t k = 0; k < n; ++k) {
    xr[k] *= scale;
    xi[k] *= scale;
  }
}
