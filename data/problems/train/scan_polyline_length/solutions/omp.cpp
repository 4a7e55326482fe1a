void cumulativeLength(std::vector<double> const& px, std::vector<double> const& py, std::vector<double>& dist) {
  const std::size_t n = px.size();
  if (n == 0) return;
  std::vector<double> chunkLength;
  #pragma omp parallel
  {
    const int nt = omp_get_num_threads();
    const int t = omp_get_thread_num();
    #pragma omp single
    chunkLength.assign(nt, 0.0);
    // Vertex i (i >= 1) adds the segment from vertex i-1; vertex 0 adds nothing.
    const std::size_t begin = n * t / nt, end = n * (t + 1) / nt;
    double total = 0.0;
    for (std::size_t i = begin; i < end; ++i) {
      if (i > 0) {
        const double dx = px[i] - px[i - 1], dy = py[i] - py[i - 1];
        total += std::sqrt(dx * dx + dy * dy);
      }
      dist[i] = total;
    }
    chunkLength[t] = total;
    #pragma omp barrier
    if (t > 0) {
      double offset = 0.0;
      for (int j = 0; j < t; ++j) offset += chunkLength[j];
      for (std::size_t i = begin; i < end; ++i) dist[i] += offset;
    }
  }
}
