#include <unordered_map>
void channelHistograms(std::vector<uint8_t> const& rgb, std::vector<size_t>& hist) {
  std::unordered_map<int, size_t> counts;
  for (std::size_t i = 0; i < rgb.size(); ++i) {
    int channel = static_cast<int>(i % 3);
    counts[channel * 256 + rgb[i]]++;
  }
  for (int key = 0; key < 768; ++key) {
    auto it = counts.find(key);
    hist[key] = it == counts.end() ? 0 : it->second;
  }
}
