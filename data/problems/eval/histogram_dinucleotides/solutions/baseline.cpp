void countDinucleotides(std::string const& dna, std::vector<size_t>& counts) {
  unsigned char code[256] = {};
  code['C'] = 1;
  code['G'] = 2;
  code['T'] = 3;
  size_t c[16] = {};
  const std::size_t n = dna.size();
  if (n >= 2) {
    unsigned prev = code[static_cast<unsigned char>(dna[0])];
    for (std::size_t i = 1; i < n; ++i) {
      unsigned cur = code[static_cast<unsigned char>(dna[i])];
      ++c[4 * prev + cur];
      prev = cur;
    }
  }
  for (int k = 0; k < 16; ++k) counts[k] = c[k];
}
