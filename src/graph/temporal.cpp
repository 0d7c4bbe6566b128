#include "graph/temporal.h"

// GCC 12 warns of a maybe-uninitialized boost::optional inside Boost.Graph's
// edge iterator (a known false positive); the warning is off for this file only.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/bellman_ford_shortest_paths.hpp>

#include <algorithm>
#include <limits>

namespace concord::graph {

namespace {

struct EdgeData {
  std::int64_t weight = 0;
  int tag = 0;
};

using Network = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property, EdgeData>;

}  // namespace

std::vector<int> inconsistent(int variables, const std::vector<Difference>& constraints) {
  if (variables <= 0) return {};
  Network g(static_cast<std::size_t>(variables));
  for (const Difference& c : constraints) boost::add_edge(c.from, c.to, EdgeData{c.weight, c.tag}, g);
  const auto n = static_cast<std::size_t>(variables);
  // Every distance starts at 0: as if a source reached each variable at no
  // cost, which finds a negative cycle anywhere in the network.
  std::vector<std::int64_t> dist(n, 0);
  std::vector<std::size_t> pred(n);
  for (std::size_t v = 0; v < n; ++v) pred[v] = v;
  const bool ok = boost::bellman_ford_shortest_paths(
      g, n, boost::weight_map(boost::get(&EdgeData::weight, g))
                .distance_map(dist.data())
                .predecessor_map(pred.data()));
  if (ok) return {};
  // An edge that still relaxes ends a path through a negative cycle; walking
  // back n predecessors from it lands on the cycle.
  std::size_t start = n;
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    const auto u = boost::source(*e, g);
    const auto v = boost::target(*e, g);
    if (dist[u] + g[*e].weight < dist[v]) {
      pred[v] = u;
      start = v;
      break;
    }
  }
  if (start == n) return {};
  for (std::size_t k = 0; k < n; ++k) start = pred[start];
  std::vector<int> tags;
  std::size_t v = start;
  do {
    const std::size_t u = pred[v];
    // The cheapest edge u -> v is the one on the cycle.
    std::int64_t best = std::numeric_limits<std::int64_t>::max();
    int tag = -1;
    for (auto [e, end] = boost::out_edges(u, g); e != end; ++e) {
      if (boost::target(*e, g) == v && g[*e].weight < best) {
        best = g[*e].weight;
        tag = g[*e].tag;
      }
    }
    if (tag >= 0 && std::find(tags.begin(), tags.end(), tag) == tags.end()) tags.push_back(tag);
    v = u;
  } while (v != start && tags.size() <= constraints.size());
  std::reverse(tags.begin(), tags.end());
  return tags;
}

}  // namespace concord::graph

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
