#include "pf_problem.hpp"

namespace problem {
// Sensors 0..63; the searched sensor's background values are at most the limit (some equal it),
// other sensors' values go well above it (a candidate that ignores the sensor fails). By case:
// case 0: one match in [0.10 n, 0.15 n) and none after it (the timing input: a backward scan
//         covers most of the log); case 1: no match (-1);
// case 2: the only match is element 0; case 3: the last element matches, and earlier ones do too;
// case 4: several matches at random places.
const int kNumCases = 5;

namespace {
std::size_t pick(pf::Rng& rng, std::size_t lo, std::size_t hi) {  // in [lo, hi)
  return hi > lo ? lo + static_cast<std::size_t>(rng.next() % (hi - lo)) : lo;
}
}  // namespace

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.sensor = static_cast<int>(rng.uniform_int(0, 63));
  a.limit = rng.uniform(10.0, 20.0);
  a.readings.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t r = rng.next();
    Reading& rd = a.readings[i];
    rd.sensor = static_cast<int>(r & 63);
    double u = static_cast<double>(r >> 11) * (1.0 / 9007199254740992.0);
    if (rd.sensor == a.sensor)
      rd.value = (r & 0x700) == 0 ? a.limit : a.limit * u;  // never above the limit
    else
      rd.value = 2.0 * a.limit * u;
  }
  if (n == 0) return;
  auto plant = [&](std::size_t i) { a.readings[i] = Reading{a.sensor, a.limit + rng.uniform(1e-6, 5.0)}; };
  switch (kase) {
    case 0: plant(pick(rng, n / 10, n * 15 / 100)); break;
    case 1: break;
    case 2: plant(0); break;
    case 3:
      plant(pick(rng, 0, n));
      plant(n - 1);
      break;
    default:
      for (int k = 0; k < 4; ++k) plant(pick(rng, 0, n));
      break;
  }
}
}  // namespace problem
