#include <algorithm>
double sparseDot(std::vector<int> const& aIdx, std::vector<double> const& aVal, std::vector<int> const& bIdx,
                 std::vector<double> const& bVal) {
  // Each thread merges a contiguous block of a with the part of b that covers the same index
  // range (found by binary search), so that every common index is counted exactly once.
  double sum = 0.0;
  const size_t na = aIdx.size();
  #pragma omp parallel reduction(+ : sum)
  {
    int nt = omp_get_num_threads(), t = omp_get_thread_num();
    size_t i = na * t / nt, iend = na * (t + 1) / nt;
    if (i < iend) {
      size_t j = std::lower_bound(bIdx.begin(), bIdx.end(), aIdx[i]) - bIdx.begin();
      size_t nb = bIdx.size();
      while (i < iend && j < nb) {
        int ia = aIdx[i], ib = bIdx[j];
        if (ia == ib) {
          sum += aVal[i] * bVal[j];
          ++i;
          ++j;
        } else if (ia < ib) {
          ++i;
        } else {
          ++j;
        }
      }
    }
  }
  return sum;
}
