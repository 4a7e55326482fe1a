void countDinucleotides(std::string const& dna, std::vector<size_t>& counts) {
  const std::string letters = "ACGT";
  for (auto& c : counts) c = 0;
  if (dna.size() < 2) return;
  size_t prev = letters.find(dna[0]);
  for (std::size_t i = 1; i < dna.size(); ++i) {
    size_t cur = letters.find(dna[i]);
    ++counts[4 * prev + cur];
    prev = cur;
  }
}
