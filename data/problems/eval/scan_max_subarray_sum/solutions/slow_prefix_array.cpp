long long maxSubarraySum(std::vector<int> const& x) {
  // prefix[k] = x[0] + ... + x[k-1]; the answer is max over j of prefix[j] - min(prefix[0..j-1]).
  std::vector<long long> prefix(x.size() + 1, 0);
  for (std::size_t k = 0; k < x.size(); ++k) prefix[k + 1] = prefix[k] + x[k];
  long long best = x[0];
  long long lowest = prefix[0];
  for (std::size_t j = 1; j < prefix.size(); ++j) {
    best = std::max(best, prefix[j] - lowest);
    lowest = std::min(lowest, prefix[j]);
  }
  return best;
}
