#include <algorithm>

void nearestSite(std::vector<Point> const& sites, std::vector<Point> const& queries, std::vector<int>& nearest) {
  for (std::size_t i = 0; i < queries.size(); ++i) {
    std::vector<double> distances;
    for (std::size_t s = 0; s < sites.size(); ++s)
      distances.push_back(std::sqrt(std::pow(sites[s].x - queries[i].x, 2) + std::pow(sites[s].y - queries[i].y, 2)));
    nearest[i] = static_cast<int>(std::min_element(distances.begin(), distances.end()) - distances.begin());
  }
}
