#include "pf_problem.hpp"

namespace problem {
// n = number of ids. case 0: numIds = 20, skewed ids (half uniform, half among the first 4;
// timing input); case 1: a single id repeated (one nonzero count); case 2: numIds larger than n,
// ids spread out (many zero counts, the last id always present); case 3: numIds = 1.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.numIds = kase == 0 ? 20 : kase == 1 ? static_cast<std::size_t>(rng.uniform_int(1, 1000))
           : kase == 2 ? 2 * n + 5 : 1;
  const std::uint64_t m = a.numIds;
  int fixed = static_cast<int>(rng.uniform_int(0, static_cast<std::int64_t>(m) - 1));
  a.ids.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t r = rng.next();
    int id;
    if (kase == 0) id = (r >> 63) ? static_cast<int>(r & 3) : static_cast<int>(((r & 0xffffffffULL) * m) >> 32);
    else if (kase == 1) id = fixed;
    else id = static_cast<int>(((r & 0xffffffffULL) * m) >> 32);
    a.ids[i] = id;
  }
  if (kase == 2 && n > 0) a.ids[rng.uniform_int(0, static_cast<std::int64_t>(n) - 1)] = static_cast<int>(m - 1);
  a.counts.assign(a.numIds, 2468);  // an untouched output fails
}
}  // namespace problem
