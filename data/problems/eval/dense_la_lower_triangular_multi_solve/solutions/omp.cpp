void solveLowerTriangularMulti(std::vector<double> const& L, std::vector<double> const& B, std::vector<double>& X,
                               size_t N, size_t K) {
  // The right-hand sides are independent: each thread solves a contiguous block of columns.
  #pragma omp parallel
  {
    int nt = omp_get_num_threads(), t = omp_get_thread_num();
    size_t c0 = K * t / nt, c1 = K * (t + 1) / nt;
    for (size_t i = 0; i < N && c0 < c1; ++i) {
      double* xi = X.data() + i * K;
      const double* li = L.data() + i * N;
      for (size_t c = c0; c < c1; ++c) xi[c] = B[i * K + c];
      for (size_t k = 0; k < i; ++k) {
        double l = li[k];
        if (l == 0.0) continue;
        const double* xk = X.data() + k * K;
        for (size_t c = c0; c < c1; ++c) xi[c] -= l * xk[c];
      }
      double d = li[i];
      for (size_t c = c0; c < c1; ++c) xi[c] /= d;
    }
  }
}
