#include <algorithm>

void sortOrders(std::vector<Order>& orders) {
  // Least significant key first; each stable pass keeps the order of the previous one.
  std::stable_sort(orders.begin(), orders.end(), [](const Order& a, const Order& b) { return a.id < b.id; });
  std::stable_sort(orders.begin(), orders.end(), [](const Order& a, const Order& b) { return a.amount > b.amount; });
  std::stable_sort(orders.begin(), orders.end(), [](const Order& a, const Order& b) { return a.customer < b.customer; });
}
