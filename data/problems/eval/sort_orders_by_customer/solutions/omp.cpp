#include <algorithm>

void sortOrders(std::vector<Order>& orders) {
  auto less = [](const Order& a, const Order& b) {
    if (a.customer != b.customer) return a.customer < b.customer;
    if (a.amount != b.amount) return a.amount > b.amount;
    return a.id < b.id;
  };
  const std::size_t n = orders.size();
  // Sort one contiguous chunk per thread, then merge the chunks pairwise.
  const int chunks = std::max(1, std::min<int>(omp_get_max_threads(), static_cast<int>(n / 64) + 1));
  std::vector<std::size_t> bound(chunks + 1);
  for (int c = 0; c <= chunks; ++c) bound[c] = n * c / chunks;
  #pragma omp parallel for schedule(static, 1)
  for (int c = 0; c < chunks; ++c) std::sort(orders.begin() + bound[c], orders.begin() + bound[c + 1], less);
  if (chunks == 1) return;
  std::vector<Order> tmp(n);
  for (int width = 1; width < chunks; width *= 2) {
    #pragma omp parallel for schedule(static, 1)
    for (int c = 0; c < chunks; c += 2 * width) {
      std::size_t lo = bound[c], mid = bound[std::min(c + width, chunks)], hi = bound[std::min(c + 2 * width, chunks)];
      std::merge(orders.begin() + lo, orders.begin() + mid, orders.begin() + mid, orders.begin() + hi, tmp.begin() + lo, less);
    }
    orders.swap(tmp);
  }
}
