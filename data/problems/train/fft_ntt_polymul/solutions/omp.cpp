#include <utility>
#include <algorithm>

std::vector<uint32_t> polyMultiplyMod(std::vector<uint32_t> const& a, std::vector<uint32_t> const& b) {
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
  auto butterfly = [](uint32_t* g, std::size_t h, std::size_t j, uint32_t w) {
    const uint32_t u = g[j];
    const uint32_t v = static_cast<uint32_t>(static_cast<uint64_t>(g[j + h]) * w % kMod);
    g[j] = u + v >= kMod ? u + v - kMod : u + v;
    g[j + h] = u >= v ? u - v : u + kMod - v;
  };
  // Called inside a parallel region by every thread.
  auto nttPar = [&](std::vector<uint32_t>& v, std::vector<uint32_t> const& roots, unsigned logn) {
    const std::size_t n = v.size();
    const std::size_t blocks = 64, bsize = (n + blocks - 1) / blocks;
    #pragma omp for schedule(static)
    for (std::size_t b = 0; b < blocks; ++b) {
      const std::size_t i0 = b * bsize, i1 = std::min(n, i0 + bsize);
      if (i0 >= i1) continue;
      std::size_t j = 0;
      for (unsigned t = 0; t < logn; ++t) j |= ((i0 >> t) & 1) << (logn - 1 - t);
      for (std::size_t i = i0; i < i1; ++i) {
        if (i < j) std::swap(v[i], v[j]);
        std::size_t bit = n >> 1;
        for (; j & bit; bit >>= 1) j ^= bit;
        j ^= bit;
      }
    }
    for (std::size_t h = 1; h < n; h <<= 1) {
      if (h >= 4096) {
        for (std::size_t i = 0; i < n; i += 2 * h) {
          #pragma omp for schedule(static)
          for (std::size_t j = 0; j < h; ++j) butterfly(v.data() + i, h, j, roots[h + j]);
        }
      } else {
        #pragma omp for schedule(static)
        for (std::size_t i = 0; i < n; i += 2 * h)
          for (std::size_t j = 0; j < h; ++j) butterfly(v.data() + i, h, j, roots[h + j]);
      }
    }
  };
  // Every thread fills its share of each stage's roots from a powMod start value.
  auto stageRootsPar = [&](std::vector<uint32_t>& roots, bool inverse) {
    const std::size_t n = roots.size();
    for (std::size_t h = 1; h < n; h <<= 1) {
      uint32_t w = powMod(3, (kMod - 1) / (2 * h));
      if (inverse) w = powMod(w, kMod - 2);
      const std::size_t chunk = 1024;
      #pragma omp for schedule(static) nowait
      for (std::size_t c = 0; c < h; c += chunk) {
        uint64_t cur = powMod(w, c);
        for (std::size_t j = c; j < std::min(h, c + chunk); ++j) {
          roots[h + j] = static_cast<uint32_t>(cur);
          cur = cur * w % kMod;
        }
      }
    }
    #pragma omp barrier
  };
  if (a.empty() || b.empty()) return {};
  const std::size_t outLen = a.size() + b.size() - 1;
  std::size_t n = 1;
  unsigned logn = 0;
  while (n < outLen) n <<= 1, ++logn;
  std::vector<uint32_t> fa(a), fb(b), roots(n), iroots(n);
  fa.resize(n, 0);
  fb.resize(n, 0);
  const uint64_t invN = powMod(n, kMod - 2);
  #pragma omp parallel
  {
    stageRootsPar(roots, false);
    nttPar(fa, roots, logn);
    nttPar(fb, roots, logn);
    #pragma omp for schedule(static)
    for (std::size_t i = 0; i < n; ++i) fa[i] = static_cast<uint32_t>(static_cast<uint64_t>(fa[i]) * fb[i] % kMod);
    stageRootsPar(iroots, true);
    nttPar(fa, iroots, logn);
    #pragma omp for schedule(static)
    for (std::size_t i = 0; i < outLen; ++i) fa[i] = static_cast<uint32_t>(fa[i] * invN % kMod);
  }
  fa.resize(outLen);
  return fa;
}
