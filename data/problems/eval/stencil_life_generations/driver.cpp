#include "pf_problem.hpp"

namespace problem {
// case 0: random board (35% alive), 36 generations (the timing input); case 1: one generation
// of a random board; case 2: empty board (stays empty); case 3: full board (the corners survive
// the first generation, then everything dies); case 4: blinkers and blocks (still lifes and
// oscillators), 3 generations; case 5: random board, 5 generations, live cells on the border.
const int kNumCases = 6;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.n = n;
  const std::size_t nn = n * n;
  a.board.assign(nn, 0);
  a.generations = 36;
  switch (kase) {
    case 1:
      for (auto& c : a.board) c = rng.coin(0.35);
      a.generations = 1;
      break;
    case 2:
      a.generations = 2;
      break;
    case 3:
      a.board.assign(nn, 1);
      a.generations = static_cast<int>(rng.uniform_int(1, 2));
      break;
    case 4:
      for (std::size_t i = 1; i + 1 < n; i += 5)
        for (std::size_t j = 1; j + 2 < n; j += 6) {
          if ((i / 5 + j / 6) % 2) {
            a.board[i * n + j] = a.board[i * n + j + 1] = a.board[i * n + j + 2] = 1;  // blinker
          } else if (i + 1 < n) {
            a.board[i * n + j] = a.board[i * n + j + 1] = 1;  // block
            a.board[(i + 1) * n + j] = a.board[(i + 1) * n + j + 1] = 1;
          }
        }
      a.generations = 3;
      break;
    case 5:
      for (auto& c : a.board) c = rng.coin(0.5);
      for (std::size_t i = 0; i < n; ++i) a.board[i] = a.board[(n - 1) * n + i] = a.board[i * n] = 1;
      a.generations = 5;
      break;
    default:
      for (auto& c : a.board) c = rng.coin(0.35);
  }
}
}  // namespace problem
