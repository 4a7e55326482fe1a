#include <omp.h>
#include <vector>
size_t longestRun(std::vector<int> const& x) {
  const std::size_t n = x.size();
  if (n == 0) return 0;
  // Every thread scans its own block: the run that starts the block (head), the run that ends
  // it (tail) and the longest run inside. Runs crossing blocks are joined afterwards, in order.
  struct Part { std::size_t begin, end, head, tail, best; };
  std::vector<Part> parts(omp_get_max_threads());
  int used = 1;
  #pragma omp parallel
  {
    const std::size_t t = omp_get_thread_num(), nt = omp_get_num_threads();
    #pragma omp single
    used = static_cast<int>(nt);
    const std::size_t begin = n * t / nt, end = n * (t + 1) / nt;
    Part p{begin, end, 0, 0, 0};
    if (begin < end) {
      std::size_t head = 1;
      while (begin + head < end && x[begin + head] == x[begin]) ++head;
      std::size_t run = 1, best = 1;
      for (std::size_t i = begin + 1; i < end; ++i) {
        run = x[i] == x[i - 1] ? run + 1 : 1;
        best = run > best ? run : best;
      }
      p.head = head;
      p.tail = run;
      p.best = best;
    }
    parts[t] = p;
  }
  size_t best = 0, carry = 0;  // carry: length of the run ending at the previous block's end
  for (int t = 0; t < used; ++t) {
    const Part& p = parts[t];
    if (p.begin == p.end) continue;
    bool joins = carry > 0 && x[p.begin] == x[p.begin - 1];
    size_t head = joins ? carry + p.head : p.head;
    best = head > best ? head : best;
    best = p.best > best ? p.best : best;
    bool whole = p.head == p.end - p.begin;  // the block is a single run
    carry = whole ? head : p.tail;
  }
  return best;
}
