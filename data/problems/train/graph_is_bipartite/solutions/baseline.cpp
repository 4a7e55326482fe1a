bool isBipartite(std::vector<int> const& offsets, std::vector<int> const& targets) {
  std::size_t n = offsets.size() - 1;
  std::vector<signed char> side(n, -1);
  std::vector<int> stack;
  stack.reserve(n);
  for (std::size_t s = 0; s < n; ++s) {
    if (side[s] >= 0) continue;
    side[s] = 0;
    stack.push_back(static_cast<int>(s));
    while (!stack.empty()) {
      int u = stack.back();
      stack.pop_back();
      signed char other = static_cast<signed char>(1 - side[u]);
      for (int e = offsets[u]; e < offsets[u + 1]; ++e) {
        int v = targets[e];
        if (side[v] < 0) {
          side[v] = other;
          stack.push_back(v);
        } else if (side[v] != other) {
          return false;
        }
      }
    }
  }
  return true;
}
