void countGradeBands(std::vector<int> const& scores, std::vector<size_t>& bands) {
  size_t atLeast60 = 0, atLeast70 = 0, atLeast80 = 0, atLeast90 = 0;
  const std::size_t n = scores.size();
  #pragma omp parallel for reduction(+ : atLeast60, atLeast70, atLeast80, atLeast90)
  for (std::size_t i = 0; i < n; ++i) {
    int s = scores[i];
    atLeast60 += s >= 60;
    atLeast70 += s >= 70;
    atLeast80 += s >= 80;
    atLeast90 += s >= 90;
  }
  bands[0] = n - atLeast60;
  bands[1] = atLeast60 - atLeast70;
  bands[2] = atLeast70 - atLeast80;
  bands[3] = atLeast80 - atLeast90;
  bands[4] = atLeast90;
}
