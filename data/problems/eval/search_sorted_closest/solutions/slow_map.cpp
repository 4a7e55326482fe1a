#include <map>
#include <iterator>

void closestInSorted(std::vector<double> const& sorted, std::vector<double> const& queries, std::vector<size_t>& out) {
  std::map<double, size_t> index;  // value -> first position
  for (std::size_t i = 0; i < sorted.size(); ++i) index.insert({sorted[i], i});
  for (std::size_t j = 0; j < queries.size(); ++j) {
    const double q = queries[j];
    auto it = index.lower_bound(q);
    if (it == index.end()) {
      out[j] = std::prev(it)->second;
    } else if (it != index.begin() && q - std::prev(it)->first <= it->first - q) {
      out[j] = std::prev(it)->second;
    } else {
      out[j] = it->second;
    }
  }
}
