void forwardFill(std::vector<double> const& x, double fallback, std::vector<double>& out) {
  const std::size_t n = x.size();
  std::vector<double> lastValid;        // last non-NaN value of each chunk
  std::vector<unsigned char> hasValid;  // whether the chunk has one
  #pragma omp parallel
  {
    const int nt = omp_get_num_threads();
    const int t = omp_get_thread_num();
    #pragma omp single
    {
      lastValid.assign(nt, 0.0);
      hasValid.assign(nt, 0);
    }
    const std::size_t begin = n * t / nt, end = n * (t + 1) / nt;
    // Pass 1: fill inside the chunk; the first chunk starts from the fallback, the others leave
    // their leading gap as NaN for now.
    double last = t == 0 ? fallback : std::nan("");
    std::size_t firstValid = end;
    for (std::size_t i = begin; i < end; ++i) {
      const double v = x[i];
      if (firstValid == end && !std::isnan(v)) firstValid = i;
      last = std::isnan(v) ? last : v;
      out[i] = last;
    }
    lastValid[t] = last;
    hasValid[t] = firstValid < end;
    #pragma omp barrier
    // Pass 2: the leading gap of a later chunk takes the last valid value before the chunk.
    if (t > 0 && begin < firstValid) {
      double carry = fallback;
      for (int j = 0; j < t; ++j)
        if (hasValid[j]) carry = lastValid[j];
      for (std::size_t i = begin; i < firstValid; ++i) out[i] = carry;
    }
  }
}
