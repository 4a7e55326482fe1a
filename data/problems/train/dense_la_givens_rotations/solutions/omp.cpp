void applyGivensRotations(std::vector<double>& A, std::vector<int> const& rowI, std::vector<int> const& rowJ,
                          std::vector<double> const& c, std::vector<double> const& s, size_t M, size_t N) {
  // Columns never interact: each thread applies the whole sequence to its own block of
  // columns, in order, without synchronization.
  #pragma omp parallel
  {
    int nt = omp_get_num_threads(), t = omp_get_thread_num();
    size_t c0 = N * t / nt, c1 = N * (t + 1) / nt;
    for (size_t k = 0; k < rowI.size(); ++k) {
      double* x = A.data() + static_cast<size_t>(rowI[k]) * N;
      double* y = A.data() + static_cast<size_t>(rowJ[k]) * N;
      const double ck = c[k], sk = s[k];
      for (size_t col = c0; col < c1; ++col) {
        double a = x[col], b = y[col];
        x[col] = ck * a - sk * b;
        y[col] = sk * a + ck * b;
      }
    }
  }
}
