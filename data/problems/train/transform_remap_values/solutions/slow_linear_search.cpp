void remapValues(std::vector<int>& x, std::vector<int> const& from, std::vector<int> const& to) {
  for (std::size_t i = 0; i < x.size(); ++i) {
    for (std::size_t k = 0; k < from.size(); ++k) {
      if (x[i] == from[k]) {
        x[i] = to[k];
        break;
      }
    }
  }
}
