#include <omp.h>
void wordLengthHistogram(std::string const& text, std::vector<size_t>& counts) {
  // Each thread counts the words that start in its own block of the text; the last word of a
  // block is read to its end, across the boundary.
  const std::size_t n = text.size();
  const char* s = text.data();
  size_t total[16] = {};
  #pragma omp parallel
  {
    const std::size_t t = omp_get_thread_num(), nt = omp_get_num_threads();
    std::size_t i = n * t / nt;
    const std::size_t end = n * (t + 1) / nt;
    // A word that started in the previous block belongs to that block.
    if (i > 0 && i < end && s[i - 1] != ' ')
      while (i < end && s[i] != ' ') ++i;
    size_t c[16] = {};
    size_t run = 0;
    for (; i < end; ++i) {
      if (s[i] != ' ') {
        ++run;
      } else if (run > 0) {
        ++c[run < 16 ? run - 1 : 15];
        run = 0;
      }
    }
    if (run > 0) {
      while (i < n && s[i] != ' ') ++run, ++i;
      ++c[run < 16 ? run - 1 : 15];
    }
    #pragma omp critical
    for (int k = 0; k < 16; ++k) total[k] += c[k];
  }
  for (int k = 0; k < 16; ++k) counts[k] = total[k];
}
