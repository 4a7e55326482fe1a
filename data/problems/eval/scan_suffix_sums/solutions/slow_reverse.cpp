#include <algorithm>

void suffixSums(std::vector<double> const& x, std::vector<double>& out) {
  // Reverse, scan forward, reverse back.
  std::reverse_copy(x.begin(), x.end(), out.begin());
  for (std::size_t i = 1; i < out.size(); ++i) out[i] += out[i - 1];
  std::reverse(out.begin(), out.end());
}
