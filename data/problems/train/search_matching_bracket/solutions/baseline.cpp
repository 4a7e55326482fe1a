long long matchingBracket(std::string const& s, size_t open) {
  long long depth = 0;
  for (std::size_t i = open; i < s.size(); ++i) {
    depth += (s[i] == '(') - (s[i] == ')');
    if (depth == 0) return static_cast<long long>(i);
  }
  return -1;
}
