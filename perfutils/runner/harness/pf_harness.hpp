// pf_harness.hpp: what every problem driver may use (random inputs, comparison with tolerance).
//
// A driver includes the generated "pf_problem.hpp", which includes this file. Drivers contain
// only problem logic: how to make inputs for (size, rng, case) and, where the default output
// comparison is not right (several valid answers), how to check an answer.
// See data/problems/README.md for the contract.
#pragma once

#include <cmath>
#include <complex>
#include <cstdint>
#include <cstring>
#include <sstream>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace pf {

// Storage type of an argument: `std::vector<double> const&` is stored as `std::vector<double>`.
template <class T>
using storage_t = std::remove_cv_t<std::remove_reference_t<T>>;

struct Tolerance {
  double rel = 0.0;  // |got - expected| <= abs + rel * |expected|
  double abs = 0.0;
};

// SplitMix64: tiny, fast, and identical on every platform (unlike std::uniform_*_distribution,
// whose output differs between standard libraries), so a (size, seed, case) input is the same
// everywhere.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // Uniform integer in [lo, hi] (inclusive).
  std::int64_t uniform_int(std::int64_t lo, std::int64_t hi) {
    std::uint64_t span = static_cast<std::uint64_t>(hi - lo) + 1;
    if (span == 0) return static_cast<std::int64_t>(next());
    return lo + static_cast<std::int64_t>(next() % span);
  }
  // Uniform double in [lo, hi).
  double uniform(double lo = 0.0, double hi = 1.0) {
    return lo + (hi - lo) * (static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0));
  }
  double normal() {
    double u1 = uniform(1e-300, 1.0), u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
  }
  bool coin(double p_true = 0.5) { return uniform() < p_true; }
  template <class T>
  std::vector<T> uniform_vector(std::size_t n, double lo, double hi) {
    std::vector<T> v(n);
    for (auto& x : v) {
      if constexpr (std::is_integral_v<T>)
        x = static_cast<T>(uniform_int(static_cast<std::int64_t>(lo), static_cast<std::int64_t>(hi)));
      else
        x = static_cast<T>(uniform(lo, hi));
    }
    return v;
  }
  template <class T>
  void shuffle(std::vector<T>& v) {
    for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[next() % i]);
  }

 private:
  std::uint64_t state_;
};

inline std::uint64_t mix_seed(std::uint64_t a, std::uint64_t b) {
  Rng r(a ^ (b * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL));
  r.next();
  return r.next();
}

template <class T>
std::string to_text(const T& v) {
  std::ostringstream os;
  os.precision(17);
  if constexpr (std::is_same_v<T, bool>) {
    os << (v ? "true" : "false");
  } else if constexpr (std::is_arithmetic_v<T>) {
    os << +v;
  } else {
    os << "<value>";
  }
  return os.str();
}

// ---- compare: does `got` match `expected` within tolerance? On mismatch, `why` says where. ----

template <class T>
bool compare(const std::string& name, const T& expected, const T& got, const Tolerance& tol, std::string& why);

inline bool close(double expected, double got, const Tolerance& tol) {
  if (std::isnan(expected) || std::isnan(got)) return std::isnan(expected) && std::isnan(got);
  if (std::isinf(expected) || std::isinf(got)) return expected == got;
  return std::fabs(got - expected) <= tol.abs + tol.rel * std::fabs(expected);
}

template <class T>
struct is_vector : std::false_type {};
template <class T, class A>
struct is_vector<std::vector<T, A>> : std::true_type {};
template <class T>
struct is_complex : std::false_type {};
template <class T>
struct is_complex<std::complex<T>> : std::true_type {};
template <class T>
struct is_pair : std::false_type {};
template <class A, class B>
struct is_pair<std::pair<A, B>> : std::true_type {};

