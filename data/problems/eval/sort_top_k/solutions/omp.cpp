#include <algorithm>
#include <functional>

std::vector<int> topK(std::vector<int> const& x, std::size_t k) {
  const std::size_t n = x.size();
  const int chunks = std::max(1, std::min<int>(omp_get_max_threads(), static_cast<int>(n / 64) + 1));
  std::vector<std::vector<int>> best(chunks);
  // Each chunk selects its own k largest; the global k largest are among them.
  #pragma omp parallel for schedule(static, 1)
  for (int c = 0; c < chunks; ++c) {
    std::vector<int> v(x.begin() + n * c / chunks, x.begin() + n * (c + 1) / chunks);
    if (k < v.size()) {
      std::nth_element(v.begin(), v.begin() + k, v.end(), std::greater<int>());
      v.resize(k);
    }
    best[c] = std::move(v);
  }
  std::vector<int> cand;
  if (chunks == 1) {
    cand = std::move(best[0]);
  } else {
    for (auto& b : best) cand.insert(cand.end(), b.begin(), b.end());
    if (k < cand.size()) std::nth_element(cand.begin(), cand.begin() + k, cand.end(), std::greater<int>());
  }
  cand.resize(k);
  std::sort(cand.begin(), cand.end(), std::greater<int>());
  return cand;
}
