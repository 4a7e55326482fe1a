#include "pf_problem.hpp"

namespace problem {
// Background values lie in [threshold - 1000, threshold) (never above). Then, by case:
// case 0: the first element above lies in [0.85 n, 0.9 n), more follow (the timing input);
// case 1: no element above (answer n), several elements equal to the threshold;
// case 2: element 0 is above, and more follow; case 3: only the last element is above;
// case 4: an element equal to the threshold, then the first element above at a random later place.
const int kNumCases = 5;

namespace {
std::size_t pick(pf::Rng& rng, std::size_t lo, std::size_t hi) {  // in [lo, hi)
  return hi > lo ? lo + static_cast<std::size_t>(rng.next() % (hi - lo)) : lo;
}
}  // namespace

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  const double t = rng.uniform(-50.0, 50.0);
  a.threshold = t;
  a.x.resize(n);
  for (std::size_t i = 0; i < n; ++i) a.x[i] = t - 1000.0 + 1000.0 * rng.uniform();
  for (std::size_t i = 0; i < n; ++i)
    if (!(a.x[i] < t)) a.x[i] = t - 1.0;  // rounding could land exactly on t
  if (n == 0) return;
  auto above = [&] { return t + rng.uniform(1e-9, 100.0); };
  switch (kase) {
    case 0: {
      std::size_t first = pick(rng, n * 85 / 100, n * 9 / 10);
      if (first >= n) first = n - 1;
      a.x[first] = above();
      for (int k = 0; k < 3; ++k) a.x[pick(rng, first, n)] = above();
      break;
    }
    case 1:
      for (int k = 0; k < 3; ++k) a.x[pick(rng, 0, n)] = t;
      break;
    case 2:
      a.x[0] = above();
      for (int k = 0; k < 3; ++k) a.x[pick(rng, 0, n)] = above();
      break;
    case 3: a.x[n - 1] = above(); break;
    default: {
      std::size_t eq = pick(rng, 0, n);
      a.x[eq] = t;
      if (eq + 1 < n) a.x[pick(rng, eq + 1, n)] = above();
      break;
    }
  }
}
}  // namespace problem
