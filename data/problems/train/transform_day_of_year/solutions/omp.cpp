void dayOfYear(std::vector<Date> const& dates, std::vector<int>& days) {
  static const int before[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  const std::size_t n = dates.size();
  #pragma omp parallel for schedule(static)
  for (std::size_t i = 0; i < n; ++i) {
    const Date& d = dates[i];
    const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
    days[i] = before[d.month - 1] + d.day + (leap && d.month > 2 ? 1 : 0);
  }
}
