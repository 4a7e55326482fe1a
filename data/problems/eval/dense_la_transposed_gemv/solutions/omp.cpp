void gemvTransposed(std::vector<double> const& A, std::vector<double> const& x, std::vector<double>& y, size_t M, size_t N) {
  // Each thread owns a contiguous block of columns (a slice of y) and sweeps all rows over it.
  #pragma omp parallel
  {
    int nt = omp_get_num_threads(), t = omp_get_thread_num();
    size_t j0 = N * t / nt, j1 = N * (t + 1) / nt;
    double* out = y.data();
    for (size_t j = j0; j < j1; ++j) out[j] = 0.0;
    for (size_t i = 0; i < M; ++i) {
      const double* row = A.data() + i * N;
      double xi = x[i];
      for (size_t j = j0; j < j1; ++j) out[j] += xi * row[j];
    }
  }
}
