// next[i] depends on prev[i] only at the same index, so next overwrites prev in place; then
// the two buffers swap roles. The end points are copied from curr.
void waveLeapfrog(std::vector<double>& prev, std::vector<double>& curr, double c2, int steps) {
  const std::size_t n = curr.size();
  for (int s = 0; s < steps; ++s) {
    double* p = prev.data();
    const double* c = curr.data();
    if (n >= 1) p[0] = c[0];
    if (n >= 2) p[n - 1] = c[n - 1];
    for (std::size_t i = 1; i + 1 < n; ++i) p[i] = 2 * c[i] - p[i] + c2 * (c[i - 1] - 2 * c[i] + c[i + 1]);
    prev.swap(curr);
  }
}
