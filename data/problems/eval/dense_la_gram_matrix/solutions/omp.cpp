void gramMatrix(std::vector<double> const& A, std::vector<double>& G, size_t M, size_t N) {
  const size_t band = 32;
  const long nbands = static_cast<long>((N + band - 1) / band);
  // Each thread owns whole bands of rows of G: no two threads write the same element.
  #pragma omp parallel for schedule(dynamic, 1)
  for (long b = 0; b < nbands; ++b) {
    size_t i0 = static_cast<size_t>(b) * band, i1 = std::min(N, i0 + band);
    for (size_t i = i0; i < i1; ++i) std::fill(G.begin() + i * N + i, G.begin() + (i + 1) * N, 0.0);
    for (size_t k = 0; k < M; ++k) {
      const double* a = A.data() + k * N;
      for (size_t i = i0; i < i1; ++i) {
        double aki = a[i];
        double* g = G.data() + i * N;
        for (size_t j = i; j < N; ++j) g[j] += aki * a[j];
      }
    }
  }
  #pragma omp parallel for schedule(static)
  for (long i = 0; i < static_cast<long>(N); ++i)
    for (size_t j = 0; j < static_cast<size_t>(i); ++j) G[i * N + j] = G[j * N + i];
}
