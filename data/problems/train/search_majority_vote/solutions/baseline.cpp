int majorityVote(std::vector<int> const& votes) {
  // Boyer-Moore majority vote: the only possible winner, then one pass to confirm it.
  int candidate = -1;
  std::size_t lead = 0;
  for (int v : votes) {
    if (lead == 0) candidate = v;
    lead += (v == candidate) ? 1 : -1;
  }
  std::size_t count = 0;
  for (int v : votes) count += (v == candidate);
  return count * 2 > votes.size() ? candidate : -1;
}
