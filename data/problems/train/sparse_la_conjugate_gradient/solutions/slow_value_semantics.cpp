void conjugateGradient(std::vector<int> const& rowPtr, std::vector<int> const& colIdx, std::vector<double> const& values,
                       std::vector<double> const& b, std::vector<double>& x, size_t N, size_t iterations) {
  auto matVec = [](std::vector<int> const& rowPtr, std::vector<int> const& colIdx, std::vector<double> const& values,
                   std::vector<double> const& v) {
    std::vector<double> out(v.size(), 0.0);
    for (size_t i = 0; i < v.size(); ++i)
      for (int k = rowPtr[i]; k < rowPtr[i + 1]; ++k) out[i] += values[k] * v[colIdx[k]];
    return out;
  };
  auto addScaled = [](std::vector<double> const& u, double s, std::vector<double> const& v) {
    std::vector<double> out(u.size());
    for (size_t i = 0; i < u.size(); ++i) out[i] = u[i] + s * v[i];
    return out;
  };
  auto dot = [](std::vector<double> const& u, std::vector<double> const& v) {
    double s = 0.0;
    for (size_t i = 0; i < u.size(); ++i) s += u[i] * v[i];
    return s;
  };
  x = std::vector<double>(N, 0.0);
  std::vector<double> r = b, p = b;
  for (size_t it = 0; it < iterations; ++it) {
    double rr = dot(r, r);
    if (rr == 0.0) break;
    std::vector<double> Ap = matVec(rowPtr, colIdx, values, p);
    double alpha = rr / dot(p, Ap);
    x = addScaled(x, alpha, p);
    r = addScaled(b, -1.0, matVec(rowPtr, colIdx, values, x));  // fresh residual b - A x
    double beta = dot(r, r) / rr;
    p = addScaled(r, beta, p);
  }
}
