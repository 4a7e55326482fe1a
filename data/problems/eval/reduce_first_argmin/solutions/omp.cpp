size_t indexOfFirstMinimum(std::vector<double> const& x) {
  const size_t n = x.size();
  size_t best = 0;
  double bestValue = x[0];
  #pragma omp parallel
  {
    size_t myBest = 0;
    double myValue = x[0];
    #pragma omp for nowait
    for (size_t i = 0; i < n; ++i) {
      if (x[i] < myValue) {
        myValue = x[i];
        myBest = i;
      }
    }
    #pragma omp critical
    if (myValue < bestValue || (myValue == bestValue && myBest < best)) {
      bestValue = myValue;
      best = myBest;
    }
  }
  return best;
}
