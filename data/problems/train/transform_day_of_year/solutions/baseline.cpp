void dayOfYear(std::vector<Date> const& dates, std::vector<int>& days) {
  // Days before the first of each month in a common year.
  static const int before[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  for (std::size_t i = 0; i < dates.size(); ++i) {
    const Date& d = dates[i];
    const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
    days[i] = before[d.month - 1] + d.day + (leap && d.month > 2 ? 1 : 0);
  }
}
