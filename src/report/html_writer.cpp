// --format html: one self-contained page for reading a batch report in a
// browser - any input not read, totals by check and severity, findings
// grouped by entity and predicate with the quotes of each side side by side,
// a timeline of dated claims per entity, the documents read and the
// suppressed findings. A few lines of inline JavaScript filter the findings;
// without it all are shown.
//
// The archive is untrusted input, so the page is built to be safe to open:
// every piece of text from documents, rules or paths goes through escape();
// the data the script reads is JSON in a <script type="application/json">
// block with <, > and & written as \u003c, \u003e, \u0026; and a
// Content-Security-Policy allows nothing but the page's own style and script
// (by SHA-256), so even an escaping bug could neither run a script nor load
// anything from the network. The output has no timestamps: equal input,
// equal bytes.
//
// Links to source files are relative URLs: relative to the folder of the
// report file with --output FILE, else to the current directory (so a report
// redirected to a file in another folder has links that do not resolve).
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <filesystem>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <string_view>
#include <tuple>
#include <utility>

#include "base/utf8.h"
#include "report/report.h"

namespace concord::report {

namespace {

namespace fs = std::filesystem;

// Returns s as HTML text or attribute value: & < > " ' as character
// references, invalid UTF-8 and control characters as U+FFFD. Every piece of
// text that comes from documents, rules or paths goes through here.
std::string escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t at = i;
    const char32_t cp = base::utf8::decode(s, i);
    switch (cp) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        if (cp == base::utf8::kInvalid || (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') ||
            (cp >= 0x7F && cp < 0xA0)) {
          base::utf8::append(out, 0xFFFD);
        } else {
          out.append(s.substr(at, i - at));
        }
    }
  }
  return out;
}

// JSON that is safe inside <script type="application/json">: no "</script>",
// no "<!--". Only strings can hold <, > or &, where \uXXXX means the same.
std::string script_json(const nlohmann::ordered_json& j) {
  const std::string dumped = j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  std::string out;
  out.reserve(dumped.size());
  for (char c : dumped) {
    switch (c) {
      case '<': out += "\\u003c"; break;
      case '>': out += "\\u003e"; break;
      case '&': out += "\\u0026"; break;
      default: out += c;
    }
  }
  return out;
}

