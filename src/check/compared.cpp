#include "check/compared.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "check/pairs.h"
#include "check/repeats.h"
#include "check/sides.h"
#include "graph/groups.h"

namespace concord::check {

namespace {

std::string shown(const claim::Value* v) { return v == nullptr ? std::string("none") : v->show(); }

// The first key field on which a and b name different things, and how.
std::string other_fact(const graph::ClaimGraph& g, const claim::Claim& a, const claim::Claim& b,
                       const rules::Predicate& p) {
  for (const auto& field : p.key) {
    const claim::Value* va = a.get(field);
    const claim::Value* vb = b.get(field);
    if (va == nullptr || vb == nullptr) {
      return fmt::format("not linked: {} has no {} concord could name",
                         (va == nullptr ? a : b).evidence.citation.path, field);
    }
    const std::string ka = graph::entity_key(g, *va), kb = graph::entity_key(g, *vb);
    if ((ka.empty() ? va->key() : ka) != (kb.empty() ? vb->key() : kb)) {
      return fmt::format("another fact: the {} differs ({} / {})", field, shown(va), shown(vb));
    }
  }
  return "another fact";
}

// What the checks made of two claims of one fact that were compared.
std::string compared_verdict(const graph::ClaimGraph& g, const claim::Claim& d, const claim::Claim& o,
                             const rules::Predicate& p) {
  const bool undated = p.window_days && (!reference_day(d) || !reference_day(o));
  const std::string note = undated ? fmt::format(" ({}: a disagreement is only a note)", undated_reason(d, o)) : "";
  for (const auto& field : p.single) {
    const claim::Value* vd = d.get(field);
    const claim::Value* vo = o.get(field);
    if (vd != nullptr && vo != nullptr && values_differ(g, *vd, *vo, p)) {
      return fmt::format("differs on {} ({} / {}), not reported: a change over time (a promotion), or another "
                         "field differs too{}",
                         field, shown(vd), shown(vo), note);
    }
  }
  if (p.single.empty()) return "same fact, nothing to compare" + note;
  for (const auto& field : p.single) {
    const claim::Value* vd = d.get(field);
    const claim::Value* vo = o.get(field);
    if (vd != nullptr && vo != nullptr) return fmt::format("agrees on {} ({}){}", field, shown(vd), note);
  }
  return fmt::format("same fact; one of them gives no {}", p.single.front());
}

// Whom the archive's claims of a predicate are about, most claims first.
std::vector<std::string> subjects_of(const graph::ClaimGraph& g, const std::string& predicate, std::size_t limit) {
  std::map<std::string, std::size_t> count;
  for (graph::ClaimId id : g.by_predicate(predicate)) {
    const claim::Claim& o = g.claim(id);
    if (const claim::Value* s = o.get("subject"); !o.in_draft && s != nullptr) ++count[s->entity ? s->entity->name.str() : s->text];
  }
  std::vector<std::pair<std::size_t, std::string>> ranked;
  for (auto& [name, n] : count) ranked.emplace_back(n, name);
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::string> out;
  for (std::size_t i = 0; i < ranked.size() && i < limit; ++i)
    out.push_back(fmt::format("{} ({})", ranked[i].second, ranked[i].first));
  return out;
}

}  // namespace

std::vector<Compared> compared(const graph::ClaimGraph& g, const std::vector<Finding>& findings, std::size_t limit) {
  // Which findings name a claim, by its side's identity.
  std::map<std::string, std::vector<const Finding*>> naming;
  for (const Finding& f : findings) {
    for (const Side& s : f.sides) naming[s.identity].push_back(&f);
  }
  const TripBreaks trips(g);
  std::vector<Compared> out;
  for (const claim::Claim& d : g.claims()) {
    if (!d.in_draft) continue;
    Compared c;
    c.draft = &d;
    const rules::Predicate* p = g.rules().predicate(d.predicate);
    if (p == nullptr) continue;
    const std::string key = graph::fact_group_key(g, d, *p);
    const claim::Value* subject = d.get("subject");
    const std::string who = subject != nullptr ? graph::entity_key(g, *subject) : std::string();
    const auto found = naming.find(identity_of(d));
    std::vector<Verdict> same, other;
    for (graph::ClaimId id : g.by_predicate(d.predicate)) {
      const claim::Claim& o = g.claim(id);
      if (o.in_draft) continue;
      const bool one_fact = !key.empty() && graph::fact_group_key(g, o, *p) == key;
      const claim::Value* os = o.get("subject");
      if (!one_fact && (who.empty() || os == nullptr || graph::entity_key(g, *os) != who)) continue;
      Verdict v;
      v.other = &o;
      if (found != naming.end()) {
        const std::string oid = identity_of(o);
        for (const Finding* f : found->second) {
          if (std::none_of(f->sides.begin(), f->sides.end(), [&](const Side& s) { return s.identity == oid; }))
            continue;
          v.fingerprint = f->fingerprint;
          v.verdict = fmt::format("differs: finding {} ({}, {})", f->fingerprint, f->check, severity_name(f->severity));
          break;
        }
      }
      if (v.verdict.empty() && !one_fact) v.verdict = other_fact(g, d, o, *p);
      if (v.verdict.empty()) {
        const std::string why = not_compared(g, trips, d, o, *p);
        v.verdict = why.empty() ? compared_verdict(g, d, o, *p) : "not compared: " + why;
      }
      (one_fact ? same : other).push_back(std::move(v));
    }
    if (same.empty() && other.empty()) c.others_about = subjects_of(g, d.predicate, limit);
    for (auto* list : {&same, &other}) {
      for (auto& v : *list) {
        if (c.against.size() < limit) c.against.push_back(std::move(v));
        else ++c.more;
      }
    }
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace concord::check
