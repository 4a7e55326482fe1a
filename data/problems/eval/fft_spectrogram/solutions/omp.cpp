// One 256-point frame: window, bit-reverse, radix-2 butterflies, power of bins 0..128.
static void frameSpectrum(const double* x, const double* window, const std::size_t* rev, const double* wr,
                          const double* wi, double* re, double* im, double* out) {
  const std::size_t N = 256;
  for (std::size_t i = 0; i < N; ++i) {
    re[rev[i]] = x[i] * window[i];
    im[rev[i]] = 0.0;
  }
  for (std::size_t len = 2; len <= N; len <<= 1) {
    const std::size_t half = len / 2, step = N / len;
    for (std::size_t i = 0; i < N; i += len) {
      for (std::size_t j = 0; j < half; ++j) {
        const double c = wr[j * step], s = wi[j * step];
        const std::size_t p = i + j, q = p + half;
        const double tr = re[q] * c - im[q] * s, ti = re[q] * s + im[q] * c;
        re[q] = re[p] - tr;
        im[q] = im[p] - ti;
        re[p] += tr;
        im[p] += ti;
      }
    }
  }
  for (std::size_t k = 0; k <= N / 2; ++k) out[k] = re[k] * re[k] + im[k] * im[k];
}

void powerSpectrogram(std::vector<double> const& signal, std::vector<double>& spec) {
  const std::size_t N = 256, hop = 128, bins = 129;
  const std::size_t n = signal.size();
  if (n < N) return;
  const long frames = static_cast<long>((n - N) / hop + 1);
  const double pi = std::acos(-1.0);
  std::vector<double> window(N), wr(N / 2), wi(N / 2);
  std::vector<std::size_t> rev(N);
  for (std::size_t i = 0; i < N; ++i) {
    window[i] = 0.5 - 0.5 * std::cos(2.0 * pi * i / N);
    std::size_t r = 0;
    for (std::size_t b = 0; b < 8; ++b) r |= ((i >> b) & 1) << (7 - b);
    rev[i] = r;
  }
  for (std::size_t k = 0; k < N / 2; ++k) {
    wr[k] = std::cos(2.0 * pi * k / N);
    wi[k] = -std::sin(2.0 * pi * k / N);
  }
  const double* sig = signal.data();
  double* out = spec.data();
  #pragma omp parallel
  {
    std::vector<double> re(N), im(N);  // per-thread frame buffers
    #pragma omp for schedule(static)
    for (long f = 0; f < frames; ++f)
      frameSpectrum(sig + f * hop, window.data(), rev.data(), wr.data(), wi.data(), re.data(), im.data(),
                    out + f * bins);
  }
}
