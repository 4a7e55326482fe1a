#include <utility>
void heatEquation1D(std::vector<double>& u, double r, int steps) {
  const std::size_t n = u.size();
  if (n < 3 || steps <= 0) return;
  std::vector<double> next(u);
  double* cur = u.data();
  double* out = next.data();
  const long last = static_cast<long>(n) - 1;
  #pragma omp parallel
  for (int s = 0; s < steps; ++s) {
    #pragma omp for schedule(static)
    for (long i = 1; i < last; ++i) out[i] = cur[i] + r * (cur[i - 1] - 2 * cur[i] + cur[i + 1]);
    #pragma omp single
    std::swap(cur, out);  // the barrier after single makes the swap visible to every thread
  }
  if (cur != u.data()) u.swap(next);
}
