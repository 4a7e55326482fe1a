#include <limits>

namespace {
// What the rest of the vector needs to know about one chunk.
struct ChunkSummary {
  bool empty = true;
  long long sum = 0;     // total of the chunk
  long long prefix = 0;  // best non-empty sum starting at the chunk's first element
  long long suffix = 0;  // best non-empty sum ending at the chunk's last element
  long long best = 0;    // best non-empty subarray inside the chunk
};
}  // namespace

long long maxSubarraySum(std::vector<int> const& x) {
  const std::size_t n = x.size();
  std::vector<ChunkSummary> summaries;
  #pragma omp parallel
  {
    const int nt = omp_get_num_threads();
    const int t = omp_get_thread_num();
    #pragma omp single
    summaries.assign(nt, ChunkSummary{});
    const std::size_t begin = n * t / nt, end = n * (t + 1) / nt;
    if (begin < end) {
      const long long lowInit = std::numeric_limits<long long>::min() / 4;
      long long s = 0, minBefore = 0, maxPrefix = lowInit, best = lowInit, minUsed = 0;
      for (std::size_t i = begin; i < end; ++i) {
        s += x[i];
        best = std::max(best, s - minBefore);
        maxPrefix = std::max(maxPrefix, s);
        minUsed = minBefore;
        minBefore = std::min(minBefore, s);
      }
      ChunkSummary c;
      c.empty = false;
      c.sum = s;
      c.prefix = maxPrefix;
      c.suffix = s - minUsed;
      c.best = best;
      summaries[t] = c;
    }
  }
  // Combine the chunks left to right.
  ChunkSummary acc;
  for (const ChunkSummary& c : summaries) {
    if (c.empty) continue;
    if (acc.empty) {
      acc = c;
      continue;
    }
    ChunkSummary m;
    m.empty = false;
    m.sum = acc.sum + c.sum;
    m.prefix = std::max(acc.prefix, acc.sum + c.prefix);
    m.suffix = std::max(c.suffix, c.sum + acc.suffix);
    m.best = std::max({acc.best, c.best, acc.suffix + c.prefix});
    acc = m;
  }
  return acc.best;
}
