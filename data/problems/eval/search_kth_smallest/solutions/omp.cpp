#include <cstdint>

// Radix selection: histogram the top 16 bits of every value in parallel, find the bucket that
// holds the k-th smallest, gather that bucket's elements and select inside it.
int kthSmallest(std::vector<int> const& x, size_t k) {
  const std::size_t n = x.size();
  const std::size_t numBuckets = 1 << 16;
  auto bucketOf = [](int v) { return (static_cast<std::uint32_t>(v) ^ 0x80000000u) >> 16; };
  std::vector<std::vector<std::uint32_t>> counts;
  std::vector<int> candidates;
  std::size_t target = 0, rankInBucket = 0;
  #pragma omp parallel
  {
    const int nt = omp_get_num_threads();
    const int t = omp_get_thread_num();
    #pragma omp single
    counts.resize(nt);
    counts[t].assign(numBuckets, 0);
    const std::size_t begin = n * t / nt, end = n * (t + 1) / nt;
    std::uint32_t* mine = counts[t].data();
    for (std::size_t i = begin; i < end; ++i) ++mine[bucketOf(x[i])];
    #pragma omp barrier
    #pragma omp single
    {
      // Find the bucket containing rank k (1-based) and the rank inside it.
      std::size_t below = 0;
      for (std::size_t b = 0; b < numBuckets; ++b) {
        std::size_t c = 0;
        for (int j = 0; j < nt; ++j) c += counts[j][b];
        if (below + c >= k) {
          target = b;
          rankInBucket = k - 1 - below;
          candidates.resize(c);
          break;
        }
        below += c;
      }
    }
    // Gather the bucket: each thread writes after the elements of the threads before it.
    std::size_t pos = 0;
    for (int j = 0; j < t; ++j) pos += counts[j][target];
    for (std::size_t i = begin; i < end; ++i)
      if (bucketOf(x[i]) == target) candidates[pos++] = x[i];
  }
  std::nth_element(candidates.begin(), candidates.begin() + rankInBucket, candidates.end());
  return candidates[rankInBucket];
}
