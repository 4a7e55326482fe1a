void lineAndColumn(std::string const& text, std::vector<int>& line, std::vector<int>& column) {
  int l = 0, c = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    line[i] = l;
    column[i] = c;
    const bool newline = text[i] == '\n';
    l += newline;
    c = newline ? 0 : c + 1;
  }
}
