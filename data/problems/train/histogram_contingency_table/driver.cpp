#include "pf_problem.hpp"

namespace problem {
// n = number of observations. case 0: independent uniform labels, 6 x 10 categories (timing
// input); case 1: random small table, the column equal to a function of the row (most cells
// empty); case 2: every observation in one random cell; case 3: a 1 x k or k x 1 table.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  if (kase == 0) {
    a.numRows = 6;
    a.numCols = 10;
  } else if (kase == 3) {
    bool oneRow = rng.coin();
    a.numRows = oneRow ? 1 : static_cast<int>(rng.uniform_int(2, 9));
    a.numCols = oneRow ? static_cast<int>(rng.uniform_int(2, 9)) : 1;
  } else {
    a.numRows = static_cast<int>(rng.uniform_int(2, 8));
    a.numCols = static_cast<int>(rng.uniform_int(2, 8));
  }
  a.rowLabels.resize(n);
  a.colLabels.resize(n);
  int fr = static_cast<int>(rng.uniform_int(0, a.numRows - 1)), fc = static_cast<int>(rng.uniform_int(0, a.numCols - 1));
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t r = rng.next();
    int row = static_cast<int>(((r & 0xffffffffULL) * static_cast<std::uint64_t>(a.numRows)) >> 32);
    int col = static_cast<int>(((r >> 32) * static_cast<std::uint64_t>(a.numCols)) >> 32);
    if (kase == 1) col = (row * 7 + 3) % a.numCols;
    if (kase == 2) row = fr, col = fc;
    a.rowLabels[i] = row;
    a.colLabels[i] = col;
  }
  a.table.assign(static_cast<std::size_t>(a.numRows) * a.numCols, 777);  // an untouched output fails
}
}  // namespace problem
