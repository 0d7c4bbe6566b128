// name-variant (info): one person spelled differently across sources - a
// house-style note, not an error.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "base/utf8.h"
#include "check/check.h"
#include "check/sides.h"
#include "claim/entities.h"
#include "graph/groups.h"

namespace concord::check {

namespace {

class NameVariant final : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "name-variant", "One person, several spellings",
        "The same person is spelled differently in different sources (\"Choe Ryong Hae\", \"Choi Ryong-hae\"). "
        "Not an error: a note for house style, listing each spelling and where it is used.",
        Severity::info};
    return kInfo;
  }

  void run(const graph::ClaimGraph& g, Findings& out) const override {
    for (const auto& [person, spellings] : g.spellings()) {
      if (!g.owns(graph::fold_key(person))) continue;
      // Spellings by the words of the name alone: titles aside, and accents
      // too ("Tomás Brandt" in one house style is "Tomas Brandt" in another,
      // not a variant to note; "LaTonya" and "Latonya" are).
      std::map<std::string, std::pair<std::string, graph::ClaimId>> distinct;
      std::set<std::string> documents;
      for (const auto& [surface, id] : spellings) {
        const std::string name = claim::EntityResolver::strip_title(surface);
        if (name.find(' ') == std::string::npos) continue;  // a bare surname is not a spelling
        distinct.try_emplace(base::utf8::strip_accents(name), name, id);
        documents.insert(g.claim(id).document);
      }
      if (distinct.size() < 2 || documents.size() < 2) continue;
      Finding f;
      f.check = info().id;
      f.severity = Severity::info;
      f.predicate = "name";
      std::string names;
      for (const auto& [key, spelling] : distinct) {
        const auto& [name, id] = spelling;
        const claim::Claim& c = g.claim(id);
        f.sides.push_back(side_of(c, name));
        if (f.subject.empty()) f.subject = c.get("subject") ? subject_name(c) : name;
        names += (names.empty() ? "" : ", ") + name;
      }
      // The draft's spelling first.
      std::stable_partition(f.sides.begin(), f.sides.end(), [](const Side& s) { return s.draft; });
      f.fact = "spelling of " + person;
      f.message = fmt::format("one person, {} spellings: {}", distinct.size(), names);
      out.push_back(std::move(f));
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_name_variant() { return std::make_unique<NameVariant>(); }

}  // namespace concord::check
