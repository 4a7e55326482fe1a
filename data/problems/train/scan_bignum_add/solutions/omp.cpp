void addBigNumbers(std::vector<uint32_t> const& a, std::vector<uint32_t> const& b, std::vector<uint32_t>& sum) {
  const std::size_t n = a.size();
  // Per chunk: the carry it generates by itself, and whether it propagates an incoming carry
  // (all its limbs are 0xFFFFFFFF without one).
  std::vector<unsigned char> generates, propagates;
  #pragma omp parallel
  {
    const int nt = omp_get_num_threads();
    const int t = omp_get_thread_num();
    #pragma omp single
    {
      generates.assign(nt, 0);
      propagates.assign(nt, 1);
    }
    const std::size_t begin = n * t / nt, end = n * (t + 1) / nt;
    // Pass 1: add the chunk assuming no incoming carry.
    std::uint64_t carry = 0;
    std::uint32_t allOnes = 0xFFFFFFFFu;
    for (std::size_t i = begin; i < end; ++i) {
      std::uint64_t s = static_cast<std::uint64_t>(a[i]) + b[i] + carry;
      sum[i] = static_cast<std::uint32_t>(s);
      allOnes &= sum[i];
      carry = s >> 32;
    }
    generates[t] = static_cast<unsigned char>(carry);
    propagates[t] = allOnes == 0xFFFFFFFFu;
    #pragma omp barrier
    // Incoming carry of this chunk, from the chunks below it.
    unsigned char in = 0;
    for (int j = 0; j < t; ++j) in = generates[j] | (propagates[j] & in);
    // Pass 2 (rare, short): add the incoming carry, which ripples through 0xFFFFFFFF limbs.
    if (in)
      for (std::size_t i = begin; i < end && ++sum[i] == 0; ++i) {
      }
    if (t == nt - 1) sum[n] = generates[t] | (propagates[t] & in);
  }
}
