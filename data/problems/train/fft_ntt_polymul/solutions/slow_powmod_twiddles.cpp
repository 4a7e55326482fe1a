#include <utility>

std::vector<uint32_t> polyMultiplyMod(std::vector<uint32_t> const& a, std::vector<uint32_t> const& b) {
  constexpr uint64_t MOD = 998244353;
  auto modpow = [](uint64_t b, uint64_t e) {
    uint64_t r = 1;
    b %= MOD;
    while (e > 0) {
      if (e & 1) r = r * b % MOD;
      b = b * b % MOD;
      e >>= 1;
    }
    return r;
  };
  auto ntt = [&](std::vector<uint64_t>& a, bool invert) {
    std::size_t n = a.size();
    for (std::size_t i = 1, j = 0; i < n; ++i) {
      std::size_t bit = n >> 1;
      for (; j & bit; bit >>= 1) j ^= bit;
      j ^= bit;
      if (i < j) std::swap(a[i], a[j]);
    }
    for (std::size_t len = 2; len <= n; len <<= 1) {
      uint64_t wlen = modpow(3, (MOD - 1) / len);
      if (invert) wlen = modpow(wlen, MOD - 2);
      for (std::size_t i = 0; i < n; i += len) {
        for (std::size_t j = 0; j < len / 2; ++j) {
          uint64_t w = modpow(wlen, j);
          uint64_t u = a[i + j], v = a[i + j + len / 2] * w % MOD;
          a[i + j] = (u + v) % MOD;
          a[i + j + len / 2] = (u + MOD - v) % MOD;
        }
      }
    }
    if (invert) {
      uint64_t inv = modpow(n, MOD - 2);
      for (auto& x : a) x = x * inv % MOD;
    }
  };
  if (a.empty() || b.empty()) return {};
  std::size_t n = 1;
  while (n < a.size() + b.size()) n <<= 1;
  std::vector<uint64_t> fa(a.begin(), a.end()), fb(b.begin(), b.end());
  fa.resize(n);
  fb.resize(n);
  ntt(fa, false);
  ntt(fb, false);
  for (std::size_t i = 0; i < n; ++i) fa[i] = fa[i] * fb[i] % MOD;
  ntt(fa, true);
  std::vector<uint32_t> result(a.size() + b.size() - 1);
  for (std::size_t i = 0; i < result.size(); ++i) result[i] = static_cast<uint32_t>(fa[i]);
  return result;
}
