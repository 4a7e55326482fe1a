void cholesky(std::vector<double> const& A, std::vector<double>& L, size_t N) {
  // Column by column (Cholesky-Crout): once column j's diagonal is known, the entries below it
  // are independent dot products along rows and are computed in parallel.
  const long n = static_cast<long>(N);
  #pragma omp parallel
  {
    #pragma omp for schedule(static)
    for (long i = 0; i < n; ++i) std::fill(L.begin() + i * N, L.begin() + (i + 1) * N, 0.0);
    for (size_t j = 0; j < N; ++j) {
      #pragma omp single
      {
        const double* lj = L.data() + j * N;
        double s = A[j * N + j];
        for (size_t k = 0; k < j; ++k) s -= lj[k] * lj[k];
        L[j * N + j] = std::sqrt(s);
      }
      const double* lj = L.data() + j * N;
      const double d = lj[j];
      #pragma omp for schedule(static)
      for (long i = static_cast<long>(j) + 1; i < n; ++i) {
        const double* li = L.data() + i * N;
        double s = A[i * N + j];
        for (size_t k = 0; k < j; ++k) s -= li[k] * lj[k];
        L[i * N + j] = s / d;
      }
    }
  }
}
