double closestValue(std::vector<double> const& x, double target) {
  const std::size_t n = x.size();
  double best = x[0], bestDistance = std::fabs(x[0] - target);
  #pragma omp parallel
  {
    double myBest = x[0], myDistance = std::fabs(x[0] - target);
    #pragma omp for nowait
    for (std::size_t i = 0; i < n; ++i) {
      double d = std::fabs(x[i] - target);
      if (d < myDistance || (d == myDistance && x[i] < myBest)) {
        myBest = x[i];
        myDistance = d;
      }
    }
    #pragma omp critical
    if (myDistance < bestDistance || (myDistance == bestDistance && myBest < best)) {
      best = myBest;
      bestDistance = myDistance;
    }
  }
  return best;
}
