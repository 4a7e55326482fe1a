#include <unordered_map>

int majorityVote(std::vector<int> const& votes) {
  std::unordered_map<int, std::size_t> tally;
  for (int v : votes) tally[v]++;
  for (auto const& [candidate, count] : tally)
    if (count * 2 > votes.size()) return candidate;
  return -1;
}
