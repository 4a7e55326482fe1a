void searchSortedMatrix(std::vector<int> const& mat, size_t rows, size_t cols, std::vector<int> const& queries,
                        std::vector<int>& found) {
  const long long m = static_cast<long long>(queries.size());
  #pragma omp parallel for schedule(dynamic, 16)
  for (long long j = 0; j < m; ++j) {
    const int q = queries[j];
    std::size_t r = 0;
    long long c = static_cast<long long>(cols) - 1;
    int hit = 0;
    while (r < rows && c >= 0) {
      const int v = mat[r * cols + c];
      if (v == q) {
        hit = 1;
        break;
      }
      if (v > q) --c;
      else ++r;
    }
    found[j] = hit;
  }
}
