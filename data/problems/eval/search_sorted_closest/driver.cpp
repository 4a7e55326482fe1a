#include "pf_problem.hpp"

#include <cmath>

namespace problem {
// n = size of sorted = number of queries. sorted is built from random gaps (O(n), no sort).
// case 0: gaps in [0, 2), queries uniform over the covered range (the timing input);
// case 1: half the queries below every element (answer 0), half above (answer n - 1);
// case 2: many duplicates in sorted (gap 0 with probability 0.4), queries equal to elements;
// case 3: queries exactly halfway between neighbours (ties: either neighbour is right).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.sorted.resize(n);
  double v = rng.uniform(-100.0, 100.0);
  for (std::size_t i = 0; i < n; ++i) {
    double gap;
    if (kase == 2) gap = rng.coin(0.4) ? 0.0 : static_cast<double>(rng.uniform_int(1, 8)) * 0.25;
    else if (kase == 3) gap = static_cast<double>(rng.uniform_int(1, 64)) * 0.125;
    else gap = 2.0 * rng.uniform();
    v += gap;
    a.sorted[i] = v;
  }
  a.queries.resize(n);
  const double lo = n ? a.sorted.front() : 0.0, hi = n ? a.sorted.back() : 0.0;
  for (std::size_t j = 0; j < n; ++j) {
    switch (kase) {
      case 0: a.queries[j] = rng.uniform(lo - 1.0, hi + 1.0); break;
      case 1: a.queries[j] = rng.coin() ? lo - rng.uniform(0.0, 50.0) : hi + rng.uniform(0.0, 50.0); break;
      case 2: a.queries[j] = a.sorted[rng.next() % n]; break;
      default: {
        std::size_t i = rng.next() % n;
        a.queries[j] = i + 1 < n ? 0.5 * (a.sorted[i] + a.sorted[i + 1]) : a.sorted[i];
        break;
      }
    }
  }
  // An untouched output holds an impossible index.
  a.out.assign(n, static_cast<size_t>(n + 3));
}

bool check(const Args& input, const Args& expected, const Args& got, const pf::Tolerance&, std::string& why) {
  if (got.out.size() != expected.out.size()) {
    why = "out: expected size " + std::to_string(expected.out.size()) + ", got size " + std::to_string(got.out.size());
    return false;
  }
  const std::size_t n = input.sorted.size();
  for (std::size_t j = 0; j < got.out.size(); ++j) {
    const double q = input.queries[j];
    if (got.out[j] >= n) {
      why = "out[" + std::to_string(j) + "]: index " + std::to_string(got.out[j]) + " is out of range";
      return false;
    }
    const double best = std::fabs(input.sorted[expected.out[j]] - q);
    const double mine = std::fabs(input.sorted[got.out[j]] - q);
    if (mine > best * (1.0 + 1e-12) + 1e-12) {
      why = "out[" + std::to_string(j) + "]: index " + std::to_string(got.out[j]) + " is at distance " +
            pf::to_text(mine) + " but index " + std::to_string(expected.out[j]) + " is at distance " + pf::to_text(best);
      return false;
    }
  }
  return true;
}
}  // namespace problem
