#include <fmt/format.h>

#include <cstdint>
#include <cstring>
#include <set>
#include <stdexcept>

#include "base/spill.h"
#include "report/report.h"

namespace concord::report {

namespace {

// A record per document: this process writes and reads it, so the layout
// need only be stable within one run.
void put(std::string& out, std::uint64_t n) { out.append(reinterpret_cast<const char*>(&n), sizeof n); }
void put(std::string& out, std::string_view s) {
  put(out, s.size());
  out.append(s);
}

std::string encode(const DocumentInfo& d) {
  std::string out;
  put(out, d.path);
  put(out, d.id);
  put(out, d.date ? 1 : 0);
  if (d.date) {
    put(out, static_cast<std::uint64_t>(static_cast<std::int64_t>(d.date->year)));
    put(out, static_cast<std::uint64_t>(d.date->month));
    put(out, static_cast<std::uint64_t>(d.date->day));
  }
  put(out, static_cast<std::uint64_t>(d.date_source));
  put(out, d.draft ? 1 : 0);
  put(out, d.sentences);
  put(out, d.claims);
  put(out, d.bytes);
  return out;
}

class Reader {
 public:
  explicit Reader(const std::string& record) : rest_(record) {}
  std::uint64_t number() {
    std::uint64_t n = 0;
    take(&n, sizeof n);
    return n;
  }
  std::string text() {
    std::string s(number(), '\0');
    take(s.data(), s.size());
    return s;
  }

 private:
  void take(void* to, std::size_t n) {
    if (rest_.size() < n) throw std::runtime_error("a temporary file of the report's documents was cut short");
    std::memcpy(to, rest_.data(), n);
    rest_.remove_prefix(n);
  }
  std::string_view rest_;
};

DocumentInfo decode(const std::string& record) {
  Reader in(record);
  DocumentInfo d;
  d.path = in.text();
  d.id = in.text();
  if (in.number() != 0) {
    base::Date date;
    date.year = static_cast<int>(static_cast<std::int64_t>(in.number()));
    date.month = static_cast<int>(in.number());
    date.day = static_cast<int>(in.number());
    d.date = date;
  }
  d.date_source = static_cast<ingest::DateSource>(in.number());
  d.draft = in.number() != 0;
  d.sentences = in.number();
  d.claims = in.number();
  d.bytes = in.number();
  return d;
}

}  // namespace

DocumentList::DocumentList(std::size_t held) : held_limit_(held) {}
DocumentList::~DocumentList() = default;
DocumentList::DocumentList(DocumentList&&) noexcept = default;
DocumentList& DocumentList::operator=(DocumentList&&) noexcept = default;

void DocumentList::push_back(const DocumentInfo& d) {
  if (!spill_ && held_.size() >= held_limit_) {
    spill_ = std::make_unique<base::Spill>();
    for (const auto& h : held_) spill_->write(encode(h));
    held_ = {};
  }
  if (spill_) {
    spill_->write(encode(d));
  } else {
    held_.push_back(d);
  }
  ++size_;
  drafts_ += d.draft ? 1 : 0;
  undated_ += d.date ? 0 : 1;
  bytes_ += d.bytes;
}

void DocumentList::for_each(const std::function<void(const DocumentInfo&)>& f) const {
  if (!spill_) {
    for (const auto& d : held_) f(d);
    return;
  }
  spill_->for_each([&](const std::string& record) { f(decode(record)); });
}

UnreadCount count_unread(const std::vector<base::Diagnostic>& unread) {
  std::set<std::string> whole, part;
  for (const auto& d : unread) {
    if (d.unread == base::Unread::whole) whole.insert(d.where.path);
    if (d.unread == base::Unread::part) part.insert(d.where.path);
  }
  return {whole.size(), part.size()};
}

std::string unread_summary(const std::vector<base::Diagnostic>& unread) {
  const UnreadCount n = count_unread(unread);
  std::string out;
  if (n.whole > 0) out = fmt::format("{} input{} not read", n.whole, n.whole == 1 ? "" : "s");
  if (n.part > 0) {
    out += out.empty() ? fmt::format("{} input{} read in part", n.part, n.part == 1 ? "" : "s")
                       : fmt::format(", {} read in part", n.part);
  }
  return out;
}

const char* unread_status(base::Unread u) { return u == base::Unread::part ? "read-in-part" : "not-read"; }

}  // namespace concord::report
