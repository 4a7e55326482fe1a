#include "pf_problem.hpp"

namespace problem {
// case 0: random grid and source, 22 iterations (the timing input); case 1: a single iteration;
// case 2: constant grid, zero source (a fixed point: u must stay the same);
// case 3: zero interior with a hot boundary, 7 iterations (odd count: the final buffer matters);
// case 4: zero grid, random source, 2 iterations.
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.n = n;
  const std::size_t nn = n * n;
  a.u = rng.uniform_vector<double>(nn, -1.0, 1.0);
  a.f = rng.uniform_vector<double>(nn, -0.1, 0.1);
  a.iterations = 22;
  if (kase == 1) {
    a.iterations = 1;
  } else if (kase == 2) {
    a.u.assign(nn, 3.25);
    a.f.assign(nn, 0.0);
    a.iterations = 5;
  } else if (kase == 3) {
    a.u.assign(nn, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
      a.u[i] = 1.0;                  // top row
      a.u[i * n] = 2.0;              // left column
    }
    a.f.assign(nn, 0.0);
    a.iterations = 7;
  } else if (kase == 4) {
    a.u.assign(nn, 0.0);
    a.iterations = 2;
  }
}
}  // namespace problem
