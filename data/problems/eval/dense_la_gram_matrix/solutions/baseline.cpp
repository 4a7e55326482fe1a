void gramMatrix(std::vector<double> const& A, std::vector<double>& G, size_t M, size_t N) {
  std::fill(G.begin(), G.end(), 0.0);
  // Rank-one updates G += a_k^T a_k over the rows of A, upper triangle only, a band of rows of
  // G at a time so that the band stays in cache while all rows of A stream past it.
  const size_t band = 32;
  for (size_t i0 = 0; i0 < N; i0 += band) {
    size_t i1 = std::min(N, i0 + band);
    for (size_t k = 0; k < M; ++k) {
      const double* a = A.data() + k * N;
      for (size_t i = i0; i < i1; ++i) {
        double aki = a[i];
        double* g = G.data() + i * N;
        for (size_t j = i; j < N; ++j) g[j] += aki * a[j];
      }
    }
  }
  for (size_t i = 0; i < N; ++i)
    for (size_t j = 0; j < i; ++j) G[i * N + j] = G[j * N + i];
}
