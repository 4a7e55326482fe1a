#include <atomic>
#include <string_view>

long long findPattern(std::string const& text, std::string const& pattern) {
  const std::size_t n = text.size(), m = pattern.size();
  if (m > n) return -1;
  const std::size_t starts = n - m + 1;  // candidate start positions
  const std::size_t block = 1 << 16;
  const long long numBlocks = static_cast<long long>((starts + block - 1) / block);
  const std::string_view all(text);
  std::atomic<std::size_t> found{starts};  // smallest start found so far
  // Blocks of start positions are handed out in order; blocks after a found match are skipped.
  #pragma omp parallel for schedule(dynamic, 1)
  for (long long b = 0; b < numBlocks; ++b) {
    const std::size_t begin = static_cast<std::size_t>(b) * block;
    if (begin >= found.load(std::memory_order_relaxed)) continue;
    const std::size_t end = begin + block < starts ? begin + block : starts;
    // Search only the text that the starts [begin, end) can cover.
    const std::size_t hit = all.substr(begin, end - begin + m - 1).find(pattern);
    if (hit != std::string_view::npos) {
      const std::size_t i = begin + hit;
      std::size_t current = found.load();
      while (i < current && !found.compare_exchange_weak(current, i)) {
      }
    }
  }
  const std::size_t f = found.load();
  return f == starts ? -1 : static_cast<long long>(f);
}
