void eventsByWeekdayHour(std::vector<int64_t> const& timestamps, std::vector<size_t>& counts) {
  size_t c[168] = {};
  for (int64_t t : timestamps) {
    // Floor division by the length of a day (C++ / and % truncate toward zero).
    int64_t day = t / 86400, second = t % 86400;
    if (second < 0) {
      second += 86400;
      day -= 1;
    }
    int64_t weekday = (day + 4) % 7;  // day 0 was a Thursday
    if (weekday < 0) weekday += 7;
    ++c[24 * weekday + second / 3600];
  }
  for (int k = 0; k < 168; ++k) counts[k] = c[k];
}
