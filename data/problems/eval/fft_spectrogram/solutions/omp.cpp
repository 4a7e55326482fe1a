// Same algorithm as the baseline, frames split among the threads.
// Window, twiddles (stored per stage, contiguous) and the bit-reversal permutation are computed
// once; each frame is a 256-point iterative radix-2 FFT in reused buffers.
void powerSpectrogram(std::vector<double> const& signal, std::vector<double>& spec) {
  const std::size_t N = 256, hop = 128, bins = 129;
  const std::size_t n = signal.size();
  if (n < N) return;
  const std::size_t frames = (n - N) / hop + 1;
  const double pi = std::acos(-1.0);
  std::vector<double> window(N), twr(N), twi(N);
  std::vector<std::size_t> rev(N);
  for (std::size_t i = 0; i < N; ++i) {
    window[i] = 0.5 - 0.5 * std::cos(2.0 * pi * i / N);
    std::size_t r = 0;
    for (std::size_t b = 0; b < 8; ++b) r |= ((i >> b) & 1) << (7 - b);
    rev[i] = r;
  }
  // Stage with half-length h uses twr[h + j] + i*twi[h + j] = exp(-2 pi i j / (2h)).
  for (std::size_t h = 1; h < N; h <<= 1)
    for (std::size_t j = 0; j < h; ++j) {
      twr[h + j] = std::cos(pi * j / h);
      twi[h + j] = -std::sin(pi * j / h);
    }
  #pragma omp parallel
  {
    std::vector<double> re(N), im(N);  // per-thread frame buffers
    #pragma omp for schedule(static)
    for (std::size_t f = 0; f < frames; ++f) {
      const double* x = signal.data() + f * hop;
      for (std::size_t i = 0; i < N; ++i) {
        re[rev[i]] = x[i] * window[i];
        im[rev[i]] = 0.0;
      }
      for (std::size_t half = 1; half < N; half <<= 1) {
        for (std::size_t i = 0; i < N; i += 2 * half) {
          for (std::size_t j = 0; j < half; ++j) {
            const double c = twr[half + j], s = twi[half + j];
            const std::size_t p = i + j, q = p + half;
            const double tr = re[q] * c - im[q] * s, ti = re[q] * s + im[q] * c;
            re[q] = re[p] - tr;
            im[q] = im[p] - ti;
            re[p] += tr;
            im[p] += ti;
          }
        }
      }
      double* out = spec.data() + f * bins;
      for (std::size_t k = 0; k < bins; ++k) out[k] = re[k] * re[k] + im[k] * im[k];
    }
  }
}
