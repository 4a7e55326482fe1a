#include "pf_problem.hpp"

namespace problem {
// case 0: random cells, rule 110, 50 generations (the timing input); case 1: rule 0 (all
// die); case 2: rule 255 (all live); case 3: a single live cell under rule 90, 3 generations;
// case 4: rule 170 (every cell copies its right neighbour: the pattern rotates across the wrap);
// case 5: random cells and a random rule, 5 generations.
const int kNumCases = 6;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.cells.resize(n);
  for (auto& c : a.cells) c = rng.coin(0.5);
  a.rule = 110;
  a.steps = 50;
  if (kase == 1) {
    a.rule = 0;
    a.steps = 1;
  } else if (kase == 2) {
    a.rule = 255;
    a.steps = 2;
  } else if (kase == 3) {
    a.cells.assign(n, 0);
    if (n) a.cells[n / 2] = 1;
    a.rule = 90;
    a.steps = 3;
  } else if (kase == 4) {
    a.rule = 170;
    a.steps = 3;
  } else if (kase == 5) {
    a.rule = static_cast<int>(rng.uniform_int(0, 255));
    a.steps = 5;
  }
}
}  // namespace problem
