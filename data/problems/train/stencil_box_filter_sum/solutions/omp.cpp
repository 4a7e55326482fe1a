#include <algorithm>
// Rows of the horizontal pass are independent. The vertical pass is split by column strips:
// each thread keeps running sums for its own columns over all rows.
void boxSum(std::vector<uint8_t> const& img, std::vector<int32_t>& out, size_t n, int r) {
  if (n == 0) return;
  const long N = static_cast<long>(n);
  const long R = std::min<long>(r, N);
  std::vector<int32_t> h(n * n), col(n, 0);
  #pragma omp parallel
  {
    std::vector<int32_t> prefix(n + 1);
    #pragma omp for schedule(static)
    for (long i = 0; i < N; ++i) {
      const uint8_t* src = &img[i * n];
      prefix[0] = 0;
      for (long j = 0; j < N; ++j) prefix[j + 1] = prefix[j] + src[j];
      int32_t* dst = &h[i * n];
      for (long j = 0; j < N; ++j) dst[j] = prefix[std::min(N, j + R + 1)] - prefix[std::max(0L, j - R)];
    }
    const int nt = omp_get_num_threads(), t = omp_get_thread_num();
    const long j0 = N * t / nt, j1 = N * (t + 1) / nt;
    int32_t* c = col.data();
    for (long y = 0; y < std::min(N, R); ++y)
      for (long j = j0; j < j1; ++j) c[j] += h[y * n + j];
    for (long i = 0; i < N; ++i) {
      if (i + R < N) {
        const int32_t* enter = &h[(i + R) * n];
        for (long j = j0; j < j1; ++j) c[j] += enter[j];
      }
      if (i - R - 1 >= 0) {
        const int32_t* leave = &h[(i - R - 1) * n];
        for (long j = j0; j < j1; ++j) c[j] -= leave[j];
      }
      std::copy(c + j0, c + j1, &out[i * n + j0]);
    }
  }
}
