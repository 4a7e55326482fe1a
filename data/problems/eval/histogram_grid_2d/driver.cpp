#include "pf_problem.hpp"

namespace problem {
// n = number of points. case 0: uniform points in the unit square, 8 x 32 grid (timing input);
// case 1: random grid, about a third of the points outside the square or on its excluded edge
// (coordinate exactly 1.0 or negative); case 2: every point in one cell; case 3: points exactly on
// cell edges of a power-of-two grid (x * cols is an integer), including 0.0.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.points.resize(n);
  if (kase == 0) {
    a.rows = 8;
    a.cols = 32;
    for (auto& p : a.points) {
      std::uint64_t r = rng.next();
      p.x = static_cast<double>(r & 0xffffffffULL) * (1.0 / 4294967296.0);
      p.y = static_cast<double>(r >> 32) * (1.0 / 4294967296.0);
    }
  } else if (kase == 1) {
    a.rows = static_cast<std::size_t>(rng.uniform_int(1, 9));
    a.cols = static_cast<std::size_t>(rng.uniform_int(1, 9));
    for (auto& p : a.points) {
      p.x = rng.uniform(-0.2, 1.2);
      p.y = rng.uniform(-0.2, 1.2);
      if (rng.coin(0.1)) p.x = 1.0;
      if (rng.coin(0.1)) p.y = 1.0;
    }
  } else if (kase == 2) {
    a.rows = static_cast<std::size_t>(rng.uniform_int(2, 12));
    a.cols = static_cast<std::size_t>(rng.uniform_int(2, 12));
    double r = static_cast<double>(rng.uniform_int(0, static_cast<std::int64_t>(a.rows) - 1));
    double c = static_cast<double>(rng.uniform_int(0, static_cast<std::int64_t>(a.cols) - 1));
    for (auto& p : a.points) {
      p.x = (c + rng.uniform(0.0, 0.999)) / static_cast<double>(a.cols);
      p.y = (r + rng.uniform(0.0, 0.999)) / static_cast<double>(a.rows);
    }
  } else {
    a.rows = std::size_t{1} << rng.uniform_int(0, 4);
    a.cols = std::size_t{1} << rng.uniform_int(0, 4);
    for (auto& p : a.points) {
      p.x = static_cast<double>(rng.uniform_int(0, static_cast<std::int64_t>(a.cols))) / static_cast<double>(a.cols);
      p.y = static_cast<double>(rng.uniform_int(0, static_cast<std::int64_t>(a.rows))) / static_cast<double>(a.rows);
    }
  }
  a.counts.assign(a.rows * a.cols, 31337);  // an untouched output fails
}
}  // namespace problem
