void haarWavelet(std::vector<double>& x) {
  auto haar = [](auto&& self, std::vector<double> v) -> std::vector<double> {
    if (v.size() <= 1) return v;
    std::vector<double> avg, det;
    for (std::size_t i = 0; i + 1 < v.size(); i += 2) {
      avg.push_back((v[i] + v[i + 1]) / std::sqrt(2.0));
      det.push_back((v[i] - v[i + 1]) / std::sqrt(2.0));
    }
    std::vector<double> result = self(self, avg);
    result.insert(result.end(), det.begin(), det.end());
    return result;
  };
  x = haar(haar, x);
}
