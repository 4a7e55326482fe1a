#include <algorithm>

bool shorterFirst(std::string a, std::string b) {
  if (a.size() != b.size()) return a.size() < b.size();
  return a < b;
}

void sortWords(std::vector<std::string>& words) {
  std::sort(words.begin(), words.end(), shorterFirst);
}
