#include "pf_problem.hpp"

namespace problem {
// case 0: random noise (the timing input); case 1: silence (all-zero spectrogram);
// case 2: a sinusoid at the centre of a random bin plus small noise (one dominant peak per
// frame); case 3: constant signal (only bins 0 and 1 are nonzero).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  const double pi = 3.14159265358979323846;
  if (kase == 1) {
    a.signal.assign(n, 0.0);
  } else if (kase == 2) {
    a.signal.resize(n);
    const double bin = static_cast<double>(rng.uniform_int(0, 128));
    const double phase = rng.uniform(0.0, 2 * pi);
    for (std::size_t i = 0; i < n; ++i)
      a.signal[i] = 3.0 * std::cos(2 * pi * bin * static_cast<double>(i) / 256.0 + phase) + 0.01 * rng.uniform(-1.0, 1.0);
  } else if (kase == 3) {
    a.signal.assign(n, -1.5);
  } else {
    a.signal = rng.uniform_vector<double>(n, -1.0, 1.0);
  }
  const std::size_t frames = n >= 256 ? (n - 256) / 128 + 1 : 0;
  a.spec.assign(frames * 129, -1.0);
}
}  // namespace problem
