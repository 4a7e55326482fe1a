#include <climits>
#include <utility>

void shortestPathLengths(std::vector<int> const& offsets, std::vector<int> const& targets,
                         std::vector<int> const& weights, int source, std::vector<long long>& dist) {
  std::size_t n = offsets.size() - 1;
  const long long kInf = LLONG_MAX;
  const long long delta = 32;  // bucket width
  dist.assign(n, kInf);
  long long* d = dist.data();
  const int* off = offsets.data();
  const int* tgt = targets.data();
  const int* wt = weights.data();
  // Delta-stepping: vertices are kept in buckets of width delta by tentative distance; the
  // vertices of the lowest non-empty bucket are relaxed in parallel (an atomic minimum on the
  // target's distance) until the bucket stays empty. Stale entries are skipped.
  std::vector<std::vector<int>> buckets(1);
  d[source] = 0;
  buckets[0].push_back(source);
  int nt = omp_get_max_threads();
  std::vector<std::vector<std::pair<long long, int>>> found(nt);
  for (std::size_t b = 0; b < buckets.size(); ++b) {
    while (!buckets[b].empty()) {
      std::vector<int> frontier;
      frontier.swap(buckets[b]);
      #pragma omp parallel num_threads(nt)
      {
        auto& local = found[omp_get_thread_num()];
        local.clear();
        #pragma omp for schedule(dynamic, 64)
        for (std::size_t i = 0; i < frontier.size(); ++i) {
          int u = frontier[i];
          long long du = __atomic_load_n(&d[u], __ATOMIC_RELAXED);
          if (static_cast<std::size_t>(du / delta) != b) continue;  // stale: u moved to a lower bucket
          for (int e = off[u], end = off[u + 1]; e < end; ++e) {
            int v = tgt[e];
            long long nd = du + wt[e];
            long long old = __atomic_load_n(&d[v], __ATOMIC_RELAXED);
            while (nd < old) {
              if (__atomic_compare_exchange_n(&d[v], &old, nd, false, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) {
                local.push_back({nd, v});
                break;
              }
            }
          }
        }
      }
      for (auto& local : found) {
        for (auto [nd, v] : local) {
          if (d[v] != nd) continue;  // improved again since: a newer entry exists
          std::size_t target = static_cast<std::size_t>(nd / delta);
          if (target >= buckets.size()) buckets.resize(target + 1);
          buckets[target].push_back(v);
        }
      }
    }
  }
  #pragma omp parallel for schedule(static)
  for (std::size_t v = 0; v < n; ++v)
    if (d[v] == kInf) d[v] = -1;
}
