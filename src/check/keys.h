// Which claims belong together: the keys a check groups claims by (a
// person, a thing, an office, a fact), folded so that spellings of one name
// meet, and how a run checked in parts (graph::ClaimGraph::Part) finds the
// part that owns a group.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "claim/claim.h"
#include "graph/claim_graph.h"
#include "rules/model.h"

namespace concord::check {

// The merged entity a value names (graph::ClaimGraph::entity), with Latin
// letters folded to ASCII and lower-cased: "Zoë Campbell" and "Zoe Campbell"
// are one person to every check, since an outlet's house style may drop
// diacritics. "" for values that are not entities or things.
std::string entity_key(const graph::ClaimGraph& g, const claim::Value& v);

// s with Latin letters that carry diacritics folded to ASCII ("Søren
// Şahin" -> "Soren Sahin", "ß" -> "ss"); other text unchanged.
std::string fold_diacritics(std::string_view s);

// The key fact_groups groups c (a claim of p) under: its key fields, entities
// as entity_key spells them; "" when a key field is missing or unresolved.
std::string fact_group_key(const graph::ClaimGraph& g, const claim::Claim& c, const rules::Predicate& p);

// Claims of one predicate grouped by fact, as graph::ClaimGraph::facts does
// but with entities compared through entity_key ("Tomás Novak" met Yasmin
// Thorne is the fact "Tomas Novak" met her). Groups of one are left out, and
// so are groups another part of the run owns (fact_owner); groups are in key
// order.
std::vector<std::vector<graph::ClaimId>> fact_groups(const graph::ClaimGraph& g, const std::string& predicate);

// ---- Checking a run in parts (graph::ClaimGraph::Part) ----------------------
// Every group a check forms is keyed by one of its claims' anchors: a
// person, a thing, an office, a fact. A part holds every claim with an
// anchor it owns, so each group is whole in the part that owns its key,
// and checks skip groups whose key g.owns() says is another part's.

// The keys under which checks may group a claim: entity_key of each entity
// or thing it names, fold_key of each other key field, each title's office.
std::vector<std::string> anchors(const graph::ClaimGraph& g, const claim::Claim& c);

// Lower-cased, with diacritics folded: how entity_key spells a name.
std::string fold_key(std::string_view s);

// True if this part reports on c alone (a claim against the gazetteer): the
// part that owns its subject, or its first anchor.
bool owned(const graph::ClaimGraph& g, const claim::Claim& c);

// The anchor that owns a group of claims with this fact key (from
// ClaimGraph::fact_key, or the folded key of fact_groups): its first part.
std::string fact_owner(std::string_view fact_key);

// True if two things are named closely enough for their facts to be
// compared: they have the same content words, or one's are among the
// other's in the order written, and there are at least two ("the agreement
// to build a port in Rason" and "Russia and North Korea signed an agreement
// to build a port in Rason"). The graph groups things more loosely (sharing
// most words, and through third phrasings): "the port in Rason" and "the
// port in Khasan" are two ports, "the Khasan Port Authority signed an
// agreement to build a port in Rason" is not about a port in Khasan, and
// "the deal" names whatever its own story is about.
// REQUIRES: a.thing and b.thing.
bool same_named_thing(const claim::Value& a, const claim::Value& b, const rules::Gazetteer& gazetteer);

}  // namespace concord::check
