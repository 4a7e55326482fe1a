#include <algorithm>

void sortOrders(std::vector<Order>& orders) {
  std::sort(orders.begin(), orders.end(), [](const Order& a, const Order& b) {
    if (a.customer != b.customer) return a.customer < b.customer;
    if (a.amount != b.amount) return a.amount > b.amount;
    return a.id < b.id;
  });
}
