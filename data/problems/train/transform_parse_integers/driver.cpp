#include "pf_problem.hpp"

namespace problem {
static std::string digits(pf::Rng& rng, int len) {
  std::string s(static_cast<std::size_t>(len), '0');
  for (char& c : s) c = static_cast<char>('0' + rng.uniform_int(0, 9));
  return s;
}

// case 0: values of up to 10 digits, either sign (the timing input); case 1: 18-digit values
// (the extremes of the format); case 2: zeros, "-0" and leading zeros; case 3: single digits.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.text.resize(n);
  a.values.assign(n, -1234567);  // a correct function overwrites every entry
  for (auto& s : a.text) {
    bool neg = rng.coin();
    switch (kase) {
      case 1: s = digits(rng, 18); break;
      case 2: s = rng.coin() ? std::string(static_cast<std::size_t>(rng.uniform_int(1, 5)), '0') + digits(rng, 2) : "0"; break;
      case 3: s = digits(rng, 1); break;
      default: s = std::to_string(rng.uniform_int(0, 9999999999LL)); break;
    }
    if (neg) s = "-" + s;
  }
}
}  // namespace problem
