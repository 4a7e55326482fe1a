// H(x) = [H(top + bottom), H(top - bottom)], computed on new vectors at every level.
static std::vector<int64_t> wht(std::vector<int64_t> x) {
  const std::size_t n = x.size();
  if (n <= 1) return x;
  std::vector<int64_t> sum, diff;
  sum.reserve(n / 2);
  diff.reserve(n / 2);
  for (std::size_t j = 0; j < n / 2; ++j) {
    sum.push_back(x[j] + x[j + n / 2]);
    diff.push_back(x[j] - x[j + n / 2]);
  }
  std::vector<int64_t> top = wht(sum);
  std::vector<int64_t> bottom = wht(diff);
  std::vector<int64_t> out;
  out.reserve(n);
  out.insert(out.end(), top.begin(), top.end());
  out.insert(out.end(), bottom.begin(), bottom.end());
  return out;
}

void walshHadamardTransform(std::vector<int64_t>& x) {
  x = wht(x);
}
