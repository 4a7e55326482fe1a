#include "pf_problem.hpp"

namespace problem {
// case 0: one candidate (id >= 2) gets about 55% of the votes, the rest are random (the timing input);
// case 1: one candidate gets exactly floor(n/2) votes (not a majority: -1);
// case 2: every vote for the same candidate; case 3: uniformly random votes (-1 for n > 2);
// case 4: a bare majority, floor(n/2) + 1 votes, all at the end.
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  const int winner = static_cast<int>(rng.uniform_int(2, 999));
  a.votes.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t r = rng.next();
    int other = static_cast<int>(r % 1000);
    if (other == winner) other = (winner + 1) % 1000;
    switch (kase) {
      case 0: a.votes[i] = ((r >> 32) % 100) < 55 ? winner : other; break;
      case 1: a.votes[i] = i < n / 2 ? winner : other; break;
      case 2: a.votes[i] = winner; break;
      case 3: a.votes[i] = static_cast<int>(r % 1000); break;
      default: a.votes[i] = i >= n - (n / 2 + 1) ? winner : other; break;
    }
  }
  if (kase == 1 || kase == 0) rng.shuffle(a.votes);
  if (kase == 0 && n > 0) {
    // Guarantee the majority in the timing input regardless of the coin flips.
    std::size_t count = 0;
    for (int v : a.votes) count += v == winner;
    for (std::size_t i = 0; count * 2 <= n && i < n; ++i)
      if (a.votes[i] != winner) {
        a.votes[i] = winner;
        ++count;
      }
  }
}
}  // namespace problem
