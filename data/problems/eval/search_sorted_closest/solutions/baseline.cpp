void closestInSorted(std::vector<double> const& sorted, std::vector<double> const& queries, std::vector<size_t>& out) {
  const std::size_t n = sorted.size();
  for (std::size_t j = 0; j < queries.size(); ++j) {
    const double q = queries[j];
    std::size_t i = static_cast<std::size_t>(std::lower_bound(sorted.begin(), sorted.end(), q) - sorted.begin());
    if (i == n) i = n - 1;
    else if (i > 0 && q - sorted[i - 1] <= sorted[i] - q) i = i - 1;
    out[j] = i;
  }
}
