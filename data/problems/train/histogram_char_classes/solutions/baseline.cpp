void characterClassCounts(std::string const& text, std::vector<size_t>& counts) {
  unsigned char cls[256];
  for (int c = 0; c < 256; ++c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) cls[c] = 0;
    else if (c >= '0' && c <= '9') cls[c] = 1;
    else if (c == ' ' || c == '\t' || c == '\n') cls[c] = 2;
    else if (c >= 33 && c <= 126) cls[c] = 3;
    else cls[c] = 4;
  }
  size_t c[5] = {};
  for (char ch : text) ++c[cls[static_cast<unsigned char>(ch)]];
  for (int k = 0; k < 5; ++k) counts[k] = c[k];
}
