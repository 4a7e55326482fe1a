#include <utility>
void waveLeapfrog(std::vector<double>& prev, std::vector<double>& curr, double c2, int steps) {
  const std::size_t n = curr.size();
  if (steps <= 0) return;
  double* p = prev.data();
  double* c = curr.data();
  const long last = static_cast<long>(n) - 1;
  #pragma omp parallel
  for (int s = 0; s < steps; ++s) {
    #pragma omp single nowait
    {
      if (last >= 0) p[0] = c[0];
      if (last >= 1) p[last] = c[last];
    }
    #pragma omp for schedule(static)
    for (long i = 1; i < last; ++i) p[i] = 2 * c[i] - p[i] + c2 * (c[i - 1] - 2 * c[i] + c[i + 1]);
    #pragma omp single
    std::swap(p, c);  // the barrier after single publishes the swap
  }
  if (c != curr.data()) prev.swap(curr);
}
