#include <algorithm>
#include <iterator>

void sortWords(std::vector<std::string>& words) {
  auto less = [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() < b.size() : a < b;
  };
  const std::size_t n = words.size();
  // Sort one contiguous chunk per thread, then merge the chunks pairwise, moving the strings.
  const int chunks = std::max(1, std::min<int>(omp_get_max_threads(), static_cast<int>(n / 64) + 1));
  std::vector<std::size_t> bound(chunks + 1);
  for (int c = 0; c <= chunks; ++c) bound[c] = n * c / chunks;
  #pragma omp parallel for schedule(static, 1)
  for (int c = 0; c < chunks; ++c) std::sort(words.begin() + bound[c], words.begin() + bound[c + 1], less);
  if (chunks == 1) return;
  std::vector<std::string> tmp(n);
  for (int width = 1; width < chunks; width *= 2) {
    #pragma omp parallel for schedule(static, 1)
    for (int c = 0; c < chunks; c += 2 * width) {
      std::size_t lo = bound[c], mid = bound[std::min(c + width, chunks)], hi = bound[std::min(c + 2 * width, chunks)];
      std::merge(std::make_move_iterator(words.begin() + lo), std::make_move_iterator(words.begin() + mid),
                 std::make_move_iterator(words.begin() + mid), std::make_move_iterator(words.begin() + hi),
                 tmp.begin() + lo, less);
    }
    words.swap(tmp);
  }
}
