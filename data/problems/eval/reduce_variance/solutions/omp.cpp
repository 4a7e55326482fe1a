#include <omp.h>
double populationVariance(std::vector<double> const& x) {
  const std::size_t n = x.size();
  double sum = 0.0, sq = 0.0;
  #pragma omp parallel
  {
    const std::size_t t = omp_get_thread_num(), nt = omp_get_num_threads();
    const std::size_t begin = n * t / nt, end = n * (t + 1) / nt;
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    std::size_t i = begin;
    for (; i + 4 <= end; i += 4) {
      s0 += x[i];
      s1 += x[i + 1];
      s2 += x[i + 2];
      s3 += x[i + 3];
    }
    for (; i < end; ++i) s0 += x[i];
    #pragma omp atomic
    sum += (s0 + s1) + (s2 + s3);
    #pragma omp barrier
    const double mean = sum / static_cast<double>(n);
    double q0 = 0, q1 = 0, q2 = 0, q3 = 0;
    for (i = begin; i + 4 <= end; i += 4) {
      double d0 = x[i] - mean, d1 = x[i + 1] - mean, d2 = x[i + 2] - mean, d3 = x[i + 3] - mean;
      q0 += d0 * d0;
      q1 += d1 * d1;
      q2 += d2 * d2;
      q3 += d3 * d3;
    }
    for (; i < end; ++i) q0 += (x[i] - mean) * (x[i] - mean);
    #pragma omp atomic
    sq += (q0 + q1) + (q2 + q3);
  }
  return sq / static_cast<double>(n);
}
