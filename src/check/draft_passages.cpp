// DraftPassages: the drafts' sentences, and what an archive story's
// sentences say about their values (check/reused_wording.h).
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "base/date.h"
#include "check/reused_wording.h"
#include "check/wording.h"

namespace concord::check {

using extract::Passage;
using extract::PassageWord;
using extract::WordKind;

namespace {

constexpr std::size_t kMinShared = 5;     // words matched in order before two sentences count as one wording
constexpr std::int64_t kWindowDays = 30;  // dated stories further apart report other events

}  // namespace

struct DraftPassages::Impl {
  struct Draft {
    std::size_t doc = 0;  // index into docs
    Passage passage;
    std::vector<std::uint32_t> content;
  };
  std::vector<ingest::Document> docs;
  std::vector<Draft> drafts;
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_word;  // content key -> drafts holding it
};

DraftPassages::DraftPassages() : impl_(std::make_unique<Impl>()) {}
DraftPassages::~DraftPassages() = default;
DraftPassages::DraftPassages(DraftPassages&&) noexcept = default;
DraftPassages& DraftPassages::operator=(DraftPassages&&) noexcept = default;

bool DraftPassages::empty() const { return impl_->drafts.empty(); }

void DraftPassages::add(const ingest::Document& doc, std::vector<Passage> passages) {
  if (passages.empty()) return;
  impl_->docs.push_back(doc);
  for (Passage& p : passages) {
    const auto id = static_cast<std::uint32_t>(impl_->drafts.size());
    Impl::Draft d{impl_->docs.size() - 1, std::move(p), {}};
    d.content = content_of(d.passage);
    std::vector<std::string> seen;
    for (std::uint32_t i : d.content) seen.push_back(d.passage.words[i].key);
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
    for (const std::string& k : seen) impl_->by_word[k].push_back(id);
    impl_->drafts.push_back(std::move(d));
  }
}

Side DraftPassages::draft_side(const Echo& e) const {
  const Impl::Draft& d = impl_->drafts[e.passage];
  const ingest::Document& doc = impl_->docs[d.doc];
  return passage_side(doc, ingest::Citer(doc), d.passage, e.first, e.last, true);
}

std::vector<Echo> DraftPassages::compare(const ingest::Document& doc, const std::vector<Passage>& passages) const {
  std::vector<Echo> out;
  std::unordered_set<std::string> names;  // every name the story gives
  for (const Passage& a : passages) {
    for (const PassageWord& w : a.words) {
      if (w.kind == WordKind::name) names.insert(w.key);
    }
  }
  std::unordered_map<std::uint32_t, std::uint32_t> hits;
  std::optional<ingest::Citer> citer;
  for (const Passage& a : passages) {
    const std::vector<std::uint32_t> an = content_of(a);
    hits.clear();
    std::vector<std::string> seen;
    for (std::uint32_t i : an) seen.push_back(a.words[i].key);
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
    for (const std::string& k : seen) {
      auto it = impl_->by_word.find(k);
      if (it == impl_->by_word.end()) continue;
      for (std::uint32_t d : it->second) ++hits[d];
    }
    std::vector<std::uint32_t> candidates;
    for (auto [d, n] : hits) {
      const std::size_t need = std::max(kMinShared, impl_->drafts[d].content.size() * 3 / 5);
      if (n >= need) candidates.push_back(d);
    }
    std::sort(candidates.begin(), candidates.end());
    for (std::uint32_t id : candidates) {
      const Impl::Draft& d = impl_->drafts[id];
      const ingest::Document& ddoc = impl_->docs[d.doc];
      const auto& dd = ddoc.meta.date;
      const auto& ad = doc.meta.date;
      if (dd && ad && std::abs(base::to_days(*dd) - base::to_days(*ad)) > kWindowDays) continue;
      const bool same_day = (!dd && !ad) || (dd && ad && base::to_days(*dd) == base::to_days(*ad));
      const Passage& dp = d.passage;
      const std::vector<std::uint32_t>& dn = d.content;

      // Longest common subsequence of the two sentences' words.
      const std::size_t n = dn.size(), m = an.size();
      std::vector<std::uint16_t> len((n + 1) * (m + 1), 0);
      auto at = [&](std::size_t i, std::size_t j) -> std::uint16_t& { return len[i * (m + 1) + j]; };
      for (std::size_t i = n; i-- > 0;) {
        for (std::size_t j = m; j-- > 0;) {
          at(i, j) = dp.words[dn[i]].key == a.words[an[j]].key ? static_cast<std::uint16_t>(at(i + 1, j + 1) + 1)
                                                               : std::max(at(i + 1, j), at(i, j + 1));
        }
      }
      std::vector<std::pair<std::size_t, std::size_t>> pairs;  // (index in dn, index in an)
      for (std::size_t i = 0, j = 0; i < n && j < m;) {
        if (dp.words[dn[i]].key == a.words[an[j]].key && at(i, j) == at(i + 1, j + 1) + 1) {
          pairs.emplace_back(i++, j++);
        } else if (at(i + 1, j) >= at(i, j + 1)) {
          ++i;
        } else {
          ++j;
        }
      }
      const std::size_t shared = pairs.size();
      if (shared < kMinShared || n - shared > std::max<std::size_t>(2, n / 4)) continue;
      // The draft's words must come from one stretch of the archive sentence.
      if (pairs.back().second - pairs.front().second + 1 > shared * 3 / 2 + 3) continue;
      // The same negation, hedge, condition and approximation words on both sides.
      const std::uint32_t a_from = an[pairs.front().second >= 3 ? pairs.front().second - 3 : 0];
      const std::uint32_t a_to = pairs.back().second + 2 < m ? an[pairs.back().second + 2] : a.words.size();
      if (cues(dp, 0, static_cast<std::uint32_t>(dp.words.size())) != cues(a, a_from, a_to)) continue;

      // The stretches between matched words, where the sentences differ.
      struct Hunk {
        std::vector<std::uint32_t> d, a;  // passage word indices
        bool leading = false;             // before the first matched word
      };
      // Matched words next to each other in both sentences, running back
      // from pair k (or forward): how firmly a difference sits in copied words.
      auto run_back = [&](std::size_t k) {
        std::size_t r = 1;
        while (k >= r && pairs[k - r].first + r == pairs[k].first && pairs[k - r].second + r == pairs[k].second) ++r;
        return r;
      };
      auto run_forward = [&](std::size_t k) {
        std::size_t r = 1;
        while (k + r < shared && pairs[k].first + r == pairs[k + r].first && pairs[k].second + r == pairs[k + r].second)
          ++r;
        return r;
      };
      std::vector<Hunk> hunks;
      for (std::size_t k = 0; k <= shared; ++k) {
        const std::size_t di = k == 0 ? 0 : pairs[k - 1].first + 1, de = k == shared ? n : pairs[k].first;
        std::size_t ai = k == 0 ? 0 : pairs[k - 1].second + 1, ae = k == shared ? m : pairs[k].second;
        if (de <= di && (k == shared || ae <= ai)) continue;
        // Copied words on both sides of a difference, or two on its one side
        // at a sentence's edge: a value in a phrase the two share.
        const std::size_t left = k == 0 ? 0 : run_back(k - 1), right = k == shared ? 0 : run_forward(k);
        if ((k == 0 || k == shared) ? std::max(left, right) < 2 : left + right < 3) continue;
        // At the sentence's edges, the archive's words next to the match.
        if (k == 0) ai = ae > de - di + 1 ? ae - (de - di + 1) : 0;
        if (k == shared) ae = std::min(m, ai + (de - di + 1));
        Hunk h;
        for (std::size_t i = di; i < de; ++i) h.d.push_back(dn[i]);
        for (std::size_t j = ai; j < ae; ++j) h.a.push_back(an[j]);
        // A rank one side adds to a title both give ("vice chairman" and
        // "chairman"): the title with its rank against the title without.
        if ((h.d.empty() != h.a.empty()) && k < shared && dp.words[dn[pairs[k].first]].kind == WordKind::title) {
          const auto& added = h.d.empty() ? h.a : h.d;
          const Passage& p = h.d.empty() ? a : dp;
          if (std::all_of(added.begin(), added.end(), [&](std::uint32_t w) { return extract::is_rank(p.words[w].key); })) {
            h.d.push_back(dn[pairs[k].first]);
            h.a.push_back(an[pairs[k].second]);
          }
        }
        if (h.d.empty() || h.a.empty() || h.d.size() > 3 || h.a.size() > 4) continue;
        h.leading = k == 0;
        hunks.push_back(std::move(h));
      }
      std::vector<std::pair<const Hunk*, WordKind>> changed;
      for (const Hunk& h : hunks) {
        for (WordKind k : kCompared) {
          const auto dk = keys_of(dp, h.d, k), ak = keys_of(a, h.a, k);
          if (dk.empty() || ak.empty()) continue;
          if (dk == ak) break;
          // One side lists more ("senator and secretary of state"): an
          // omission, not a contradiction - unless what it adds is a rank
          // ("vice president" is not the president).
          auto within = [](std::vector<std::string> x, std::vector<std::string> y) {
            std::sort(x.begin(), x.end());
            std::sort(y.begin(), y.end());
            if (!std::includes(y.begin(), y.end(), x.begin(), x.end())) return false;
            std::vector<std::string> extra;
            std::set_difference(y.begin(), y.end(), x.begin(), x.end(), std::back_inserter(extra));
            return std::none_of(extra.begin(), extra.end(), [](const std::string& w) { return extract::is_rank(w); });
          };
          if (within(dk, ak) || within(ak, dk)) break;
          // Amounts in other units ("55-kilometre", "34-mile") agree after conversion.
          if (k == WordKind::number) {
            auto qd = quantity_of(ddoc.text, dp, h.d.front(), h.d.back());
            auto qa = quantity_of(doc.text, a, h.a.front(), h.a.back());
            if (qd && qa && (qd->dimension != qa->dimension || claim::quantities_agree(*qd, *qa, 0.01))) break;
          }
          if (k == WordKind::name) {
            // A sentence's subject is often named one way and described
            // another ("Manchester City", "the Premier League champions").
            if (h.leading) break;
            if (spelling_variant(fmt::format("{}", fmt::join(dk, " ")), fmt::format("{}", fmt::join(ak, " ")))) break;
            // A name the archive story itself uses may be who the other
            // words mean: a wrong name is one the story never gives.
            if (std::all_of(dk.begin(), dk.end(), [&](const std::string& x) { return names.count(x) != 0; })) break;
          }
          // A weekday names a day only against the story's own date.
          if (k == WordKind::weekday && !same_day) break;
          changed.emplace_back(&h, k);
          break;
        }
      }
      // Two changed values: another statement in the same mould, not a copy.
      if (changed.size() > 1) continue;
      for (auto [i, j] : pairs) {
        const std::uint32_t w = dn[i];
        if (!extract::is_value(dp.words[w].kind)) continue;
        // A title word the changed rank was read with is part of the change.
        if (!changed.empty() && std::find(changed.front().first->d.begin(), changed.front().first->d.end(), w) !=
                                    changed.front().first->d.end())
          continue;
        Echo e;
        e.passage = id;
        e.first = w;
        e.last = w + 1;
        e.agrees = true;
        out.push_back(std::move(e));
      }
      if (changed.empty()) continue;
      const auto [h, kind] = changed.front();
      // Cite the words of the kind that differs, not the hunk's other words.
      auto of_kind = [kind = kind](const Passage& p, const std::vector<std::uint32_t>& seg) {
        std::uint32_t first = 0, last = 0;
        for (std::uint32_t i : seg) {
          if (p.words[i].kind != kind) continue;
          if (last == 0) first = i;
          last = i + 1;
        }
        return std::pair{first, last};
      };
      Echo e;
      e.passage = id;
      std::tie(e.first, e.last) = of_kind(dp, h->d);
      e.kind = kind;
      e.shared = shared;
      e.draft_words = n;
      const auto [a_first, a_last] = of_kind(a, h->a);
      // A Citer indexes the story's lines: built once, and only for a story that echoes a draft.
      if (!citer) citer.emplace(doc);
      e.archive = passage_side(doc, *citer, a, a_first, a_last, false);
      out.push_back(std::move(e));
    }
  }
  return out;
}

}  // namespace concord::check
