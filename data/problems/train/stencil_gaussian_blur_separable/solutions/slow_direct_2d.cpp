#include <algorithm>
void gaussianBlur(std::vector<float> const& img, std::vector<float>& out, size_t n, std::vector<float> const& kernel) {
  const int r = static_cast<int>(kernel.size() / 2);
  const int N = static_cast<int>(n);
  for (int i = 0; i < N; ++i) {
    for (int j = 0; j < N; ++j) {
      float sum = 0.0f;
      for (int a = -r; a <= r; ++a) {
        for (int b = -r; b <= r; ++b) {
          int y = std::min(std::max(i + a, 0), N - 1);
          int x = std::min(std::max(j + b, 0), N - 1);
          sum += kernel[a + r] * kernel[b + r] * img[y * n + x];
        }
      }
      out[i * n + j] = sum;
    }
  }
}
