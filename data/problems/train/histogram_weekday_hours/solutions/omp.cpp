void eventsByWeekdayHour(std::vector<int64_t> const& timestamps, std::vector<size_t>& counts) {
  size_t total[168] = {};
  const std::size_t n = timestamps.size();
  #pragma omp parallel
  {
    size_t c[168] = {};
    #pragma omp for nowait
    for (std::size_t i = 0; i < n; ++i) {
      int64_t t = timestamps[i];
      int64_t day = t / 86400, second = t % 86400;
      if (second < 0) {
        second += 86400;
        day -= 1;
      }
      int64_t weekday = (day + 4) % 7;
      if (weekday < 0) weekday += 7;
      ++c[24 * weekday + second / 3600];
    }
    #pragma omp critical
    for (int k = 0; k < 168; ++k) total[k] += c[k];
  }
  for (int k = 0; k < 168; ++k) counts[k] = total[k];
}
