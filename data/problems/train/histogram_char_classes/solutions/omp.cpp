void characterClassCounts(std::string const& text, std::vector<size_t>& counts) {
  unsigned char cls[256];
  for (int c = 0; c < 256; ++c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) cls[c] = 0;
    else if (c >= '0' && c <= '9') cls[c] = 1;
    else if (c == ' ' || c == '\t' || c == '\n') cls[c] = 2;
    else if (c >= 33 && c <= 126) cls[c] = 3;
    else cls[c] = 4;
  }
  size_t total[5] = {};
  const std::size_t n = text.size();
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());
  #pragma omp parallel
  {
    size_t c[5] = {};
    #pragma omp for nowait
    for (std::size_t i = 0; i < n; ++i) ++c[cls[s[i]]];
    #pragma omp critical
    for (int k = 0; k < 5; ++k) total[k] += c[k];
  }
  for (int k = 0; k < 5; ++k) counts[k] = total[k];
}