// Returns the base64 SHA-256 of s, as a Content-Security-Policy source
// expression wants it ('sha256-...').
std::string sha256_base64(std::string_view s) {
  static constexpr std::array<std::uint32_t, 64> k{
      0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
      0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
      0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
      0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
      0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
      0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
      0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
      0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};
  std::array<std::uint32_t, 8> h{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  std::string m(s);
  m += '\x80';
  while (m.size() % 64 != 56) m += '\0';
  const std::uint64_t bits = static_cast<std::uint64_t>(s.size()) * 8;
  for (int i = 7; i >= 0; --i) m += static_cast<char>((bits >> (i * 8)) & 0xff);
  auto rotr = [](std::uint32_t x, int n) { return (x >> n) | (x << (32 - n)); };
  for (std::size_t block = 0; block < m.size(); block += 64) {
    std::array<std::uint32_t, 64> w{};
    for (int i = 0; i < 16; ++i) {
      for (int b = 0; b < 4; ++b) w[i] = (w[i] << 8) | static_cast<unsigned char>(m[block + 4 * i + b]);
    }
    for (int i = 16; i < 64; ++i) {
      const std::uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
      const std::uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    std::array<std::uint32_t, 8> v = h;
    for (int i = 0; i < 64; ++i) {
      const std::uint32_t t1 = v[7] + (rotr(v[4], 6) ^ rotr(v[4], 11) ^ rotr(v[4], 25)) +
                               ((v[4] & v[5]) ^ (~v[4] & v[6])) + k[i] + w[i];
      const std::uint32_t t2 =
          (rotr(v[0], 2) ^ rotr(v[0], 13) ^ rotr(v[0], 22)) + ((v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]));
      std::copy_backward(v.begin(), v.end() - 1, v.end());
      v[4] += t1;
      v[0] = t1 + t2;
    }
    for (int i = 0; i < 8; ++i) h[i] += v[i];
  }
  std::string digest;
  for (std::uint32_t x : h) {
    for (int b = 3; b >= 0; --b) digest += static_cast<char>((x >> (b * 8)) & 0xff);
  }
  static constexpr std::string_view kB64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (std::size_t i = 0; i < digest.size(); i += 3) {
    std::uint32_t n = static_cast<unsigned char>(digest[i]) << 16;
    if (i + 1 < digest.size()) n |= static_cast<unsigned char>(digest[i + 1]) << 8;
    if (i + 2 < digest.size()) n |= static_cast<unsigned char>(digest[i + 2]);
    out += kB64[(n >> 18) & 63];
    out += kB64[(n >> 12) & 63];
    out += i + 1 < digest.size() ? kB64[(n >> 6) & 63] : '=';
    out += i + 2 < digest.size() ? kB64[n & 63] : '=';
  }
  return out;
}

// Turns citation paths (relative to the current directory, as the user
// named them) into relative URLs from the report's folder.
class Links {
 public:
  // REQUIRES: output_path, when not empty, names the report file.
  explicit Links(const std::string& output_path) {
    std::error_code ec;
    base_ = fs::current_path(ec);
    if (!output_path.empty()) base_ = fs::weakly_canonical(fs::absolute(output_path, ec), ec).parent_path();
  }

  // Returns the href for path, escaped for an attribute.
  const std::string& href(const std::string& path) {
    auto [it, fresh] = cache_.try_emplace(path);
    if (fresh) it->second = escape(percent_encode(relative(path)));
    return it->second;
  }

 private:
  std::string relative(const std::string& path) const {
    std::error_code ec;
    const fs::path target = fs::weakly_canonical(fs::absolute(path, ec), ec);
    if (ec) return path;
    const fs::path rel = fs::relative(target, base_, ec);
    if (ec || rel.empty()) return target.string();
    return rel.generic_string();
  }

  // Percent-encodes all but unreserved characters and "/", so a file name
  // cannot add a scheme ("javascript:"), a query or a fragment.
  static std::string percent_encode(const std::string& p) {
    std::string out;
    for (unsigned char c : p) {
      const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (alnum || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
        out += static_cast<char>(c);
      } else {
        out += fmt::format("%{:02X}", c);
      }
    }
    return out;
  }

  fs::path base_;
  std::map<std::string, std::string> cache_;
};

// Everything that is appended to the page.
class Page {
 public:
  template <typename... Args>
  void operator()(fmt::format_string<Args...> f, Args&&... args) {
    fmt::format_to(std::back_inserter(html_), f, std::forward<Args>(args)...);
  }
  void raw(std::string_view s) { html_ += s; }
  const std::string& html() const { return html_; }

 private:
  std::string html_;
};

std::string where(const ingest::Citation& c) {
  if (c.start.line <= 0) return c.path;
  return fmt::format("{}:{}:{}", c.path, c.start.line, c.start.column);
}

// The first `n` code points of s, as bytes.
std::size_t bytes_of(const std::string& s, std::size_t n) {
  std::size_t i = 0;
  for (std::size_t k = 0; k < n && i < s.size(); ++k) base::utf8::decode(s, i);
  return i;
}

// The side's sentence, escaped, with the claim's words in <mark>.
std::string highlighted(const check::Side& s) {
  if (s.sentence.empty()) return "<mark>" + escape(s.citation.quote) + "</mark>";
  const std::size_t b = bytes_of(s.sentence, s.highlight_begin);
  const std::size_t e = std::max(b, bytes_of(s.sentence, s.highlight_end));
  if (e == b) return escape(s.sentence);
  const std::string_view t = s.sentence;
  return escape(t.substr(0, b)) + "<mark>" + escape(t.substr(b, e - b)) + "</mark>" + escape(t.substr(e));
}

const char* severity(check::Severity s) { return check::severity_name(s); }

// What the filter box searches: everything a reader might type.
std::string search_text(const check::Finding& f) {
  std::string t = f.message + "\n" + f.check + "\n" + f.subject + "\n" + f.predicate + "\n" + f.fact;
  for (const auto& s : f.sides) {
    for (const std::string* x : {&s.value, &s.rule, &s.citation.path.str(), &s.citation.quote, &s.sentence, &s.speaker,
                                 &s.attribution}) {
      t += "\n" + *x;
    }
  }
  for (const auto& n : f.notes) t += "\n" + n;
  return t;
}

// Claims are matched across findings and timelines by their words' place.
using CitationKey = std::tuple<std::string, std::size_t, std::size_t>;
using Disputed = std::map<CitationKey, std::size_t>;
CitationKey key(const ingest::Citation& c) { return {c.path, c.byte_begin, c.byte_end}; }

// Findings grouped by subject, then predicate, in the order they first
// appear (so the groups with errors come first).
struct Group {
  std::string subject;
  std::vector<std::pair<std::string, std::vector<std::size_t>>> predicates;
};

std::vector<Group> group(const std::vector<check::Finding>& findings) {
  std::vector<Group> groups;
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const check::Finding& f = findings[i];
    auto [it, fresh] = index.try_emplace(f.subject, groups.size());
    if (fresh) groups.push_back({f.subject, {}});
    auto& preds = groups[it->second].predicates;
    auto p = std::find_if(preds.begin(), preds.end(), [&](const auto& x) { return x.first == f.predicate; });
    if (p == preds.end()) {
      preds.push_back({f.predicate, {}});
      p = preds.end() - 1;
    }
    p->second.push_back(i);
  }
  return groups;
}

