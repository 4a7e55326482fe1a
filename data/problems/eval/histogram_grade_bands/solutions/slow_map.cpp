#include <map>
void countGradeBands(std::vector<int> const& scores, std::vector<size_t>& bands) {
  std::map<char, size_t> byLetter;
  for (int s : scores) {
    char letter;
    if (s >= 90) letter = 'A';
    else if (s >= 80) letter = 'B';
    else if (s >= 70) letter = 'C';
    else if (s >= 60) letter = 'D';
    else letter = 'F';
    byLetter[letter]++;
  }
  const char order[5] = {'F', 'D', 'C', 'B', 'A'};
  for (int b = 0; b < 5; ++b) bands[b] = byLetter[order[b]];
}
