#include "pf_problem.hpp"

namespace problem {
// case 0: short random segments in the unit square (timing input);
// case 1: horizontal segments at distinct heights (no pair intersects);
// case 2: half horizontal, half vertical, all spanning the square: every horizontal crosses every
// vertical; case 3: long random segments (many crossings).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.segments.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    Segment& s = a.segments[i];
    if (kase == 0 || kase == 3) {
      double len = kase == 0 ? 0.03 : 0.8;
      s.x1 = rng.uniform();
      s.y1 = rng.uniform();
      s.x2 = s.x1 + rng.uniform(-len, len);
      s.y2 = s.y1 + rng.uniform(-len, len);
    } else if (kase == 1) {
      s.y1 = s.y2 = rng.uniform(0.0, 1.0);
      s.x1 = rng.uniform(0.0, 0.5);
      s.x2 = rng.uniform(0.5, 1.0);
    } else if (i % 2 == 0) {
      s.y1 = s.y2 = rng.uniform(0.01, 0.99);
      s.x1 = rng.uniform(-0.5, 0.0);
      s.x2 = rng.uniform(1.0, 1.5);
    } else {
      s.x1 = s.x2 = rng.uniform(0.01, 0.99);
      s.y1 = rng.uniform(1.0, 1.5);
      s.y2 = rng.uniform(-0.5, 0.0);
    }
  }
  if (kase == 2) rng.shuffle(a.segments);
}
}  // namespace problem
