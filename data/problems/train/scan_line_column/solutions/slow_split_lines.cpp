void lineAndColumn(std::string const& text, std::vector<int>& line, std::vector<int>& column) {
  // Split into lines, each keeping its terminating '\n'.
  std::vector<std::string> lines;
  std::string current;
  for (char ch : text) {
    current += ch;
    if (ch == '\n') {
      lines.push_back(current);
      current.clear();
    }
  }
  if (!current.empty()) lines.push_back(current);
  std::size_t i = 0;
  for (std::size_t l = 0; l < lines.size(); ++l) {
    for (std::size_t c = 0; c < lines[l].size(); ++c, ++i) {
      line[i] = static_cast<int>(l);
      column[i] = static_cast<int>(c);
    }
  }
}
