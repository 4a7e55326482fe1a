void batchedMatmul4x4(std::vector<double> const& A, std::vector<double> const& B, std::vector<double>& C) {
  const long count = static_cast<long>(A.size() / 16);
  #pragma omp parallel for schedule(static)
  for (long m = 0; m < count; ++m) {
    const double* a = A.data() + 16 * m;
    const double* b = B.data() + 16 * m;
    double* c = C.data() + 16 * m;
    for (int i = 0; i < 4; ++i) {
      double r0 = 0.0, r1 = 0.0, r2 = 0.0, r3 = 0.0;
      for (int k = 0; k < 4; ++k) {
        double aik = a[4 * i + k];
        r0 += aik * b[4 * k + 0];
        r1 += aik * b[4 * k + 1];
        r2 += aik * b[4 * k + 2];
        r3 += aik * b[4 * k + 3];
      }
      c[4 * i + 0] = r0;
      c[4 * i + 1] = r1;
      c[4 * i + 2] = r2;
      c[4 * i + 3] = r3;
    }
  }
}
