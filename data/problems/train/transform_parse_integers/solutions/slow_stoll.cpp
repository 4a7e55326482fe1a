void parseIntegers(std::vector<std::string> const& text, std::vector<long long>& values) {
  for (std::size_t i = 0; i < text.size(); ++i) values[i] = std::stoll(text[i]);
}
