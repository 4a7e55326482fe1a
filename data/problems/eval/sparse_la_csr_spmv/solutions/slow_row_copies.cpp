double rowDot(std::vector<int> const& cols, std::vector<double> const& vals, std::vector<double> const& x) {
  double sum = 0.0;
  for (size_t k = 0; k < cols.size(); ++k) sum += vals[k] * x[cols[k]];
  return sum;
}

void spmvCsr(std::vector<int> const& rowPtr, std::vector<int> const& colIdx, std::vector<double> const& values,
             std::vector<double> const& x, std::vector<double>& y, size_t M, size_t N) {
  for (size_t i = 0; i < M; ++i) {
    std::vector<int> cols(colIdx.begin() + rowPtr[i], colIdx.begin() + rowPtr[i + 1]);
    std::vector<double> vals(values.begin() + rowPtr[i], values.begin() + rowPtr[i + 1]);
    y[i] = rowDot(cols, vals, x);
  }
}
