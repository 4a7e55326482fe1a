void characterClassCounts(std::string const& text, std::vector<size_t>& counts) {
  for (auto& c : counts) c = 0;
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) counts[0]++;
    else if (c >= '0' && c <= '9') counts[1]++;
    else if (c == ' ' || c == '\t' || c == '\n') counts[2]++;
    else if (c >= 33 && c <= 126) counts[3]++;
    else counts[4]++;
  }
}
