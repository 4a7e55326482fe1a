void transposeInPlace(std::vector<double>& A, size_t N) {
  for (size_t i = 0; i < N; ++i)
    for (size_t j = i + 1; j < N; ++j) std::swap(A[i * N + j], A[j * N + i]);
}
