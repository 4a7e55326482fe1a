// naive_main.cpp: the naive way to check and time a candidate, for benchmarks/runner_throughput.py.
// One program holds the driver, the baseline and the candidate (as ParEval's drivers do): it
// compares the candidate with the baseline on the validation inputs, then times 5 runs of the
// candidate alone. No sandbox, no separate judge, no baseline timing, no cache.
#include "pf_problem.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace problem {
__attribute__((weak)) bool check(const Args& input, const Args& expected, const Args& got,
                                 const pf::Tolerance& tol, std::string& why) {
  (void)input;
  return pf_gen::check_outputs(expected, got, tol, why);
}
}  // namespace problem

int main(int argc, char** argv) {
  if (argc < 5) return 2;  // naive TOL_REL TOL_ABS TIMING_SIZE SIZE,SIZE,...
  pf::Tolerance tol{std::atof(argv[1]), std::atof(argv[2])};
  std::size_t timing_size = std::strtoull(argv[3], nullptr, 10);
  std::string sizes = argv[4];
  for (size_t pos = 0; pos < sizes.size();) {
    size_t comma = sizes.find(',', pos);
    if (comma == std::string::npos) comma = sizes.size();
    std::size_t n = std::strtoull(sizes.substr(pos, comma - pos).c_str(), nullptr, 10);
    pos = comma + 1;
    for (int kase = 0; kase < problem::kNumCases; ++kase) {
      pf::Rng rng(pf::mix_seed(1, n * 1000003ULL + kase));
      pf_gen::Args input;
      problem::make_input(input, n, rng, kase);
      pf_gen::Args expected = input, got = input;
      pf_gen::call_reference(expected);
      pf_gen::call_candidate(got);
      std::string why;
      if (!problem::check(input, expected, got, tol, why)) {
        std::puts("wrong");
        return 0;
      }
    }
  }
  double total_ms = 0;
  for (int rep = 0; rep < 5; ++rep) {
    pf::Rng rng(pf::mix_seed(2, rep));
    pf_gen::Args a;
    problem::make_input(a, timing_size, rng, 0);
    auto t0 = std::chrono::steady_clock::now();
    pf_gen::call_candidate(a);
    total_ms += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  }
  std::printf("ok %.3f\n", total_ms / 5);
  return 0;
}
