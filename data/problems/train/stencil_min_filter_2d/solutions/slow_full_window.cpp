#include <algorithm>
// Same padding trick, but every output row takes the minimum over all (2r+1)^2 shifted rows.
void minFilter(std::vector<uint8_t> const& img, std::vector<uint8_t>& out, size_t n, int r) {
  if (n == 0) return;
  const long R = std::min<long>(r, static_cast<long>(n));
  const long N = static_cast<long>(n), W = N + 2 * R;
  std::vector<uint8_t> padded(W * W, 255);
  for (long i = 0; i < N; ++i) std::copy(&img[i * n], &img[i * n] + n, &padded[(i + R) * W + R]);
  for (long i = 0; i < N; ++i) {
    uint8_t* dst = &out[i * n];
    std::fill(dst, dst + n, 255);
    for (long a = 0; a <= 2 * R; ++a)
      for (long b = 0; b <= 2 * R; ++b) {
        const uint8_t* src = &padded[(i + a) * W + b];
        for (long j = 0; j < N; ++j) dst[j] = std::min(dst[j], src[j]);
      }
  }
}
