#include <utility>
void toppleRounds(std::vector<int32_t>& grains, size_t n, int rounds) {
  if (n == 0 || rounds <= 0) return;
  const std::size_t w = n + 2;
  std::vector<int32_t> bufA(w * w, 0), bufB(w * w, 0);
  int32_t* cur = bufA.data();
  int32_t* nxt = bufB.data();
  const long rows = static_cast<long>(n);
  #pragma omp parallel
  {
    #pragma omp for schedule(static)
    for (long i = 0; i < rows; ++i)
      for (std::size_t j = 0; j < n; ++j) cur[(i + 1) * w + j + 1] = grains[i * n + j];
    for (int r = 0; r < rounds; ++r) {
      #pragma omp for schedule(static)
      for (long i = 1; i <= rows; ++i) {
        const int32_t* up = cur + (i - 1) * w;
        const int32_t* c = cur + i * w;
        const int32_t* dn = cur + (i + 1) * w;
        int32_t* o = nxt + i * w;
        for (std::size_t j = 1; j <= n; ++j)
          o[j] = c[j] - 4 * (c[j] >= 4) + (up[j] >= 4) + (dn[j] >= 4) + (c[j - 1] >= 4) + (c[j + 1] >= 4);
      }
      #pragma omp single
      std::swap(cur, nxt);  // the barrier after single publishes the swap
    }
    #pragma omp for schedule(static)
    for (long i = 0; i < rows; ++i)
      for (std::size_t j = 0; j < n; ++j) grains[i * n + j] = cur[(i + 1) * w + j + 1];
  }
}