// within: compare's verdict without its message. The hot path: a timed output of millions of
// elements is checked on every repetition, and building a name per element costs more than the
// kernel being timed. compare() builds names only once a mismatch is known.
template <class T>
bool within(const T& expected, const T& got, const Tolerance& tol) {
  if constexpr (std::is_floating_point_v<T>) {
    return close(static_cast<double>(expected), static_cast<double>(got), tol);
  } else if constexpr (std::is_arithmetic_v<T> || std::is_enum_v<T>) {
    return expected == got;
  } else if constexpr (is_complex<T>::value) {
    return within(expected.real(), got.real(), tol) && within(expected.imag(), got.imag(), tol);
  } else if constexpr (is_pair<T>::value) {
    return within(expected.first, got.first, tol) && within(expected.second, got.second, tol);
  } else if constexpr (is_vector<T>::value) {
    if (expected.size() != got.size()) return false;
    for (std::size_t i = 0; i < expected.size(); ++i) {
      if constexpr (std::is_same_v<typename T::value_type, bool>) {
        if (bool(expected[i]) != bool(got[i])) return false;
      } else if (!within(expected[i], got[i], tol)) {
        return false;
      }
    }
    return true;
  } else {
    return expected == got;
  }
}

template <class T>
bool compare(const std::string& name, const T& expected, const T& got, const Tolerance& tol, std::string& why) {
  if constexpr (std::is_floating_point_v<T>) {
    if (close(static_cast<double>(expected), static_cast<double>(got), tol)) return true;
    why = name + ": expected " + to_text(expected) + ", got " + to_text(got);
    return false;
  } else if constexpr (std::is_arithmetic_v<T> || std::is_enum_v<T>) {
    if (expected == got) return true;
    if constexpr (std::is_arithmetic_v<T>)
      why = name + ": expected " + to_text(expected) + ", got " + to_text(got);
    else
      why = name + ": wrong value";
    return false;
  } else if constexpr (is_complex<T>::value) {
    return compare(name + ".real", expected.real(), got.real(), tol, why) &&
           compare(name + ".imag", expected.imag(), got.imag(), tol, why);
  } else if constexpr (is_pair<T>::value) {
    return compare(name + ".first", expected.first, got.first, tol, why) &&
           compare(name + ".second", expected.second, got.second, tol, why);
  } else if constexpr (is_vector<T>::value) {
    if (within(expected, got, tol)) return true;
    if (expected.size() != got.size()) {
      why = name + ": expected size " + std::to_string(expected.size()) + ", got size " + std::to_string(got.size());
      return false;
    }
    for (std::size_t i = 0; i < expected.size(); ++i) {
      if constexpr (std::is_same_v<typename T::value_type, bool>) {
        if (bool(expected[i]) != bool(got[i])) {
          why = name + "[" + std::to_string(i) + "]: expected " + to_text(bool(expected[i])) + ", got " + to_text(bool(got[i]));
          return false;
        }
      } else if (!compare(name + "[" + std::to_string(i) + "]", expected[i], got[i], tol, why)) {
        return false;
      }
    }
    return true;
  } else {
    // Structs declared in the problem's `types`: they must define operator== (exact), or the
    // driver defines a custom check.
    if (expected == got) return true;
    why = name + ": value differs";
    return false;
  }
}

// ---- same: exact equality (bitwise for floating point), to detect writes into inputs. ----
template <class T>
bool same(const T& a, const T& b) {
  if constexpr (std::is_floating_point_v<T>) {
    return std::memcmp(&a, &b, sizeof(T)) == 0;
  } else if constexpr (std::is_arithmetic_v<T> || std::is_enum_v<T>) {
    return a == b;
  } else if constexpr (is_complex<T>::value) {
    return same(a.real(), b.real()) && same(a.imag(), b.imag());
  } else if constexpr (is_pair<T>::value) {
    return same(a.first, b.first) && same(a.second, b.second);
  } else if constexpr (is_vector<T>::value) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      if constexpr (std::is_same_v<typename T::value_type, bool>) {
        if (bool(a[i]) != bool(b[i])) return false;
      } else if (!same(a[i], b[i])) {
        return false;
      }
    }
    return true;
  } else {
    return a == b;
  }
}

}  // namespace pf
