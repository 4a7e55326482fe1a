#include <utility>

std::vector<uint32_t> polyMultiplyMod(std::vector<uint32_t> const& a, std::vector<uint32_t> const& b) {
  // Iterative NTT modulo p = 998244353: the roots of each stage are tabulated once (contiguous),
  // both inputs are transformed, multiplied pointwise and transformed back.
  constexpr uint32_t kMod = 998244353;
  auto powMod = [](uint64_t base, uint64_t e) {
    uint64_t r = 1;
    base %= kMod;
    while (e) {
      if (e & 1) r = r * base % kMod;
      base = base * base % kMod;
      e >>= 1;
    }
    return static_cast<uint32_t>(r);
  };
  auto ntt = [](std::vector<uint32_t>& a, std::vector<uint32_t> const& roots) {
    const std::size_t n = a.size();
    for (std::size_t i = 1, j = 0; i < n; ++i) {
      std::size_t bit = n >> 1;
      for (; j & bit; bit >>= 1) j ^= bit;
      j ^= bit;
      if (i < j) std::swap(a[i], a[j]);
    }
    for (std::size_t h = 1; h < n; h <<= 1) {
      for (std::size_t i = 0; i < n; i += 2 * h) {
        for (std::size_t j = 0; j < h; ++j) {
          const uint32_t u = a[i + j];
          const uint32_t v = static_cast<uint32_t>(static_cast<uint64_t>(a[i + j + h]) * roots[h + j] % kMod);
          a[i + j] = u + v >= kMod ? u + v - kMod : u + v;
          a[i + j + h] = u >= v ? u - v : u + kMod - v;
        }
      }
    }
  };
  // roots[h + j] = w_{2h}^j for the stage with half-length h (w = g^((p-1)/2h), inverted if needed).
  auto stageRoots = [&](std::size_t n, bool inverse) {
    std::vector<uint32_t> roots(n);
    for (std::size_t h = 1; h < n; h <<= 1) {
      uint32_t w = powMod(3, (kMod - 1) / (2 * h));
      if (inverse) w = powMod(w, kMod - 2);
      uint64_t cur = 1;
      for (std::size_t j = 0; j < h; ++j) {
        roots[h + j] = static_cast<uint32_t>(cur);
        cur = cur * w % kMod;
      }
    }
    return roots;
  };
  if (a.empty() || b.empty()) return {};
  const std::size_t outLen = a.size() + b.size() - 1;
  std::size_t n = 1;
  while (n < outLen) n <<= 1;
  std::vector<uint32_t> fa(a), fb(b);
  fa.resize(n, 0);
  fb.resize(n, 0);
  const std::vector<uint32_t> forward = stageRoots(n, false);
  ntt(fa, forward);
  ntt(fb, forward);
  for (std::size_t i = 0; i < n; ++i) fa[i] = static_cast<uint32_t>(static_cast<uint64_t>(fa[i]) * fb[i] % kMod);
  ntt(fa, stageRoots(n, true));
  const uint64_t invN = powMod(n, kMod - 2);
  fa.resize(outLen);
  for (auto& v : fa) v = static_cast<uint32_t>(v * invN % kMod);
  return fa;
}
