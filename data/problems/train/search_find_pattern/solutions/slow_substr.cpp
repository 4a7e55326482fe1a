long long findPattern(std::string const& text, std::string const& pattern) {
  const std::size_t m = pattern.size();
  for (std::size_t i = 0; i + m <= text.size(); ++i)
    if (text.substr(i, m) == pattern) return static_cast<long long>(i);
  return -1;
}
