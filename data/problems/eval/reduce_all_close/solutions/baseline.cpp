bool allWithinTolerance(std::vector<double> const& a, std::vector<double> const& b, double tol) {
  const std::size_t n = a.size();
  for (std::size_t i = 0; i < n; ++i)
    if (std::fabs(a[i] - b[i]) > tol) return false;
  return true;
}
