static bool contains(std::vector<int> const& v, int val) {
  for (int e : v)
    if (e == val) return true;
  return false;
}

bool xorContains(std::vector<int> const& x, std::vector<int> const& y, int val) {
  return contains(x, val) != contains(y, val);
}
