void toGray(std::vector<Pixel> const& pixels, std::vector<std::uint8_t>& gray) {
  const std::size_t n = pixels.size();
  #pragma omp parallel for schedule(static)
  for (std::size_t i = 0; i < n; ++i) {
    const Pixel& p = pixels[i];
    gray[i] = static_cast<std::uint8_t>((77u * p.r + 150u * p.g + 29u * p.b + 128u) >> 8);
  }
}
