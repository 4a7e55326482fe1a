void transposeInPlace(std::vector<double>& A, size_t N) {
  // Swap tile (bi, bj) with tile (bj, bi) for bj >= bi: both tiles stay in cache while swapped.
  const size_t T = 32;
  double* a = A.data();
  for (size_t i0 = 0; i0 < N; i0 += T) {
    size_t i1 = std::min(N, i0 + T);
    for (size_t j0 = i0; j0 < N; j0 += T) {
      size_t j1 = std::min(N, j0 + T);
      for (size_t i = i0; i < i1; ++i)
        for (size_t j = (j0 == i0 ? i + 1 : j0); j < j1; ++j) std::swap(a[i * N + j], a[j * N + i]);
    }
  }
}
