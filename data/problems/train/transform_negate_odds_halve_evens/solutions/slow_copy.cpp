void negateOddsHalveEvens(std::vector<int>& x) {
  std::vector<int> original = x;
  for (std::size_t i = 0; i < original.size(); ++i) {
    if (original[i] % 2 == 0) x[i] = original[i] / 2;
    else x[i] = -original[i];
  }
}
