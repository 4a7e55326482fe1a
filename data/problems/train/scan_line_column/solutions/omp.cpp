void lineAndColumn(std::string const& text, std::vector<int>& line, std::vector<int>& column) {
  const std::size_t n = text.size();
  std::vector<int> newlines;         // newlines in each chunk
  std::vector<long long> lastBreak;  // index of the last newline in each chunk, or -1
  #pragma omp parallel
  {
    const int nt = omp_get_num_threads();
    const int t = omp_get_thread_num();
    #pragma omp single
    {
      newlines.assign(nt, 0);
      lastBreak.assign(nt, -1);
    }
    const std::size_t begin = n * t / nt, end = n * (t + 1) / nt;
    // Pass 1: positions relative to the start of the chunk.
    int l = 0, c = 0;
    long long last = -1;
    for (std::size_t i = begin; i < end; ++i) {
      line[i] = l;
      column[i] = c;
      const bool newline = text[i] == '\n';
      l += newline;
      c = newline ? 0 : c + 1;
      last = newline ? static_cast<long long>(i) : last;
    }
    newlines[t] = l;
    lastBreak[t] = last;
    #pragma omp barrier
    // Pass 2: add the lines before the chunk to every line number, and the length of the line
    // that runs into the chunk to the columns before the chunk's first newline.
    if (t > 0 && begin < end) {
      int lineOffset = 0;
      long long prevBreak = -1;
      for (int j = 0; j < t; ++j) {
        lineOffset += newlines[j];
        if (lastBreak[j] >= 0) prevBreak = lastBreak[j];
      }
      const int columnOffset = static_cast<int>(static_cast<long long>(begin) - prevBreak - 1);
      std::size_t i = begin;
      for (; i < end; ++i) {
        line[i] += lineOffset;
        column[i] += columnOffset;
        if (text[i] == '\n') {
          ++i;
          break;
        }
      }
      if (lineOffset != 0)
        for (; i < end; ++i) line[i] += lineOffset;
    }
  }
}
