// Templates: rules written as sentences, compiled to RE2.
//
//   {subject:PERSON} arrived in {place:PLACE} [...] on {time:DATE}
//
// - words match case-insensitively; ' and ’ are the same; a hyphen also
//   matches a space or nothing ("week-long" matches "weeklong");
// - {field:TYPE} captures a field using vocabulary entry TYPE;
//   {TYPE} matches it without capturing;
// - (a|b c) is a choice; [a] is optional; [a|b] an optional choice;
// - ... stands for up to ten words of anything;
// - after a name slot, an aside between commas (", a close aide,"), a
//   parenthesis, and auxiliary words ("is likely to", "did not") may follow.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/diag.h"

namespace concord::rules {

// A slot found while compiling: {field:TYPE}.
struct Slot {
  std::string field;  // as written; a second slot of the same field gets a
  std::string group;  // distinct RE2 group name ("time__2")
  std::string type;   // vocabulary name
};

struct CompiledTemplate {
  std::string pattern;      // RE2 syntax, with {NAME} references still to expand
  std::vector<Slot> slots;
  // What every match contains, so that text without it need not be
  // searched: each inner list is a choice, and any text the pattern matches
  // also holds a match of one of its patterns (RE2 syntax, with {NAME}
  // references: a word of the template, or a slot's "{TYPE}"). May be empty.
  std::vector<std::vector<std::string>> required;
};

// Compiles a template to an RE2 pattern. entity_types names the vocabulary
// entries after which asides and auxiliaries are allowed. Reports mistakes at
// where (the template's position; columns are added for the offending part).
std::optional<CompiledTemplate> compile_template(const std::string& text, const base::Location& where,
                                                 const std::vector<std::string>& entity_types,
                                                 base::Diagnostics& diags);

// Words allowed between a name and its verb ("is likely to", "did not").
const std::string& auxiliary_pattern();

}  // namespace concord::rules
