size_t longestRun(std::vector<int> const& x) {
  size_t best = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    // Length of the run that starts at i.
    std::size_t j = i;
    while (j < x.size() && x[j] == x[i]) ++j;
    if (j - i > best) best = j - i;
  }
  return best;
}
