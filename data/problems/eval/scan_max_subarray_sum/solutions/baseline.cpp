long long maxSubarraySum(std::vector<int> const& x) {
  // Kadane: the best sum of a subarray ending here, and the best seen so far.
  long long current = 0, best = x[0];
  for (int v : x) {
    current = std::max<long long>(current + v, v);
    best = std::max(best, current);
  }
  return best;
}
