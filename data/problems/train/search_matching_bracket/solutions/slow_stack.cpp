#include <stack>

long long matchingBracket(std::string const& s, size_t open) {
  std::stack<std::size_t> positions;
  for (std::size_t i = open; i < s.size(); ++i) {
    if (s[i] == '(') {
      positions.push(i);
    } else if (s[i] == ')') {
      const std::size_t opened = positions.top();
      positions.pop();
      if (opened == open) return static_cast<long long>(i);
    }
  }
  return -1;
}
