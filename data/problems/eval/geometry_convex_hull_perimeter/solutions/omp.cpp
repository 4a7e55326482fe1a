#include <algorithm>

static bool lessXY(const Point& a, const Point& b) { return a.x < b.x || (a.x == b.x && a.y < b.y); }

static double crossOAB(const Point& o, const Point& a, const Point& b) {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

// Hull of p[0..n) sorted by (x, y), closed (last vertex repeats the first), written to h.
static std::size_t monotoneChain(const Point* p, std::size_t n, Point* h) {
  std::size_t k = 0;
  for (std::size_t i = 0; i < n; ++i) {
    while (k >= 2 && crossOAB(h[k - 2], h[k - 1], p[i]) <= 0) --k;
    h[k++] = p[i];
  }
  for (std::size_t i = n - 1, t = k + 1; i > 0; --i) {
    while (k >= t && crossOAB(h[k - 2], h[k - 1], p[i - 1]) <= 0) --k;
    h[k++] = p[i - 1];
  }
  return k;
}

double convexHullPerimeter(std::vector<Point> const& points) {
  std::size_t n = points.size();
  if (n < 2) return 0.0;
  // Each thread takes the hull of its own block; the hull of all points is the hull of the
  // union of the block hulls.
  std::vector<Point> candidates;
  #pragma omp parallel
  {
    int nt = omp_get_num_threads(), t = omp_get_thread_num();
    std::size_t b = n * t / nt, e = n * (t + 1) / nt;
    std::vector<Point> local;
    if (e - b >= 2) {
      std::vector<Point> p(points.begin() + b, points.begin() + e);
      std::sort(p.begin(), p.end(), lessXY);
      local.resize(2 * p.size());
      local.resize(monotoneChain(p.data(), p.size(), local.data()));
    } else if (e > b) {
      local.assign(points.begin() + b, points.begin() + e);
    }
    #pragma omp critical
    candidates.insert(candidates.end(), local.begin(), local.end());
  }
  std::sort(candidates.begin(), candidates.end(), lessXY);
  std::vector<Point> h(2 * candidates.size());
  std::size_t k = monotoneChain(candidates.data(), candidates.size(), h.data());
  double perimeter = 0.0;
  for (std::size_t i = 0; i + 1 < k; ++i) perimeter += std::hypot(h[i + 1].x - h[i].x, h[i + 1].y - h[i].y);
  return perimeter;
}
