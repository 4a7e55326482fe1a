void waveLeapfrog(std::vector<double>& prev, std::vector<double>& curr, double c2, int steps) {
  const std::size_t n = curr.size();
  for (int s = 0; s < steps; ++s) {
    std::vector<double> next(n);
    for (std::size_t i = 0; i < n; ++i) {
      if (i == 0 || i == n - 1) next[i] = curr[i];
      else next[i] = 2 * curr[i] - prev[i] + c2 * (curr[i - 1] - 2 * curr[i] + curr[i + 1]);
    }
    prev = curr;
    curr = next;
  }
}
