#include "pf_problem.hpp"

#include <cstddef>

namespace problem {
// Ids are a random permutation of 0..n-1. case 0: about 8 orders per customer, amounts in
// cents, so equal (customer, amount) pairs occur (the timing input); case 1: one customer, two
// amounts (the id decides most of the order); case 2: every order its own customer, listed in
// descending customer order; case 3: a few customers, amounts with many ties.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  std::vector<int> ids(n);
  for (std::size_t i = 0; i < n; ++i) ids[i] = static_cast<int>(i);
  rng.shuffle(ids);
  a.orders.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    Order& o = a.orders[i];
    o.id = ids[i];
    switch (kase) {
      case 1:
        o.customer = 42;
        o.amount = rng.coin() ? 10.0 : 2.5;
        break;
      case 2:
        o.customer = static_cast<int>(n - i) * 2;
        o.amount = static_cast<double>(rng.uniform_int(0, 1000)) / 8.0;
        break;
      case 3:
        o.customer = static_cast<int>(rng.uniform_int(-3, 3));
        o.amount = static_cast<double>(rng.uniform_int(0, 4)) * 0.5;
        break;
      default:
        o.customer = static_cast<int>(rng.uniform_int(0, static_cast<std::int64_t>(n / 8)));
        o.amount = static_cast<double>(rng.uniform_int(0, 2000)) / 100.0;
        break;
    }
  }
}

// Fast elementwise comparison: the default check formats a name string for every element,
// which dominates the timed runs at large sizes. The first mismatch is reported as usual.
template <class T>
static bool same_vector(const char* name, const std::vector<T>& e, const std::vector<T>& g, const pf::Tolerance& tol,
                        std::string& why) {
  if (e.size() != g.size()) return pf::compare(name, e, g, tol, why);
  std::size_t i = 0;
  if constexpr (std::is_floating_point_v<T>) {
    while (i < e.size() && pf::close(e[i], g[i], tol)) ++i;
  } else {
    while (i < e.size() && e[i] == g[i]) ++i;
  }
  if (i == e.size()) return true;
  return pf::compare(std::string(name) + "[" + std::to_string(i) + "]", e[i], g[i], tol, why);
}

bool check(const Args& input, const Args& expected, const Args& got, const pf::Tolerance& tol, std::string& why) {
  (void)input;
  return same_vector("orders", expected.orders, got.orders, tol, why);
}
}  // namespace problem