constexpr std::string_view kStyle = R"css(
:root{--fg:#1d2433;--muted:#5b6578;--line:#d9dee7;--bg:#fff;--panel:#f6f8fb;--mark:#ffe58f;
--error:#b42318;--error-bg:#fef3f2;--warning:#b54708;--warning-bg:#fffaeb;--info:#175cd3;--info-bg:#eff8ff;
--draft:#6941c6;--draft-bg:#f7f3ff;--link:#1f5fbf}
@media (prefers-color-scheme:dark){:root{--fg:#e4e8ef;--muted:#9aa4b5;--line:#343b48;--bg:#15181e;
--panel:#1d222a;--mark:#6b5a12;--error:#ff8a80;--error-bg:#3a1f1f;--warning:#ffb86b;--warning-bg:#3a2c17;
--info:#8ab4ff;--info-bg:#1b2a42;--draft:#c4a8ff;--draft-bg:#2a2340;--link:#8ab4ff}}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
main{max-width:72rem;margin:0 auto;padding:1rem 1.25rem 4rem}
a{color:var(--link)}
h1{font-size:1.6rem;margin:.5rem 0 .25rem}
h2{font-size:1.25rem;margin:2.5rem 0 .75rem;padding-bottom:.3rem;border-bottom:2px solid var(--line)}
h3{font-size:1.1rem;margin:1.75rem 0 .5rem}
h4{font-size:.8rem;margin:1rem 0 .5rem;color:var(--muted);text-transform:uppercase;letter-spacing:.06em}
code,.src,.mono{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"DejaVu Sans Mono",monospace;font-size:.85em}
.meta{color:var(--muted);margin:0}
.counts{display:flex;flex-wrap:wrap;gap:.5rem;margin:.75rem 0 0;padding:0;list-style:none}
.counts li{padding:.2rem .7rem;border-radius:999px;background:var(--panel);border:1px solid var(--line)}
.counts b{font-variant-numeric:tabular-nums}
nav.toc{margin:.75rem 0 0;display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.9rem}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;padding:.35rem .6rem;border-bottom:1px solid var(--line);vertical-align:top}
th{font-weight:600;color:var(--muted);font-size:.8rem;text-transform:uppercase;letter-spacing:.04em}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
td.zero{color:var(--line)}
td .title{color:var(--muted)}
td code{white-space:nowrap}
td.mono{overflow-wrap:anywhere;min-width:10rem}
tr.total td{font-weight:600;border-top:2px solid var(--line)}
td.error{color:var(--error);font-weight:600}td.warning{color:var(--warning);font-weight:600}td.info{color:var(--info);font-weight:600}
.filters{position:sticky;top:0;z-index:1;display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;
padding:.6rem .75rem;margin:0 0 1rem;background:var(--panel);border:1px solid var(--line);border-radius:.5rem}
.filters input[type=search]{flex:1 1 16rem;min-width:0;font:inherit;padding:.35rem .6rem;border:1px solid var(--line);
border-radius:.375rem;background:var(--bg);color:var(--fg)}
.filters fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.35rem;align-items:center}
.filters legend{float:left;margin-right:.35rem;font-size:.8rem;color:var(--muted)}
.toggle{display:inline-flex;align-items:center;gap:.3rem;padding:.1rem .55rem;border:1px solid var(--line);
border-radius:999px;font-size:.85rem;cursor:pointer;user-select:none;background:var(--bg)}
.toggle input{margin:0}
.toggle .n{color:var(--muted);font-variant-numeric:tabular-nums}
.toggle.zero{opacity:.55}
#shown{margin-left:auto;font-size:.85rem;color:var(--muted);font-variant-numeric:tabular-nums}
.empty{color:var(--muted);font-style:italic}
.entity>h3 .sub{font-weight:400;font-size:.85rem;margin-left:.5rem}
.finding{border:1px solid var(--line);border-left:4px solid var(--info);border-radius:.5rem;padding:.75rem 1rem;
margin:0 0 1rem;background:var(--bg)}
.finding.error{border-left-color:var(--error)}.finding.warning{border-left-color:var(--warning)}
.finding-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:.5rem}
.sev{font-size:.72rem;font-weight:700;text-transform:uppercase;letter-spacing:.05em;padding:.05rem .45rem;
border-radius:.25rem;color:var(--info);background:var(--info-bg)}
.sev.error{color:var(--error);background:var(--error-bg)}.sev.warning{color:var(--warning);background:var(--warning-bg)}
.check{font-size:.8rem;color:var(--muted)}
.permalink{margin-left:auto;font-size:.8rem;color:var(--muted);text-decoration:none}
.message{margin:.35rem 0 .75rem;font-weight:600;overflow-wrap:anywhere}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,19rem),1fr));gap:.75rem}
.side{border:1px solid var(--line);border-radius:.375rem;padding:.5rem .75rem;background:var(--panel);min-width:0}
.side.draft{background:var(--draft-bg);border-color:var(--draft)}
.side-head{display:flex;flex-wrap:wrap;gap:.25rem .5rem;align-items:baseline;font-size:.8rem}
.role{font-weight:700;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);font-size:.72rem}
.draft .role,.role.draft{color:var(--draft)}
.src{overflow-wrap:anywhere}
blockquote{margin:.4rem 0;padding:0 0 0 .6rem;border-left:3px solid var(--line);overflow-wrap:anywhere}
mark{background:var(--mark);color:inherit;padding:0 .1em;border-radius:.15em}
dl.facts{display:grid;grid-template-columns:auto 1fr;gap:.1rem .75rem;margin:.4rem 0 0;font-size:.85rem}
dl.facts dt{color:var(--muted)}dl.facts dd{margin:0;overflow-wrap:anywhere}
dd.value{font-weight:600}
.notes{margin:.75rem 0 0;padding-left:1.2rem;font-size:.85rem;color:var(--muted)}
.timeline ol{list-style:none;margin:0;padding:0 0 0 1rem;border-left:2px solid var(--line)}
.timeline li{position:relative;padding:.3rem 0 .6rem .75rem}
.timeline li::before{content:"";position:absolute;left:calc(-1rem - 6px);top:.75rem;width:10px;height:10px;
border-radius:50%;background:var(--bg);border:2px solid var(--muted)}
.timeline li.draft::before{border-color:var(--draft);background:var(--draft)}
.timeline li.disputed::before{border-color:var(--error)}
.timeline time{font-weight:600;font-variant-numeric:tabular-nums;margin-right:.5rem}
.timeline .what{margin-right:.5rem}
.timeline q{display:block;color:var(--muted);font-size:.9rem;overflow-wrap:anywhere}
.tag{display:inline-block;font-size:.7rem;font-weight:700;text-transform:uppercase;letter-spacing:.05em;
padding:0 .4rem;border-radius:.25rem;border:1px solid currentColor;color:var(--muted);margin-right:.35rem}
.tag.draft{color:var(--draft)}.tag.disputed{color:var(--error);text-decoration:none}
.suppressed li,.unread li{margin:0 0 .5rem}
.reason{color:var(--muted)}
footer{margin-top:3rem;color:var(--muted);font-size:.8rem}
@media (max-width:40rem){body{font-size:14px}main{padding:.75rem}td .title{display:none}th,td{padding:.3rem .3rem}th{letter-spacing:0}.finding{padding:.6rem .7rem}#shown{margin-left:0}}
@media print{body{font-size:10pt}.filters,nav.toc,.permalink,h3 .sub{display:none!important}
mark,.sev,.side{-webkit-print-color-adjust:exact;print-color-adjust:exact}a{color:inherit;text-decoration:none}
.finding,.side,.timeline li,tr{break-inside:avoid}h2,h3,h4{break-after:avoid}main{max-width:none;padding:0}}
)css";

