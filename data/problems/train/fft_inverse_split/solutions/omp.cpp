#include <utility>
#include <algorithm>
// The baseline's algorithm with every pass parallel: bit reversal in blocks (each thread
// advances the reversed index incrementally from its block start), butterfly stages split by
// groups (narrow stages) or within a group (wide stages), then the scale.
void inverseFFTSplit(std::vector<double>& re, std::vector<double>& im) {
  const std::size_t n = re.size();
  if (n <= 1) return;
  unsigned logn = 0;
  while ((std::size_t(1) << logn) < n) ++logn;
  const double pi = std::acos(-1.0);
  std::vector<double> wr(n), wi(n);
  double* xr = re.data();
  double* xi = im.data();
  #pragma omp parallel
  {
    for (std::size_t h = 1; h < n; h <<= 1) {
      #pragma omp for schedule(static) nowait
      for (std::size_t j = 0; j < h; ++j) {
        wr[h + j] = std::cos(pi * j / h);
        wi[h + j] = std::sin(pi * j / h);
      }
    }
    const std::size_t blocks = 64, bsize = (n + blocks - 1) / blocks;
    #pragma omp for schedule(static)
    for (std::size_t b = 0; b < blocks; ++b) {
      const std::size_t i0 = b * bsize, i1 = std::min(n, i0 + bsize);
      if (i0 >= i1) continue;
      std::size_t j = 0;
      for (unsigned t = 0; t < logn; ++t) j |= ((i0 >> t) & 1) << (logn - 1 - t);
      for (std::size_t i = i0; i < i1; ++i) {
        if (i < j) {
          std::swap(xr[i], xr[j]);
          std::swap(xi[i], xi[j]);
        }
        std::size_t bit = n >> 1;
        for (; j & bit; bit >>= 1) j ^= bit;
        j ^= bit;
      }
    }
    for (std::size_t h = 1; h < n; h <<= 1) {
      const double* cr = &wr[h];
      const double* ci = &wi[h];
      if (h >= 4096) {
        for (std::size_t i = 0; i < n; i += 2 * h) {
          double *ar = xr + i, *ai = xi + i, *br = xr + i + h, *bi = xi + i + h;
          #pragma omp for schedule(static)
          for (std::size_t j = 0; j < h; ++j) {
            const double tr = br[j] * cr[j] - bi[j] * ci[j];
            const double ti = br[j] * ci[j] + bi[j] * cr[j];
            br[j] = ar[j] - tr;
            bi[j] = ai[j] - ti;
            ar[j] += tr;
            ai[j] += ti;
          }
        }
      } else {
        #pragma omp for schedule(static)
        for (std::size_t i = 0; i < n; i += 2 * h) {
          double *ar = xr + i, *ai = xi + i, *br = xr + i + h, *bi = xi + i + h;
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
    }
    const double scale = 1.0 / static_cast<double>(n);
    #pragma omp for schedule(static)
    for (std::size_t k = 0; k < n; ++k) {
      xr[k] *= scale;
      xi[k] *= scale;
    }
  }
}
