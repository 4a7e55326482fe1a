// pf_std.hpp: the standard headers every candidate translation unit is compiled after, before
// the problem's own prelude. ParEval's drivers include many standard headers before the
// generated code (their drivers: <cassert>, <cfloat>, <chrono>, <climits>, <cstdio>, ...), so a
// function that calls std::sort without <algorithm> or uses DBL_MAX without <cfloat> compiles
// there; this set gives candidates here the same footing. The runner
// precompiles it once per compiler and flags (a GCC precompiled header in the build cache), so
// it makes a candidate's compile faster, not slower. Changing it changes every build and result key.
#include <algorithm>
#include <array>
#include <cassert>
#include <cfloat>
#include <chrono>
#include <climits>
#include <cmath>
#include <complex>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <functional>
#include <iterator>
#include <limits>
#include <map>
#include <memory>
#include <numeric>
#include <queue>
#include <set>
#include <stack>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>