// Filters findings by words, severity and check; keeps "N of M shown" and
// the groups' visibility in step.
constexpr std::string_view kScript = R"js(
(function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form) return;  // no findings, nothing to filter
  var data = JSON.parse(document.getElementById('concord-data').textContent);
  var box = document.getElementById('q');
  var shown = document.getElementById('shown');
  var none = document.getElementById('none-shown');
  var items = data.findings.map(function (f) {
    return {el: document.getElementById(f.id), severity: f.severity, check: f.check, text: f.text.toLowerCase()};
  });
  var groups = Array.prototype.slice.call(document.querySelectorAll('.group'));
  function ticked(name) {
    var on = {};
    form.querySelectorAll('input[name="' + name + '"]').forEach(function (i) { on[i.value] = i.checked; });
    return on;
  }
  function apply() {
    var words = box.value.toLowerCase().split(/\s+/).filter(Boolean);
    var severities = ticked('severity'), checks = ticked('check'), n = 0;
    items.forEach(function (it) {
      var ok = severities[it.severity] !== false && checks[it.check] !== false &&
          words.every(function (w) { return it.text.indexOf(w) >= 0; });
      it.el.hidden = !ok;
      if (ok) n++;
    });
    groups.forEach(function (g) { g.hidden = !g.querySelector('.finding:not([hidden])'); });
    shown.textContent = n + ' of ' + items.length + ' shown';
    none.hidden = n > 0 || items.length === 0;
  }
  form.addEventListener('input', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  document.addEventListener('keydown', function (e) {
    if (e.key === '/' && document.activeElement !== box) { e.preventDefault(); box.focus(); }
    else if (e.key === 'Escape' && document.activeElement === box) { box.value = ''; apply(); }
  });
  form.hidden = false;
  apply();
})();
)js";

