// A simple temporal network: day-valued variables and difference
// constraints x[to] - x[from] <= weight, solved with Bellman-Ford.
//
//   std::vector<graph::Difference> cs{{0, 1, 5, /*tag=*/0}, {1, 0, -7, 1}};
//   auto cycle = graph::inconsistent(2, cs);   // {0, 1}: x1 <= x0+5 and x1 >= x0+7
#pragma once

#include <cstdint>
#include <vector>

namespace concord::graph {

struct Difference {
  int from = 0;
  int to = 0;
  std::int64_t weight = 0;  // x[to] - x[from] <= weight
  int tag = 0;              // the caller's name for the constraint
};

// Returns the tags of constraints that cannot all hold together (those on a
// negative cycle, each once, in cycle order), or an empty vector if every
// constraint can hold.
std::vector<int> inconsistent(int variables, const std::vector<Difference>& constraints);

}  // namespace concord::graph
