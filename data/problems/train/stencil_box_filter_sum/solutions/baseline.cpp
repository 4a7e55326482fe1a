#include <algorithm>
// Horizontal pass: window sums from each row's prefix sums. Vertical pass: a running column
// sum that adds the row entering the window and subtracts the row leaving it.
void boxSum(std::vector<uint8_t> const& img, std::vector<int32_t>& out, size_t n, int r) {
  if (n == 0) return;
  const long N = static_cast<long>(n);
  const long R = std::min<long>(r, N);
  std::vector<int32_t> h(n * n), prefix(n + 1), col(n, 0);
  for (long i = 0; i < N; ++i) {
    const uint8_t* src = &img[i * n];
    prefix[0] = 0;
    for (long j = 0; j < N; ++j) prefix[j + 1] = prefix[j] + src[j];
    int32_t* dst = &h[i * n];
    for (long j = 0; j < N; ++j) dst[j] = prefix[std::min(N, j + R + 1)] - prefix[std::max(0L, j - R)];
  }
  for (long y = 0; y < std::min(N, R); ++y)
    for (long j = 0; j < N; ++j) col[j] += h[y * n + j];
  for (long i = 0; i < N; ++i) {
    if (i + R < N) {
      const int32_t* enter = &h[(i + R) * n];
      for (long j = 0; j < N; ++j) col[j] += enter[j];
    }
    if (i - R - 1 >= 0) {
      const int32_t* leave = &h[(i - R - 1) * n];
      for (long j = 0; j < N; ++j) col[j] -= leave[j];
    }
    std::copy(col.begin(), col.end(), &out[i * n]);
  }
}
