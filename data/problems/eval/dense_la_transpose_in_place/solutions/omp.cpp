void transposeInPlace(std::vector<double>& A, size_t N) {
  const size_t T = 32;
  const long nt = static_cast<long>((N + T - 1) / T);
  double* a = A.data();
  // Each pair of tiles (bi, bj), (bj, bi) with bj >= bi is swapped by exactly one thread.
  #pragma omp parallel for schedule(dynamic, 1)
  for (long bi = 0; bi < nt; ++bi) {
    size_t i0 = static_cast<size_t>(bi) * T, i1 = std::min(N, i0 + T);
    for (size_t j0 = i0; j0 < N; j0 += T) {
      size_t j1 = std::min(N, j0 + T);
      for (size_t i = i0; i < i1; ++i)
        for (size_t j = (j0 == i0 ? i + 1 : j0); j < j1; ++j) std::swap(a[i * N + j], a[j * N + i]);
    }
  }
}
