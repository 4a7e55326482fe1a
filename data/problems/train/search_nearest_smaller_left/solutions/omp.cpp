#include <utility>

void nearestSmallerToLeft(std::vector<int> const& x, std::vector<int>& out) {
  const long long n = static_cast<long long>(x.size());
  const int kOpen = -2;  // "no smaller element inside my chunk": resolved in the second phase
  std::vector<long long> chunkStart;
  #pragma omp parallel
  {
    const int nt = omp_get_num_threads();
    const int t = omp_get_thread_num();
    #pragma omp single
    {
      chunkStart.resize(nt + 1);
      for (int k = 0; k <= nt; ++k) chunkStart[k] = n * k / nt;
    }
    const long long begin = chunkStart[t], end = chunkStart[t + 1];
    // Phase 1: answers that lie inside the chunk (the first chunk is complete after this).
    for (long long i = begin; i < end; ++i) {
      long long j = i - 1;
      while (j >= begin && x[j] >= x[i]) j = out[j] == kOpen ? begin - 1 : out[j];
      out[i] = (j >= begin || t == 0) ? static_cast<int>(j) : kOpen;
    }
    #pragma omp barrier
    // Phase 2: open entries continue the search in earlier chunks. out[] of earlier chunks is
    // only read here; an open entry there means "nothing smaller between its chunk start and
    // it", so the walk jumps to before that chunk. Results are applied after a barrier.
    std::vector<std::pair<long long, int>> fixes;
    if (t > 0) {
      int k = t - 1;
      for (long long i = begin; i < end; ++i) {
        if (out[i] != kOpen) continue;
        long long j = begin - 1;
        k = t - 1;
        while (j >= 0 && x[j] >= x[i]) {
          while (j < chunkStart[k]) --k;
          j = out[j] == kOpen ? chunkStart[k] - 1 : out[j];
        }
        fixes.push_back({i, static_cast<int>(j)});
      }
    }
    #pragma omp barrier
    for (auto const& f : fixes) out[f.first] = f.second;
  }
}
