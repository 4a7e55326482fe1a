std::vector<int> expandRuns(std::vector<int> const& values, std::vector<int> const& counts) {
  std::vector<int> out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    std::vector<int> run(counts[i], values[i]);
    out.insert(out.end(), run.begin(), run.end());
  }
  return out;
}
