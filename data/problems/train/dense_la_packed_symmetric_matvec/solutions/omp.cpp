void packedSymmetricMatvec(std::vector<double> const& AP, std::vector<double> const& x, std::vector<double>& y,
                           size_t N) {
  // Each thread accumulates the scattered contributions into a private copy of y; the copies
  // are summed at the end. Rows are dealt out in interleaved chunks since they shrink.
  std::fill(y.begin(), y.end(), 0.0);
  #pragma omp parallel
  {
    std::vector<double> local(N, 0.0);
    #pragma omp for schedule(dynamic, 16) nowait
    for (long il = 0; il < static_cast<long>(N); ++il) {
      size_t i = static_cast<size_t>(il);
      const double* p = AP.data() + i * N - i * (i - 1) / 2;
      double xi = x[i];
      double sum = p[0] * xi;
      for (size_t j = i + 1; j < N; ++j) {
        double a = p[j - i];
        sum += a * x[j];
        local[j] += a * xi;
      }
      local[i] += sum;
    }
    #pragma omp critical
    for (size_t j = 0; j < N; ++j) y[j] += local[j];
  }
}
