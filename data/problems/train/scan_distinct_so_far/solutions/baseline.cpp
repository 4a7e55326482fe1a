void distinctSoFar(std::vector<int> const& x, std::vector<int>& out) {
  std::vector<unsigned char> seenTable(65536, 0);
  unsigned char* seen = seenTable.data();
  int* result = out.data();
  int count = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    const int v = x[i];
    count += seen[v] == 0;
    seen[v] = 1;
    result[i] = count;
  }
}
