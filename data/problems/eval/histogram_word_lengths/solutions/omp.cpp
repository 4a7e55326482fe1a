void wordLengthHistogram(std::string const& text, std::vector<size_t>& counts) {
  // Every thread counts the words that start in its part of the text; a word that starts near
  // the end of a part is read to its end, across the boundary.
  const std::size_t n = text.size();
  const char* s = text.data();
  size_t total[16] = {};
  #pragma omp parallel
  {
    size_t c[16] = {};
    #pragma omp for schedule(static) nowait
    for (std::size_t i = 0; i < n; ++i) {
      if (s[i] != ' ' && (i == 0 || s[i - 1] == ' ')) {
        std::size_t j = i + 1;
        while (j < n && s[j] != ' ') ++j;
        std::size_t len = j - i;
        ++c[len < 16 ? len - 1 : 15];
      }
    }
    #pragma omp critical
    for (int k = 0; k < 16; ++k) total[k] += c[k];
  }
  for (int k = 0; k < 16; ++k) counts[k] = total[k];
}
