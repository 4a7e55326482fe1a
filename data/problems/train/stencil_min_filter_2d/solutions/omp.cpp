#include <algorithm>
void minFilter(std::vector<uint8_t> const& img, std::vector<uint8_t>& out, size_t n, int r) {
  if (n == 0) return;
  const long R = std::min<long>(r, static_cast<long>(n));
  const long N = static_cast<long>(n);
  std::vector<uint8_t> tmp(n * n);
  #pragma omp parallel
  {
    std::vector<uint8_t> row(n + 2 * R, 255);  // per-thread padded row
    #pragma omp for schedule(static)
    for (long i = 0; i < N; ++i) {
      std::copy(&img[i * n], &img[i * n] + n, row.begin() + R);
      uint8_t* dst = &tmp[i * n];
      std::copy(row.begin(), row.begin() + n, dst);
      for (long t = 1; t <= 2 * R; ++t) {
        const uint8_t* p = &row[t];
        for (long j = 0; j < N; ++j) dst[j] = std::min(dst[j], p[j]);
      }
    }
    #pragma omp for schedule(static)
    for (long i = 0; i < N; ++i) {
      const long y0 = std::max(0L, i - R), y1 = std::min(N - 1, i + R);
      uint8_t* dst = &out[i * n];
      std::copy(&tmp[y0 * n], &tmp[y0 * n] + n, dst);
      for (long y = y0 + 1; y <= y1; ++y) {
        const uint8_t* src = &tmp[y * n];
        for (long j = 0; j < N; ++j) dst[j] = std::min(dst[j], src[j]);
      }
    }
  }
}
