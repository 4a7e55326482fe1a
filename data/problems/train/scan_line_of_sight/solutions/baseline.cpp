#include <limits>

void lineOfSight(std::vector<double> const& heights, double observer, std::vector<int>& visible) {
  double steepest = -std::numeric_limits<double>::infinity();
  for (std::size_t i = 0; i < heights.size(); ++i) {
    const double slope = (heights[i] - observer) / static_cast<double>(i + 1);
    visible[i] = slope > steepest;
    steepest = slope > steepest ? slope : steepest;
  }
}
