void toeplitzMatvec(std::vector<double> const& t, std::vector<double> const& x, std::vector<double>& y, size_t N) {
  // Each thread owns a block of rows (a slice of y) and runs over all columns for it.
  #pragma omp parallel
  {
    int nt = omp_get_num_threads(), tid = omp_get_thread_num();
    size_t i0 = N * tid / nt, i1 = N * (tid + 1) / nt;
    double* out = y.data();
    for (size_t i = i0; i < i1; ++i) out[i] = 0.0;
    for (size_t j = 0; j < N; ++j) {
      const double* col = t.data() + (N - 1 - j);
      double xj = x[j];
      for (size_t i = i0; i < i1; ++i) out[i] += col[i] * xj;
    }
  }
}
