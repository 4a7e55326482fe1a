#include <algorithm>
#include <vector>

long long matchingBracket(std::string const& s, size_t open) {
  const std::size_t n = s.size();
  const std::size_t block = 1 << 16;
  // Rounds of one block per thread: each thread summarizes its block (net depth change and the
  // lowest depth reached inside it), then one thread walks the summaries in order; the block in
  // which the depth first returns to 0 is scanned for the exact index.
  std::vector<long long> net, low;
  long long depth = 1;  // after the opening bracket
  long long result = -1;
  bool done = false;
  #pragma omp parallel
  {
    const int nt = omp_get_num_threads();
    const int t = omp_get_thread_num();
    #pragma omp single
    {
      net.assign(nt, 0);
      low.assign(nt, 0);
    }
    for (std::size_t roundStart = open + 1; roundStart < n; roundStart += block * nt) {
      const std::size_t b0 = roundStart + block * t, b1 = std::min(n, b0 + block);
      long long d = 0, m = 0;
      for (std::size_t i = b0; i < b1; ++i) {
        d += (s[i] == '(') - (s[i] == ')');
        m = std::min(m, d);
      }
      net[t] = d;
      low[t] = m;
      #pragma omp barrier
      #pragma omp single
      {
        for (int k = 0; k < nt && !done; ++k) {
          const std::size_t k0 = roundStart + block * k;
          if (k0 >= n) break;
          if (depth + low[k] <= 0) {
            // The match is in block k.
            long long dd = depth;
            for (std::size_t i = k0;; ++i) {
              dd += (s[i] == '(') - (s[i] == ')');
              if (dd == 0) {
                result = static_cast<long long>(i);
                break;
              }
            }
            done = true;
          }
          depth += net[k];
        }
      }
      if (done) break;
    }
  }
  return result;
}
