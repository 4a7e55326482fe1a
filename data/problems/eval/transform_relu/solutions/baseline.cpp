void relu(std::vector<double>& x) {
  for (double& v : x) v = v > 0.0 ? v : 0.0;
}
