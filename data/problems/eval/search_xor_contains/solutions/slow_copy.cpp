static bool contains(std::vector<int> v, int val) {
  for (std::size_t i = 0; i < v.size(); ++i)
    if (v[i] == val) return true;
  return false;
}

bool xorContains(std::vector<int> const& x, std::vector<int> const& y, int val) {
  return contains(x, val) != contains(y, val);
}
