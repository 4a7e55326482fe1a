#include <algorithm>

std::vector<Interval> mergeIntervals(std::vector<Interval> const& intervals) {
  const std::size_t n = intervals.size();
  std::vector<Interval> v = intervals;
  auto less = [](const Interval& a, const Interval& b) { return a.start < b.start; };
  // Parallel sort (one chunk per thread, then pairwise merges), then one linear sweep.
  const int chunks = std::max(1, std::min<int>(omp_get_max_threads(), static_cast<int>(n / 64) + 1));
  std::vector<std::size_t> bound(chunks + 1);
  for (int c = 0; c <= chunks; ++c) bound[c] = n * c / chunks;
  #pragma omp parallel for schedule(static, 1)
  for (int c = 0; c < chunks; ++c) std::sort(v.begin() + bound[c], v.begin() + bound[c + 1], less);
  if (chunks > 1) {
    std::vector<Interval> tmp(n);
    for (int width = 1; width < chunks; width *= 2) {
      #pragma omp parallel for schedule(static, 1)
      for (int c = 0; c < chunks; c += 2 * width) {
        std::size_t lo = bound[c], mid = bound[std::min(c + width, chunks)], hi = bound[std::min(c + 2 * width, chunks)];
        std::merge(v.begin() + lo, v.begin() + mid, v.begin() + mid, v.begin() + hi, tmp.begin() + lo, less);
      }
      v.swap(tmp);
    }
  }
  std::vector<Interval> out;
  for (const Interval& iv : v) {
    if (!out.empty() && iv.start <= out.back().end) out.back().end = std::max(out.back().end, iv.end);
    else out.push_back(iv);
  }
  return out;
}
