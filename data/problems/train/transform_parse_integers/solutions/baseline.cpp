void parseIntegers(std::vector<std::string> const& text, std::vector<long long>& values) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char* p = text[i].data();
    const char* end = p + text[i].size();
    bool negative = *p == '-';
    if (negative) ++p;
    long long v = 0;
    for (; p != end; ++p) v = v * 10 + (*p - '0');
    values[i] = negative ? -v : v;
  }
}
