#include "pf_problem.hpp"

namespace problem {
// n = text length. case 0: text-like mix (letters, spaces, digits, punctuation, newlines, a few
// other bytes; timing input); case 1: uniform random bytes 0..255 (every class, including bytes
// >= 128 and control characters); case 2: a single class chosen at random (the other four
// counts 0); case 3: only the class-boundary characters ('/', '0', '9', ':', '@', 'A', 'Z', '[',
// '`', 'a', 'z', '{', '~', 127, 32, 31, 9, 10, 11, 13, 33).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  static const char kPunct[] = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
  static const unsigned char kEdges[] = {'/', '0', '9', ':', '@', 'A', 'Z', '[', '`', 'a', 'z', '{', '~', 127, 32, 31, 9, 10, 11, 13, 33};
  a.text.resize(n);
  int cls = static_cast<int>(rng.uniform_int(0, 4));
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t r = rng.next();
    unsigned u = static_cast<unsigned>(r & 0xffff), v = static_cast<unsigned>(r >> 16);
    int c;
    int k = kase == 0 ? (u < 44000 ? 0 : u < 48000 ? 1 : u < 58000 ? 2 : u < 65000 ? 3 : 4) : cls;
    if (kase == 1) {
      c = static_cast<int>(r & 255);
    } else if (kase == 3) {
      c = kEdges[v % sizeof kEdges];
    } else if (k == 0) {
      c = (v % 52) < 26 ? 'a' + static_cast<int>(v % 26) : 'A' + static_cast<int>(v % 26);
    } else if (k == 1) {
      c = '0' + static_cast<int>(v % 10);
    } else if (k == 2) {
      c = (v % 10) < 8 ? ' ' : (v % 10) == 8 ? '\n' : '\t';
    } else if (k == 3) {
      c = kPunct[v % (sizeof kPunct - 1)];
    } else {
      c = (v & 1) ? static_cast<int>(128 + (v >> 1) % 128) : static_cast<int>((v >> 1) % 9);
    }
    a.text[i] = static_cast<char>(c);
  }
  a.counts.assign(5, 99999);  // an untouched output fails
}
}  // namespace problem
