void wordLengthHistogram(std::string const& text, std::vector<size_t>& counts) {
  size_t c[16] = {};
  size_t run = 0;  // length of the word being read
  for (char ch : text) {
    if (ch != ' ') {
      ++run;
    } else if (run > 0) {
      ++c[run < 16 ? run - 1 : 15];
      run = 0;
    }
  }
  if (run > 0) ++c[run < 16 ? run - 1 : 15];
  for (int k = 0; k < 16; ++k) counts[k] = c[k];
}
