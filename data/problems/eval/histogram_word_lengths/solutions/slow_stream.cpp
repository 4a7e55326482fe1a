#include <sstream>
void wordLengthHistogram(std::string const& text, std::vector<size_t>& counts) {
  std::istringstream in(text);
  std::vector<std::string> words;
  std::string word;
  while (in >> word) words.push_back(word);
  for (auto& c : counts) c = 0;
  for (const std::string& w : words) {
    size_t len = w.size();
    counts[len < 16 ? len - 1 : 15]++;
  }
}
