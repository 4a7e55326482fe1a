void toeplitzMatvec(std::vector<double> const& t, std::vector<double> const& x, std::vector<double>& y, size_t N) {
  // Column by column: column j of T is the contiguous slice t[N-1-j .. 2N-2-j], so every
  // column adds a multiple of a slice of t to y (streams and vectorizes).
  std::fill(y.begin(), y.end(), 0.0);
  double* out = y.data();
  for (size_t j = 0; j < N; ++j) {
    const double* col = t.data() + (N - 1 - j);
    double xj = x[j];
    for (size_t i = 0; i < N; ++i) out[i] += col[i] * xj;
  }
}
