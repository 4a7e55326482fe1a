#include <omp.h>
void countDinucleotides(std::string const& dna, std::vector<size_t>& counts) {
  unsigned char code[256] = {};
  code['C'] = 1;
  code['G'] = 2;
  code['T'] = 3;
  size_t total[16] = {};
  const std::size_t n = dna.size();
  #pragma omp parallel
  {
    // Each thread counts the pairs (i - 1, i) for i in its own contiguous block.
    const std::size_t t = omp_get_thread_num(), nt = omp_get_num_threads();
    const std::size_t pairs = n > 0 ? n - 1 : 0;
    const std::size_t begin = 1 + pairs * t / nt, end = 1 + pairs * (t + 1) / nt;
    size_t c[16] = {};
    if (begin < end) {
      unsigned prev = code[static_cast<unsigned char>(dna[begin - 1])];
      for (std::size_t i = begin; i < end; ++i) {
        unsigned cur = code[static_cast<unsigned char>(dna[i])];
        ++c[4 * prev + cur];
        prev = cur;
      }
    }
    #pragma omp critical
    for (int k = 0; k < 16; ++k) total[k] += c[k];
  }
  for (int k = 0; k < 16; ++k) counts[k] = total[k];
}
