void countIds(std::vector<int> const& ids, size_t numIds, std::vector<size_t>& counts) {
  for (size_t k = 0; k < numIds; ++k) counts[k] = 0;
  for (int id : ids) ++counts[id];
}
