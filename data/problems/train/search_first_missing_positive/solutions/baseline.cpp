int firstMissingPositive(std::vector<int> const& x) {
  // The answer is at most n + 1, so only values 1..n matter.
  const std::size_t n = x.size();
  std::vector<unsigned char> present(n + 2, 0);
  for (int v : x)
    if (v >= 1 && static_cast<std::size_t>(v) <= n) present[v] = 1;
  std::size_t k = 1;
  while (present[k]) ++k;
  return static_cast<int>(k);
}
