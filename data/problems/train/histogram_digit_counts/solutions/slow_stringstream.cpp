#include <sstream>
#include <string>
void decimalDigitCounts(std::vector<uint32_t> const& values, std::vector<size_t>& counts) {
  for (auto& c : counts) c = 0;
  std::ostringstream out;
  for (uint32_t v : values) {
    out.str("");
    out << v;
    std::string text = out.str();
    for (char ch : text) counts[ch - '0']++;
  }
}
