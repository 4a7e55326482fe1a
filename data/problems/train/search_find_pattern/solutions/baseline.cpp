long long findPattern(std::string const& text, std::string const& pattern) {
  const std::size_t pos = text.find(pattern);
  return pos == std::string::npos ? -1 : static_cast<long long>(pos);
}
