int majorityVote(std::vector<int> const& votes) {
  const long long n = static_cast<long long>(votes.size());
  std::vector<long long> tally(1000, 0);
  #pragma omp parallel
  {
    // Private counters per thread, added up at the end.
    std::vector<long long> mine(1000, 0);
    #pragma omp for schedule(static) nowait
    for (long long i = 0; i < n; ++i) ++mine[votes[i]];
    #pragma omp critical(majority_tally)
    for (int c = 0; c < 1000; ++c) tally[c] += mine[c];
  }
  for (int c = 0; c < 1000; ++c)
    if (tally[c] * 2 > n) return c;
  return -1;
}
