#include <limits>
#include <queue>

double smallestGap(std::vector<double> const& positions) {
  // Visit the points in increasing order by popping them off a min-heap.
  std::priority_queue<double, std::vector<double>, std::greater<double>> heap;
  for (double x : positions) heap.push(x);
  double best = std::numeric_limits<double>::infinity();
  double previous = heap.top();
  heap.pop();
  while (!heap.empty()) {
    best = std::min(best, heap.top() - previous);
    previous = heap.top();
    heap.pop();
  }
  return best;
}
