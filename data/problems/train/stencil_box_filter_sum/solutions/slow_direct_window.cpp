#include <algorithm>
void boxSum(std::vector<uint8_t> const& img, std::vector<int32_t>& out, size_t n, int r) {
  const long N = static_cast<long>(n);
  for (long i = 0; i < N; ++i) {
    for (long j = 0; j < N; ++j) {
      int32_t sum = 0;
      for (long y = std::max(0L, i - r); y <= std::min(N - 1, i + r); ++y)
        for (long x = std::max(0L, j - r); x <= std::min(N - 1, j + r); ++x) sum += img[y * n + x];
      out[i * n + j] = sum;
    }
  }
}
