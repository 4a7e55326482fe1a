#include "pf_problem.hpp"

#include <algorithm>
#include <cmath>

namespace problem {
// case 0: random points in the square [-1, 1)^2 (the timing input);
// case 1: many exact magnitude ties (lattice points on a few circles: (3,4), (-5,0), (0,5)...);
// case 2: reverse-sorted by magnitude; case 3: magnitudes spanning 1e-100..1e100 with zeros.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  if (kase == 1) {
    // Pythagorean lattice points: magnitudes 5, 10, 13 and 25 each reached by several numbers.
    static const double pts[][2] = {{3, 4}, {4, 3}, {5, 0}, {0, 5}, {6, 8}, {8, 6}, {10, 0},
                                    {5, 12}, {12, 5}, {13, 0}, {7, 24}, {24, 7}, {15, 20}, {0, 25}};
    for (auto& z : a.x) {
      const double* p = pts[rng.uniform_int(0, 13)];
      double re = rng.coin() ? p[0] : -p[0], im = rng.coin() ? p[1] : -p[1];
      if (rng.coin()) std::swap(re, im);
      z = {re, im};
    }
  } else if (kase == 2) {
    for (std::size_t i = 0; i < n; ++i) {
      double r = static_cast<double>(n - i) + rng.uniform(0.0, 0.5), t = rng.uniform(0.0, 6.283185307179586);
      a.x[i] = std::polar(r, t);
    }
  } else if (kase == 3) {
    for (auto& z : a.x) {
      if (rng.coin(0.1)) { z = {0.0, 0.0}; continue; }
      double r = std::pow(10.0, rng.uniform(-100.0, 100.0)), t = rng.uniform(0.0, 6.283185307179586);
      z = std::polar(r, t);
    }
  } else {
    for (auto& z : a.x) z = {rng.uniform(-1.0, 1.0), rng.uniform(-1.0, 1.0)};
  }
}

static bool lex_less(const std::complex<double>& p, const std::complex<double>& q) {
  return p.real() < q.real() || (p.real() == q.real() && p.imag() < q.imag());
}

bool check(const Args& input, const Args& expected, const Args& got, const pf::Tolerance& tol, std::string& why) {
  (void)expected;
  const auto& g = got.x;
  if (g.size() != input.x.size()) {
    why = "x: expected size " + std::to_string(input.x.size()) + ", got size " + std::to_string(g.size());
    return false;
  }
  for (std::size_t i = 0; i + 1 < g.size(); ++i) {
    double m0 = std::abs(g[i]), m1 = std::abs(g[i + 1]);
    if (!(m0 <= m1 * (1.0 + tol.rel) + tol.abs)) {
      why = "x: not sorted by magnitude at index " + std::to_string(i) + " (|x[i]| = " + pf::to_text(m0) +
            " > |x[i+1]| = " + pf::to_text(m1) + ")";
      return false;
    }
  }
  std::vector<std::complex<double>> a = input.x, b = g;
  std::sort(a.begin(), a.end(), lex_less);
  std::sort(b.begin(), b.end(), lex_less);
  if (a != b) {
    why = "x: the result is not a permutation of the input";
    return false;
  }
  return true;
}
}  // namespace problem
