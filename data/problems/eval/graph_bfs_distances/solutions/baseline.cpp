void bfsDistances(std::vector<int> const& offsets, std::vector<int> const& targets, int source, std::vector<int>& dist) {
  std::size_t n = offsets.size() - 1;
  dist.assign(n, -1);
  std::vector<int> queue(n);
  std::size_t head = 0, tail = 0;
  dist[source] = 0;
  queue[tail++] = source;
  while (head < tail) {
    int u = queue[head++];
    int du = dist[u] + 1;
    for (int e = offsets[u]; e < offsets[u + 1]; ++e) {
      int v = targets[e];
      if (dist[v] < 0) {
        dist[v] = du;
        queue[tail++] = v;
      }
    }
  }
}
