#include <omp.h>
double evaluatePolynomial(std::vector<double> const& coeffs, double x) {
  // Each thread applies Horner's rule to its own block of coefficients [begin, end) and scales
  // the result by x^begin.
  const std::size_t n = coeffs.size();
  double value = 0.0;
  #pragma omp parallel reduction(+ : value)
  {
    const std::size_t t = omp_get_thread_num(), nt = omp_get_num_threads();
    const std::size_t begin = n * t / nt, end = n * (t + 1) / nt;
    double part = 0.0;
    for (std::size_t i = end; i-- > begin;) part = part * x + coeffs[i];
    // std::pow is accurate to an ulp; repeated squaring would double the rounding error with
    // every squaring.
    value += part * std::pow(x, static_cast<double>(begin));
  }
  return value;
}
