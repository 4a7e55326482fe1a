void packedSymmetricMatvec(std::vector<double> const& AP, std::vector<double> const& x, std::vector<double>& y,
                           size_t N) {
  auto packedAt = [&](size_t i, size_t j) {
    if (i > j) std::swap(i, j);
    return AP[i * N - i * (i - 1) / 2 + (j - i)];
  };
  for (size_t i = 0; i < N; ++i) {
    double sum = 0.0;
    for (size_t j = 0; j < N; ++j) sum += packedAt(i, j) * x[j];
    y[i] = sum;
  }
}
