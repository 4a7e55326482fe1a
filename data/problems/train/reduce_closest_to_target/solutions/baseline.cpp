double closestValue(std::vector<double> const& x, double target) {
  double best = x[0], bestDistance = std::fabs(x[0] - target);
  for (double v : x) {
    double d = std::fabs(v - target);
    if (d < bestDistance || (d == bestDistance && v < best)) {
      best = v;
      bestDistance = d;
    }
  }
  return best;
}
