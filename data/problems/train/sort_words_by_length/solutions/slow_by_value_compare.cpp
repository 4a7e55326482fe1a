#include <algorithm>

void sortWords(std::vector<std::string>& words) {
  auto shorterFirst = [](std::string a, std::string b) {
    if (a.size() != b.size()) return a.size() < b.size();
    return a < b;
  };
  std::sort(words.begin(), words.end(), shorterFirst);
}
