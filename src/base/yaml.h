// A YAML document as a plain tree that remembers where each node was written.
//
// The one place concord calls yaml-cpp: front matter, sources.yaml manifests,
// rule packs and .concord.yaml all read through here, so every later error can
// point at `file:line:col`.
//
//   base::Diagnostics diags;
//   auto doc = base::parse_yaml(text, "rules/dates.yaml", diags);
//   if (!doc) return;  // diags holds "rules/dates.yaml:3:7: ..."
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diag.h"

namespace concord::base {

struct YamlEntry;

struct YamlNode {
  enum class Kind { null, scalar, sequence, map };

  Kind kind = Kind::null;
  std::string scalar;                                    // Kind::scalar
  bool quoted = false;                                   // scalar was written in quotes
  std::vector<YamlNode> items;                           // Kind::sequence
  std::vector<YamlEntry> entries;                        // Kind::map, in file order
  Location where;                                        // 1-based line and column

  bool is_null() const { return kind == Kind::null; }
  bool is_scalar() const { return kind == Kind::scalar; }
  bool is_sequence() const { return kind == Kind::sequence; }
  bool is_map() const { return kind == Kind::map; }

  // Returns the value for key in a map, or nullptr.
  const YamlNode* find(std::string_view key) const;
};

// A key and its value in a map. A struct rather than a std::pair, which
// clang cannot instantiate while YamlNode is still incomplete.
struct YamlEntry {
  YamlNode first;   // the key
  YamlNode second;  // the value
};

// What parse_yaml does after a tab used for indentation, which YAML forbids.
enum class TabIndent {
  fail,   // returns nullopt
  guess,  // returns the document read as if each such line were indented
          // with spaces like its neighbours: for finding a rule file's other
          // mistakes in the same run, never for using it (diags has errors)
};

// Parses text as one YAML document. line_offset is added to every line (for
// front matter that starts below line 1). On a syntax error reports it at its
// position and returns nullopt. An empty document parses to a null node.
//
// A tab in a line's indentation is reported as such, at its column (yaml-cpp
// says "illegal tab when looking for indentation", "end of map not found" or
// "illegal block entry"), up to five lines and then their count. The text is
// then read again with those tabs as spaces, to report a second syntax error
// if there is one; `tabs` says what is returned.
std::optional<YamlNode> parse_yaml(std::string_view text, const std::string& path,
                                   Diagnostics& diags, int line_offset = 0,
                                   TabIndent tabs = TabIndent::fail);

// A parsed document as bytes and back, so that what took yaml-cpp long to
// read can be cached (rules::load_pack). The bytes keep each node's line
// and column but not its path: decode_yaml gives every node `path`. It
// returns nullopt for bytes encode_yaml did not write.
std::string encode_yaml(const YamlNode& root);
std::optional<YamlNode> decode_yaml(std::string_view bytes, const std::string& path);

// Returns a short name for a node's kind: "a map", "a list", "text", "nothing".
const char* yaml_kind_name(const YamlNode& n);

}  // namespace concord::base
