#include <algorithm>
// Horizontal pass into a temporary image (each row padded with repeated edge pixels so the
// inner loop has no clamps), then a vertical pass that accumulates whole clamped rows.
void gaussianBlur(std::vector<float> const& img, std::vector<float>& out, size_t n, std::vector<float> const& kernel) {
  if (n == 0) return;
  const long r = static_cast<long>(kernel.size() / 2);
  const long N = static_cast<long>(n);
  std::vector<float> tmp(n * n), row(n + 2 * r);
  for (long i = 0; i < N; ++i) {
    const float* src = &img[i * n];
    for (long j = -r; j < N + r; ++j) row[j + r] = src[std::min(std::max(j, 0L), N - 1)];
    float* dst = &tmp[i * n];
    for (long j = 0; j < N; ++j) dst[j] = 0.0f;
    for (long t = 0; t <= 2 * r; ++t) {
      const float w = kernel[t];
      const float* p = &row[t];
      for (long j = 0; j < N; ++j) dst[j] += w * p[j];
    }
  }
  for (long i = 0; i < N; ++i) {
    float* dst = &out[i * n];
    for (long j = 0; j < N; ++j) dst[j] = 0.0f;
    for (long t = -r; t <= r; ++t) {
      const float w = kernel[t + r];
      const float* src = &tmp[std::min(std::max(i + t, 0L), N - 1) * n];
      for (long j = 0; j < N; ++j) dst[j] += w * src[j];
    }
  }
}
