#include <algorithm>

long long equilibriumIndex(std::vector<int> const& x) {
  const std::size_t n = x.size();
  std::vector<long long> chunkSum;
  long long answer = -1;
  #pragma omp parallel
  {
    const int nt = omp_get_num_threads();
    const int t = omp_get_thread_num();
    #pragma omp single
    chunkSum.assign(nt, 0);
    const std::size_t begin = n * t / nt, end = n * (t + 1) / nt;
    // Pass 1: the sum of every chunk (their total is the sum of x).
    long long s = 0;
    for (std::size_t i = begin; i < end; ++i) s += x[i];
    chunkSum[t] = s;
    #pragma omp barrier
    // Pass 2: each chunk searches its own range, knowing the sum before it.
    long long total = 0, left = 0;
    for (int j = 0; j < nt; ++j) {
      total += chunkSum[j];
      if (j < t) left += chunkSum[j];
    }
    long long found = -1;
    for (std::size_t i = begin; i < end; ++i) {
      if (2 * left + x[i] == total) {
        found = static_cast<long long>(i);
        break;
      }
      left += x[i];
    }
    #pragma omp critical(equilibrium_min)
    if (found >= 0 && (answer < 0 || found < answer)) answer = found;
  }
  return answer;
}
