#include <cmath>

void lineOfSight(std::vector<double> const& heights, double observer, std::vector<int>& visible) {
  double highestAngle = -10.0;  // below any elevation angle
  for (std::size_t i = 0; i < heights.size(); ++i) {
    const double angle = std::atan2(heights[i] - observer, static_cast<double>(i + 1));
    if (angle > highestAngle) {
      visible[i] = 1;
      highestAngle = angle;
    } else {
      visible[i] = 0;
    }
  }
}
