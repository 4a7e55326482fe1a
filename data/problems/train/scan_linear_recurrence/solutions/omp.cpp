void linearRecurrence(std::vector<double> const& a, std::vector<double> const& b, std::vector<double>& y) {
  const std::size_t n = b.size();
  std::vector<double> lastY, gain;  // per chunk: last local value, product of its a's
  #pragma omp parallel
  {
    const int nt = omp_get_num_threads();
    const int t = omp_get_thread_num();
    #pragma omp single
    {
      lastY.assign(nt, 0.0);
      gain.assign(nt, 1.0);
    }
    const std::size_t begin = n * t / nt, end = n * (t + 1) / nt;
    // Pass 1: the recurrence inside the chunk, starting from y = 0 before the chunk.
    double prev = 0.0, prod = 1.0;
    for (std::size_t i = begin; i < end; ++i) {
      prev = (i == 0 ? b[0] : a[i] * prev + b[i]);
      prod *= (i == 0 ? 0.0 : a[i]);
      y[i] = prev;
    }
    lastY[t] = prev;
    gain[t] = prod;
    #pragma omp barrier
    // Pass 2: y[i] += (a[begin] * ... * a[i]) * (true y just before the chunk).
    if (t > 0 && begin < end) {
      double carry = 0.0;
      for (int j = 0; j < t; ++j) carry = gain[j] * carry + lastY[j];
      if (carry != 0.0) {
        double p = 1.0;
        for (std::size_t i = begin; i < end; ++i) {
          p *= a[i];
          y[i] += p * carry;
        }
      }
    }
  }
}
