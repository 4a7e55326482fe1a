size_t countClosePairs(std::vector<double> const& xs, std::vector<double> const& ys, double radius) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < xs.size(); ++i)
    for (std::size_t j = i + 1; j < xs.size(); ++j)
      if (std::sqrt((xs[i] - xs[j]) * (xs[i] - xs[j]) + (ys[i] - ys[j]) * (ys[i] - ys[j])) <= radius) ++count;
  return count;
}
