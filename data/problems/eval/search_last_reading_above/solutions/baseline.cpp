long long lastReadingAbove(std::vector<Reading> const& readings, int sensor, double limit) {
  for (std::size_t i = readings.size(); i-- > 0;)
    if (readings[i].sensor == sensor && readings[i].value > limit) return static_cast<long long>(i);
  return -1;
}