class HtmlWriter final : public Writer {
 public:
  void write(const Report& r, std::FILE* out) override {
    Links links(r.output_path);
    std::array<std::size_t, 3> counts{};
    for (const auto& f : r.findings) ++counts[static_cast<int>(f.severity)];
    Disputed disputed;  // claim words -> the first finding that cites them
    for (std::size_t i = 0; i < r.findings.size(); ++i) {
      for (const auto& s : r.findings[i].sides) disputed.try_emplace(key(s.citation), i + 1);
    }
    std::map<std::string, std::size_t> timeline_ids;  // entity -> index of its timeline
    for (const auto& e : r.timeline) timeline_ids.try_emplace(e.entity, timeline_ids.size() + 1);

    Page p;
    p.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    p("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-{}'; "
      "script-src 'sha256-{}'; base-uri 'none'; form-action 'none'\">\n",
      sha256_base64(kStyle), sha256_base64(kScript));
    p.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<meta name=\"color-scheme\" content=\"light dark\">\n"
          "<meta name=\"generator\" content=\"concord " CONCORD_VERSION "\">\n");
    p("<title>concord report: {} errors, {} warnings, {} info</title>\n", counts[2], counts[1], counts[0]);
    p("<style>{}</style>\n</head>\n<body>\n<main>\n", kStyle);
    header(p, r, counts);
    unread(p, r, links);
    totals(p, r);
    findings(p, r, counts, links, timeline_ids);
    timelines(p, r, links, disputed, timeline_ids);
    documents(p, r, links);
    suppressed(p, r, links);
    p("<footer>concord {} · rules {}</footer>\n</main>\n", CONCORD_VERSION, escape(r.rules_fingerprint));
    data(p, r);
    p("<script>{}</script>\n</body>\n</html>\n", kScript);
    std::fwrite(p.html().data(), 1, p.html().size(), out);
  }

 private:
  static void header(Page& p, const Report& r, const std::array<std::size_t, 3>& counts) {
    const auto drafts = r.documents.drafts();
    p.raw("<header>\n<h1>concord report</h1>\n");
    p("<p class=\"meta\">concord {} · rules <code>{}</code></p>\n", CONCORD_VERSION, escape(r.rules_fingerprint));
    auto count = [&](std::size_t n, const char* one, const char* many) {
      p("<li><b>{}</b> {}</li>", n, n == 1 ? one : many);
    };
    p.raw("<ul class=\"counts\">");
    count(counts[2], "error", "errors");
    count(counts[1], "warning", "warnings");
    count(counts[0], "info", "info");
    count(r.documents.size(), "document", "documents");
    if (drafts > 0) count(static_cast<std::size_t>(drafts), "draft checked against the rest", "drafts checked against the rest");
    count(r.suppressed.size(), "suppressed", "suppressed");
    const UnreadCount unread = count_unread(r.unread);
    if (unread.whole > 0) count(unread.whole, "input not read", "inputs not read");
    if (unread.part > 0) count(unread.part, "input read in part", "inputs read in part");
    p.raw("</ul>\n");
    p.raw("<nav class=\"toc\">");
    if (!r.unread.empty()) p.raw("<a href=\"#unread\">Not read</a>");
    p.raw("<a href=\"#totals\">Totals</a><a href=\"#findings\">Findings</a>"
          "<a href=\"#timelines\">Timelines</a><a href=\"#documents\">Documents</a>"
          "<a href=\"#suppressed\">Suppressed</a></nav>\n</header>\n");
  }

  // Inputs not read, or read in part, first: the findings cannot speak for them.
  static void unread(Page& p, const Report& r, Links& links) {
    if (r.unread.empty()) return;
    p("<section id=\"unread\">\n<h2>Not read <span class=\"check\">{}</span></h2>\n", r.unread.size());
    p.raw("<p>These inputs were not read, or only in part, so the findings below cannot speak for them.</p>\n"
          "<ul class=\"unread\">\n");
    for (const auto& d : r.unread) {
      const char* sev = d.severity == base::Severity::error ? "error" : "warning";
      p("<li><span class=\"sev {0}\">{0}</span> <a class=\"src\" href=\"{1}\">{2}</a> <b>{3}</b>: {4}</li>\n", sev,
        links.href(d.where.path), escape(base::format_location(d.where)),
        d.unread == base::Unread::part ? "read in part" : "not read", escape(d.message));
    }
    p.raw("</ul>\n</section>\n");
  }

  // Rows: every check that ran, then any other check with findings.
  static void totals(Page& p, const Report& r) {
    std::vector<std::string> ids;
    for (const auto* c : r.checks) ids.push_back(c->id);
    for (const auto& f : r.findings) {
      if (std::find(ids.begin(), ids.end(), f.check) == ids.end()) ids.push_back(f.check);
    }
    std::map<std::string, std::array<std::size_t, 3>> n;
    for (const auto& f : r.findings) ++n[f.check][static_cast<int>(f.severity)];
    p.raw("<section id=\"totals\">\n<h2>Totals</h2>\n<div class=\"scroll\"><table>\n<thead><tr><th>check</th>"
          "<th class=\"n\">error</th><th class=\"n\">warning</th><th class=\"n\">info</th><th class=\"n\">total</th>"
          "</tr></thead>\n<tbody>\n");
    std::array<std::size_t, 3> sum{};
    auto cell = [&](std::size_t v, const char* sev) {
      p("<td class=\"n {}\">{}</td>", v == 0 ? "zero" : sev, v);
    };
    for (const auto& id : ids) {
      const auto c = n[id];
      std::string title;
      for (const auto* info : r.checks) {
        if (info->id == id) title = info->title;
      }
      p("<tr><td><code>{}</code> <span class=\"title\">{}</span></td>", escape(id), escape(title));
      for (int s = 2; s >= 0; --s) {
        cell(c[s], severity(static_cast<check::Severity>(s)));
        sum[s] += c[s];
      }
      p("<td class=\"n\">{}</td></tr>\n", c[0] + c[1] + c[2]);
    }
    p.raw("<tr class=\"total\"><td>all checks</td>");
    for (int s = 2; s >= 0; --s) cell(sum[s], severity(static_cast<check::Severity>(s)));
    p("<td class=\"n\">{}</td></tr>\n</tbody></table></div>\n</section>\n", sum[0] + sum[1] + sum[2]);
  }

  static void findings(Page& p, const Report& r, const std::array<std::size_t, 3>& counts, Links& links,
                       const std::map<std::string, std::size_t>& timeline_ids) {
    p.raw("<section id=\"findings\">\n<h2>Findings</h2>\n");
    if (r.findings.empty()) {
      p.raw("<p class=\"empty\">No findings.</p>\n</section>\n");
      return;
    }
    p.raw("<form id=\"filters\" class=\"filters\" role=\"search\" hidden>\n"
          "<input type=\"search\" id=\"q\" placeholder=\"Filter: words, names, paths\" title=\"Words in messages, quotes, paths and entities; / to focus, Esc to clear\" "
          "aria-label=\"Filter findings\" autocomplete=\"off\" spellcheck=\"false\">\n"
          "<fieldset><legend>severity</legend>");
    for (int s = 2; s >= 0; --s) {
      const char* name = severity(static_cast<check::Severity>(s));
      p("<label class=\"toggle{2}\"><input type=\"checkbox\" name=\"severity\" value=\"{0}\" checked>{0} "
        "<span class=\"n\">{1}</span></label>",
        name, counts[s], counts[s] == 0 ? " zero" : "");
    }
    p.raw("</fieldset>\n<fieldset><legend>check</legend>");
    std::map<std::string, std::size_t> by_check;
    for (const auto& f : r.findings) ++by_check[f.check];
    for (const auto& [id, n] : by_check) {
      p("<label class=\"toggle\"><input type=\"checkbox\" name=\"check\" value=\"{0}\" checked>{0} "
        "<span class=\"n\">{1}</span></label>",
        escape(id), n);
    }
    p("</fieldset>\n<output id=\"shown\" aria-live=\"polite\">{0} of {0} shown</output>\n</form>\n",
      r.findings.size());
    p.raw("<p id=\"none-shown\" class=\"empty\" hidden>No findings match the filter.</p>\n");
    std::size_t g = 0;
    for (const Group& grp : group(r.findings)) {
      ++g;
      p("<section class=\"group entity\" id=\"e-{}\">\n<h3>{}", g,
        grp.subject.empty() ? "<span class=\"empty\">no entity</span>" : escape(grp.subject));
      if (auto t = timeline_ids.find(grp.subject); t != timeline_ids.end()) {
        p("<a class=\"sub\" href=\"#t-{}\">timeline</a>", t->second);
      }
      p.raw("</h3>\n");
      for (const auto& [predicate, indexes] : grp.predicates) {
        p("<section class=\"group predicate\">\n<h4>{}</h4>\n", escape(predicate));
        for (std::size_t i : indexes) finding(p, r.findings[i], i + 1, links);
        p.raw("</section>\n");
      }
      p.raw("</section>\n");
    }
    p.raw("</section>\n");
  }

  static void finding(Page& p, const check::Finding& f, std::size_t n, Links& links) {
    const char* sev = severity(f.severity);
    p("<article class=\"finding {0}\" id=\"f{1}\" data-severity=\"{0}\" data-check=\"{2}\" data-fingerprint=\"{3}\">\n"
      "<div class=\"finding-head\"><span class=\"sev {0}\">{0}</span><span class=\"check\">{2}</span>"
      "<a class=\"permalink\" href=\"#f{1}\">#{1}</a></div>\n<p class=\"message\">{4}</p>\n<div class=\"sides\">\n",
      sev, n, escape(f.check), escape(f.fingerprint), escape(f.message));
    for (const auto& s : f.sides) side(p, s, links);
    p.raw("</div>\n");
    if (!f.notes.empty()) {
      p.raw("<ul class=\"notes\">");
      for (const auto& note : f.notes) p("<li>{}</li>", escape(note));
      p.raw("</ul>\n");
    }
    p.raw("</article>\n");
  }

  static void side(Page& p, const check::Side& s, Links& links) {
    const char* role = s.draft ? "draft" : s.rule == "gazetteer" ? "gazetteer" : "archive";
    p("<div class=\"side{}\">\n<div class=\"side-head\"><span class=\"role\">{}</span>{}</div>\n"
      "<blockquote>{}</blockquote>\n<dl class=\"facts\"><dt>value</dt><dd class=\"value\">{}</dd>"
      "<dt>modality</dt><dd>{}</dd>",
      s.draft ? " draft" : "", role, link(s.citation, links), highlighted(s), escape(s.value),
      rules::modality_name(s.modality));
    if (!s.speaker.empty()) p("<dt>said by</dt><dd>{}</dd>", escape(s.speaker));
    if (!s.attribution.empty()) p("<dt>credited to</dt><dd>{}</dd>", escape(s.attribution));
    if (!s.rule.empty()) p("<dt>rule</dt><dd><code>{}</code></dd>", escape(s.rule));
    p.raw("</dl>\n</div>\n");
  }

  static std::string link(const ingest::Citation& c, Links& links) {
    if (c.path.empty()) return {};
    return fmt::format("<a class=\"src\" href=\"{}\">{}</a>", links.href(c.path), escape(where(c)));
  }

  static void timelines(Page& p, const Report& r, Links& links,
                        const Disputed& disputed,
                        const std::map<std::string, std::size_t>& timeline_ids) {
    p.raw("<section id=\"timelines\">\n<h2>Timelines</h2>\n");
    if (r.timeline.empty()) p.raw("<p class=\"empty\">No dated claims about the entities in the findings.</p>\n");
    std::vector<const TimelineEntry*> entries;
    for (const auto& e : r.timeline) entries.push_back(&e);
    std::stable_sort(entries.begin(), entries.end(), [&](const TimelineEntry* a, const TimelineEntry* b) {
      const std::size_t ta = timeline_ids.at(a->entity), tb = timeline_ids.at(b->entity);
      return ta != tb ? ta < tb : a->first_day < b->first_day;
    });
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const TimelineEntry& e = *entries[i];
      if (i == 0 || entries[i - 1]->entity != e.entity) {
        p("<section class=\"timeline\" id=\"t-{}\">\n<h3>{}</h3>\n<ol>\n", timeline_ids.at(e.entity), escape(e.entity));
      }
      const auto finding = disputed.find(key(e.citation));
      const bool contested = finding != disputed.end();
      p("<li class=\"{}{}\"><time>{}</time><span class=\"what\">{}</span>", e.draft ? "draft" : "",
        contested ? " disputed" : "", escape(e.date), escape(e.what));
      if (e.draft) p.raw("<span class=\"tag draft\">draft</span>");
      if (contested) p("<a class=\"tag disputed\" href=\"#f{0}\">finding #{0}</a>", finding->second);
      if (e.modality != rules::Modality::asserted) p("<span class=\"tag\">{}</span>", rules::modality_name(e.modality));
      p("{}<q>{}</q></li>\n", link(e.citation, links), escape(e.citation.quote));
      if (i + 1 == entries.size() || entries[i + 1]->entity != e.entity) p.raw("</ol>\n</section>\n");
    }
    p.raw("</section>\n");
  }

  static void documents(Page& p, const Report& r, Links& links) {
    p("<section id=\"documents\">\n<h2>Documents <span class=\"check\">{}</span></h2>\n", r.documents.size());
    p.raw("<div class=\"scroll\"><table>\n<thead><tr><th>path</th><th>role</th><th>date</th><th>date from</th>"
          "<th class=\"n\">sentences</th><th class=\"n\">claims</th><th class=\"n\">KB</th></tr></thead>\n<tbody>\n");
    r.documents.for_each([&](const DocumentInfo& d) {
      std::string name = escape(d.path);
      if (d.id != d.path) name += " <span class=\"check\">" + escape(d.id) + "</span>";
      p("<tr><td class=\"mono\"><a href=\"{}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td>"
        "<td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{:.1f}</td></tr>\n",
        links.href(d.path), name, d.draft ? "<span class=\"tag draft\">draft</span>" : "archive",
        d.date ? escape(base::to_iso(*d.date)) : "<span class=\"empty\">none</span>",
        ingest::date_source_name(d.date_source), d.sentences, d.claims, d.bytes / 1024.0);
    });
    p.raw("</tbody></table></div>\n</section>\n");
  }

  static void suppressed(Page& p, const Report& r, Links& links) {
    p("<section id=\"suppressed\">\n<h2>Suppressed <span class=\"check\">{}</span></h2>\n", r.suppressed.size());
    if (r.suppressed.empty()) {
      p.raw("<p class=\"empty\">No findings were suppressed.</p>\n</section>\n");
      return;
    }
    p.raw("<ul class=\"suppressed\">\n");
    for (const auto& s : r.suppressed) {
      const check::Finding& f = s.finding;
      p("<li><span class=\"sev {0}\">{0}</span> <span class=\"check\">{1}</span> {2}", severity(f.severity),
        escape(f.check), escape(f.message));
      if (!f.sides.empty()) p(" — {}", link(f.sides.front().citation, links));
      p("<br><span class=\"reason\">suppressed: {}</span></li>\n", escape(s.reason));
    }
    p.raw("</ul>\n</section>\n");
  }

  // What the filter script reads.
  static void data(Page& p, const Report& r) {
    nlohmann::ordered_json j;
    j["findings"] = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < r.findings.size(); ++i) {
      const check::Finding& f = r.findings[i];
      j["findings"].push_back({{"id", fmt::format("f{}", i + 1)},
                               {"severity", severity(f.severity)},
                               {"check", f.check},
                               {"text", search_text(f)}});
    }
    p("<script type=\"application/json\" id=\"concord-data\">{}</script>\n", script_json(j));
  }
};

}  // namespace

std::unique_ptr<Writer> make_html_writer() { return std::make_unique<HtmlWriter>(); }

}  // namespace concord::report
