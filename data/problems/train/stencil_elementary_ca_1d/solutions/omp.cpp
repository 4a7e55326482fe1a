#include <utility>
void elementaryCA(std::vector<uint8_t>& cells, int rule, int steps) {
  const std::size_t n = cells.size();
  if (n == 0 || steps <= 0) return;
  uint8_t table[8];
  for (int p = 0; p < 8; ++p) table[p] = static_cast<uint8_t>((rule >> p) & 1);
  std::vector<uint8_t> next(n);
  uint8_t* c = cells.data();
  uint8_t* o = next.data();
  const long last = static_cast<long>(n) - 1;
  #pragma omp parallel
  {
    uint8_t tbl[8];  // private copies: uint8_t stores could alias shared data
    for (int p = 0; p < 8; ++p) tbl[p] = table[p];
    for (int s = 0; s < steps; ++s) {
      const uint8_t* cc = c;
      uint8_t* oo = o;
      #pragma omp single nowait
      {
        if (n == 1) {
          o[0] = table[7 * c[0]];
        } else {
          o[0] = table[4 * c[last] + 2 * c[0] + c[1]];
          o[last] = table[4 * c[last - 1] + 2 * c[last] + c[0]];
        }
      }
      #pragma omp for schedule(static)
      for (long i = 1; i < last; ++i) oo[i] = tbl[4 * cc[i - 1] + 2 * cc[i] + cc[i + 1]];
      #pragma omp single
      std::swap(c, o);  // the barrier after single publishes the swap
    }
  }
  if (c != cells.data()) cells.swap(next);
}
