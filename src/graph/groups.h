// Which claims belong together, decided here and nowhere else. Every user
// of the decision calls this file:
//   - the checks group claims by its keys (fact_groups, entity_key) and
//     skip groups another part owns (owned, owns_fact);
//   - a run checked in parts, in one process (app/partition.h) or on many
//     machines (app/stage.h, scripts/concord-dask), sends each claim to the
//     parts that own its anchors (parts_of);
//   - the index stores a story under, and finds a draft's neighbours by,
//     the same anchors before entities are merged (lookup_keys).
//
// A claim is anchored by its field values (anchor_kind): the people and
// other entities it names, the things, the offices of its titles, and the
// other values of its predicate's key fields. Every group a check forms is
// keyed by one of its claims' anchors, so a part holding every claim with
// an anchor it owns holds each of its groups whole.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claim/claim.h"
#include "graph/claim_graph.h"
#include "rules/model.h"
#include "rules/rule_set.h"

namespace concord::graph {

// What a claim's field value anchors the claim by; nullopt if nothing
// (a date, a number or a place outside the predicate's key fields). A value
// has one kind (claim/value_kind.h), so one anchor kind.
enum class AnchorKind {
  person,  // an entity of kind person
  entity,  // any other entity (an organization, a place)
  thing,   // a thing ("the deal", "the port in Rason")
  office,  // a title's office
  value,   // another value of a key field (a date, a number)
};
std::optional<AnchorKind> anchor_kind(const claim::Value& v, bool key_field);

// ---- Keys, once entities are merged ----------------------------------------

// The merged entity a value names (ClaimGraph::entity), folded (fold_key):
// "Zoë Campbell" and "Zoe Campbell" are one person to every check, since an
// outlet's house style may drop diacritics. "" for values that are not
// entities or things.
std::string entity_key(const ClaimGraph& g, const claim::Value& v);

// How entity_key spells a name: base::utf8::fold, case and accents folded
// in every script ("Søren ŞAHIN" -> "soren sahin", "Nguyễn" -> "nguyen").
std::string fold_key(std::string_view s);

// The keys of c's anchors: entity_key of each entity or thing it names,
// fold_key of each other key field, each title's office. Sorted, unique.
std::vector<std::string> anchors(const ClaimGraph& g, const claim::Claim& c);

// The key fact_groups groups c (a claim of p) under: its key fields, entities
// as entity_key spells them; "" when a key field is missing or unresolved.
std::string fact_group_key(const ClaimGraph& g, const claim::Claim& c, const rules::Predicate& p);

// Claims of one predicate grouped by fact, as ClaimGraph::facts does but
// with entities compared through entity_key ("Tomás Novak" met Yasmin
// Thorne is the fact "Tomas Novak" met her). Groups of one are left out, and
// so are groups another part of the run owns (owns_fact); groups are in key
// order.
std::vector<std::vector<ClaimId>> fact_groups(const ClaimGraph& g, const std::string& predicate);

// ---- Parts of a run (ClaimGraph::Part) --------------------------------------

// True if g reports on the group of claims with this fact key (from
// ClaimGraph::fact_key, or fact_group_key): the part that owns its first
// key field. Checks ask this, and g.owns(key) for a person or an office;
// they never see parts.
bool owns_fact(const ClaimGraph& g, std::string_view fact_key);

// True if this part reports on c alone (a claim against the gazetteer): the
// part that owns its subject, or its first anchor.
bool owned(const ClaimGraph& g, const claim::Claim& c);

// True if a check reads c across groups, so every part needs it: the end
// of a trip and a trip's length bound the trips of a person's other claims
// (check/repeats.h).
bool reads_across_groups(const rules::RuleSet& rules, const claim::Claim& c);

// The parts of `count` that c is copied to: the part of each of its anchors
// (one fixed part if it has none), every part if reads_across_groups.
// `router` holds the run's merged entities. Sorted, unique.
std::vector<std::size_t> parts_of(const ClaimGraph& router, const claim::Claim& c, std::size_t count);

// ---- Keys before entities are merged: the index ------------------------------
// A story in the index is a neighbour of a draft when they may share an
// anchor once merged: the same person (same entity), a bare surname in one
// that may be a person named in full in the other (the graph resolves a
// bare "Choe" through any word of a full name), an office, a key field's
// value, or two words of a thing's name (things are merged only when they
// share at least two words, or are one same word).
//
// Keys are asymmetric: a story is stored under what it holds ("n:" a
// person, "f:" a word of a full name, "b:" a bare name), a draft asks for
// what could meet it ("n:" its people, "b:" the words of its full names,
// "f:" the words of its bare names).
//
// What keys cannot see: things merged through a chain of stories
// (A ~ B ~ C, the draft naming A), a bare surname in a neighbour that the
// whole archive would find ambiguous, and thresholds that count the whole
// archive. docs/cli.md says so.
//
//   store.put(doc, hash, fingerprint, graph::lookup_keys(claims, rules, KeySide::stored));
//   store.documents_with_keys(graph::lookup_keys(draft, rules, KeySide::query));

enum class KeySide { stored, query };

// Bumped when lookup_keys changes: an index stored under other keys is
// extracted again (index::index_fingerprint).
constexpr int kLookupKeysVersion = 4;

// Sorted, unique keys of a document's claims: to store it under, or to
// find its neighbours with.
std::vector<std::string> lookup_keys(const std::vector<claim::Claim>& claims, const rules::RuleSet& rules,
                                     KeySide side);

}  // namespace concord::graph
