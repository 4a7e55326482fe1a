void dayOfYear(std::vector<Date> const& dates, std::vector<int>& days) {
  auto isLeapYear = [](int year) {
    if (year % 400 == 0) return true;
    if (year % 100 == 0) return false;
    return year % 4 == 0;
  };
  auto daysInMonth = [&](int year, int month) {
    if (month == 2) return isLeapYear(year) ? 29 : 28;
    if (month == 4 || month == 6 || month == 9 || month == 11) return 30;
    return 31;
  };
  for (std::size_t i = 0; i < dates.size(); ++i) {
    int total = 0;
    for (int m = 1; m < dates[i].month; ++m) total += daysInMonth(dates[i].year, m);
    days[i] = total + dates[i].day;
  }
}
