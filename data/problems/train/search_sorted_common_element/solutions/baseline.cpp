bool haveCommonElement(std::vector<int> const& a, std::vector<int> const& b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else return true;
  }
  return false;
}
