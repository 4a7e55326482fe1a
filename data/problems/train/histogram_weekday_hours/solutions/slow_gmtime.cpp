void eventsByWeekdayHour(std::vector<int64_t> const& timestamps, std::vector<size_t>& counts) {
  for (auto& c : counts) c = 0;
  for (int64_t t : timestamps) {
    std::time_t tt = static_cast<std::time_t>(t);
    std::tm parts;
    gmtime_r(&tt, &parts);
    counts[24 * parts.tm_wday + parts.tm_hour]++;
  }
}
