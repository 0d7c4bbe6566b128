// The date normalizer: the words a DATE pattern matched -> an interval of days.
//
// The words are split into tokens, leading prepositions are dropped, and each
// form a news story writes a date in is tried in turn; a form succeeds only if
// it reads every token, so stray words make the whole phrase unresolvable.
//
// Choices for what the words leave open (the header gives the contract):
// - A bare weekday ("on Monday") is the latest such day on or before the
//   document date in the past or an unknown tense, the first one after it in
//   the future tense; on the document's own weekday it is ambiguous (that
//   day, or a week away). "last Monday" is the latest strictly before the document
//   date, "next Monday" the first strictly after it (so the day after a
//   Sunday story's date), "this Monday" the one in the document date's
//   Monday-to-Sunday week. "Monday last week" is in the week before that.
// - A date without a year ("Nov. 17", "July", "the spring") takes the year
//   that puts it nearest the document date in the tense's direction: in the
//   past tense the latest one starting no later than the document date, in the
//   future tense the earliest one ending no earlier; a day may be up to
//   kYearlessSlackDays on the wrong side, as publication dates are often a day
//   or two off. In an unknown tense the nearest one, either side, wins. A
//   value the tense put further away than a reading on the other side is
//   ambiguous ("Dec. 30" in a past-tense story dated Nov. 20).
// - "last July" / "last summer" are the latest ones ending before the
//   document date, "next July" / "next summer" the earliest starting after it,
//   "this July" is in the document's year and "this summer" the nearest.
// - Seasons are meteorological and approximate; the winter of 2014 runs from
//   December 2013 to February 2014 ("2014-WI").
// - "early", "mid" and "late" take the first, middle and last third of a year
//   (Jan-Apr, May-Aug, Sep-Dec), a month (1-10, 11-20, 21-end), a week
//   (Mon-Wed, Tue-Thu, Thu-Sun) or a decade (0-3, 3-6, 6-9), approximately;
//   "the beginning/start", "the middle" and "the end of" mean the same.
//   Before a single day ("early Monday", "late yesterday") they change nothing.
// - "N weeks/months/years ago" is the whole week, month or year N units back;
//   "a few" is 2-5 and "several" 3-7, approximately.
#include "claim/date_value.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>
#include <vector>

namespace concord::claim {

namespace {

using base::Date;
using base::Weekday;
using Days = std::int64_t;

// How far on the wrong side of the document date a day without a year may fall
// before another year is chosen ("Nov. 20" in a past-tense story dated Nov. 18).
constexpr Days kYearlessSlackDays = 7;

// ---------------------------------------------------------------------------
// Values

DateValue span(Days first, Days last, Granularity g, bool approximate = false) {
  return {first, last, g, approximate};
}

DateValue day_value(Days d) { return span(d, d, Granularity::day); }

Days first_of_month(int y, int m) { return base::to_days({y, m, 1}); }
Days last_of_month(int y, int m) { return base::to_days({y, m, base::days_in_month(y, m)}); }

DateValue months_value(int y, int first_month, int last_month, Granularity g) {
  return span(first_of_month(y, first_month), last_of_month(y, last_month), g);
}

DateValue month_value(int y, int m) { return months_value(y, m, m, Granularity::month); }
DateValue year_value(int y) { return months_value(y, 1, 12, Granularity::year); }
DateValue quarter_value(int y, int q) { return months_value(y, 3 * q - 2, 3 * q, Granularity::quarter); }

DateValue decade_value(int first_year) {
  return span(first_of_month(first_year, 1), last_of_month(first_year + 9, 12), Granularity::decade);
}

Days monday_of(Days d) { return d - static_cast<int>(base::weekday_of_days(d)); }

// The calendar units relative words count in.
enum class Unit { week, month, year };
DateValue week_value(Days monday) { return span(monday, monday + 6, Granularity::week); }

// (y, m) moved by n months.
std::pair<int, int> add_months(int y, int m, int n) {
  const int index = y * 12 + (m - 1) + n;
  return {index / 12, index % 12 + 1};
}

enum class Season { spring, summer, fall, winter };

// Meteorological seasons; winter Y runs from December Y-1 to February Y.
DateValue season_value(int y, Season s) {
  DateValue v;
  switch (s) {
    case Season::spring: v = months_value(y, 3, 5, Granularity::season); break;
    case Season::summer: v = months_value(y, 6, 8, Granularity::season); break;
    case Season::fall: v = months_value(y, 9, 11, Granularity::season); break;
    case Season::winter:
      v = span(first_of_month(y - 1, 12), last_of_month(y, 2), Granularity::season);
      break;
  }
  v.approximate = true;
  return v;
}

// Distance in days from d to the interval v (0 inside it).
Days distance(const DateValue& v, Days d) {
  if (d < v.first) return v.first - d;
  if (d > v.last) return d - v.last;
  return 0;
}

// Which of several candidate intervals (sorted, earliest first) words mean.
enum class Pick {
  on_or_before,  // the latest starting no later than the reference day
  on_or_after,   // the earliest ending no earlier than it
  before,        // the latest ending strictly before it
  after,         // the earliest starting strictly after it
  nearest,       // the nearest either side; the earlier on a tie
};

Pick pick_for(Tense t) {
  switch (t) {
    case Tense::past: return Pick::on_or_before;
    case Tense::future: return Pick::on_or_after;
    case Tense::unknown: break;
  }
  return Pick::nearest;
}

std::optional<DateValue> pick(const std::vector<DateValue>& candidates, Days doc, Pick p, Days slack) {
  std::optional<DateValue> best, nearest;
  for (const DateValue& v : candidates) {
    switch (p) {
      case Pick::on_or_before:
        if (v.first <= doc + slack) best = v;
        break;
      case Pick::on_or_after:
        if (!best && v.last >= doc - slack) best = v;
        break;
      case Pick::before:
        if (v.last < doc) best = v;
        break;
      case Pick::after:
        if (!best && v.first > doc) best = v;
        break;
      case Pick::nearest:
        if (!best || distance(v, doc) < distance(*best, doc)) best = v;
        break;
    }
    if (!nearest || distance(v, doc) < distance(*nearest, doc)) nearest = v;
  }
  // The tense sent the words away from a nearer reading ("Dec. 30" in a
  // past-tense story dated in November: last December, though this one is
  // a month away): say so rather than trust the tense.
  if (best && nearest && (p == Pick::on_or_before || p == Pick::on_or_after) && !(*nearest == *best) &&
      distance(*nearest, doc) < distance(*best, doc))
    best->ambiguous = true;
  return best;
}

// ---------------------------------------------------------------------------
// Labels for to_string()

std::string label(Days d, Granularity g) {
  const Date c = base::from_days(d);
  switch (g) {
    case Granularity::day: return base::to_iso(c);
    case Granularity::week: {
      // ISO 8601: a week belongs to the year of its Thursday.
      const Days thursday = monday_of(d) + 3;
      const int year = base::from_days(thursday).year;
      const Days week = (thursday - base::to_days({year, 1, 1})) / 7 + 1;
      return fmt::format("{:04}-W{:02}", year, week);
    }
    case Granularity::month: return fmt::format("{:04}-{:02}", c.year, c.month);
    case Granularity::quarter: return fmt::format("{:04}-Q{}", c.year, (c.month - 1) / 3 + 1);
    case Granularity::season: {
      static constexpr std::array<const char*, 12> kSeason{"WI", "WI", "SP", "SP", "SP", "SU",
                                                           "SU", "SU", "FA", "FA", "FA", "WI"};
      return fmt::format("{:04}-{}", c.month == 12 ? c.year + 1 : c.year, kSeason[c.month - 1]);
    }
    case Granularity::year: return fmt::format("{:04}", c.year);
    case Granularity::decade: return fmt::format("{:03}X", c.year / 10);
  }
  return base::to_iso(c);
}

// ---------------------------------------------------------------------------
// Tokens

struct Token {
  enum class Kind { word, number, dash, slash };
  Kind kind = Kind::word;
  std::string text;    // a word in lower case; a number's digits
  std::string suffix;  // letters right after a number, lower case: "th" in "17th", "s" in "1990s"
  int value = -1;      // a number's value; -1 if it has more than nine digits
};

bool is_dash_at(std::string_view s, std::size_t i, std::size_t* len) {
  // U+2010 hyphen, U+2011 non-breaking hyphen, U+2013 en dash, U+2014 em dash.
  for (std::string_view d : {"\u2010", "\u2011", "\u2013", "\u2014"}) {
    if (s.substr(i, d.size()) == d) {
      *len = d.size();
      return true;
    }
  }
  if (s[i] == '-') {
    *len = 1;
    return true;
  }
  return false;
}

bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// Consumes the characters of s from i on while is_class holds; returns them in lower case.
std::string lower_run(std::string_view s, std::size_t& i, bool (*is_class)(char)) {
  std::string out;
  while (i < s.size() && is_class(s[i])) {
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
    ++i;
  }
  return out;
}

// Splits words into tokens, dropping spaces, periods and commas. Returns
// nullopt on a character no date is written with.
std::optional<std::vector<Token>> tokenize(std::string_view s) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t len = 0;
    if (std::isspace(c) != 0 || c == '.' || c == ',') {
      ++i;
    } else if (s.substr(i, 2) == "\u00a0") {  // no-break space
      i += 2;
    } else if (std::isalpha(c) != 0) {
      out.push_back({Token::Kind::word, lower_run(s, i, is_alpha), "", -1});
    } else if (std::isdigit(c) != 0) {
      Token t{Token::Kind::number, lower_run(s, i, is_digit), "", -1};
      t.suffix = lower_run(s, i, is_alpha);
      if (t.text.size() <= 9) t.value = std::stoi(t.text);
      out.push_back(std::move(t));
    } else if (is_dash_at(s, i, &len)) {
      out.push_back({Token::Kind::dash, "-", "", -1});
      i += len;
    } else if (c == '/') {
      out.push_back({Token::Kind::slash, "/", "", -1});
      ++i;
    } else {
      return std::nullopt;
    }
  }
  return out;
}

bool is_word(const Token& t, std::string_view w) { return t.kind == Token::Kind::word && t.text == w; }

// A cursor over tokens. Copy it to try a form and backtrack.
class Reader {
 public:
  explicit Reader(const std::vector<Token>& tokens) : t_(&tokens) {}

  bool done() const { return i_ == t_->size(); }

  // Consumes the word w if it is next.
  bool word(std::string_view w) { return take_if([&](const Token& t) { return is_word(t, w); }); }

  // Consumes the next token if it is one of words; returns its index there.
  std::optional<int> one_of(std::initializer_list<std::string_view> words) {
    if (done()) return std::nullopt;
    int k = 0;
    for (std::string_view w : words) {
      if (is_word(cur(), w)) {
        ++i_;
        return k;
      }
      ++k;
    }
    return std::nullopt;
  }

  std::optional<int> month() {
    if (done() || cur().kind != Token::Kind::word) return std::nullopt;
    auto m = base::month_from_name(cur().text);
    if (m) ++i_;
    return m;
  }

  std::optional<Weekday> weekday() {
    if (done() || cur().kind != Token::Kind::word) return std::nullopt;
    auto w = base::weekday_from_name(cur().text);
    if (w) ++i_;
    return w;
  }

  // A day of the month as written: one or two digits, maybe "17th". Not
  // checked against the month.
  std::optional<int> day(bool need_ordinal = false) {
    if (done() || cur().kind != Token::Kind::number || cur().text.size() > 2) return std::nullopt;
    const std::string& s = cur().suffix;
    const bool ordinal = s == "st" || s == "nd" || s == "rd" || s == "th";
    if (!(ordinal || (s.empty() && !need_ordinal))) return std::nullopt;
    return cur_value();
  }

  // A plain number of at most max_digits digits.
  std::optional<int> number(std::size_t max_digits) {
    if (done() || cur().kind != Token::Kind::number || !cur().suffix.empty() ||
        cur().text.size() > max_digits)
      return std::nullopt;
    return cur_value();
  }

  // A year in four digits.
  std::optional<int> year() {
    if (done() || cur().kind != Token::Kind::number || !cur().suffix.empty() || cur().text.size() != 4 ||
        cur().value < 1000)
      return std::nullopt;
    return cur_value();
  }

  // A decade: "1990s".
  std::optional<int> decade() {
    if (done() || cur().kind != Token::Kind::number || cur().suffix != "s" || cur().text.size() != 4 ||
        cur().value < 1000 || cur().value % 10 != 0)
      return std::nullopt;
    return cur_value();
  }

  bool dash() { return take_if([](const Token& t) { return t.kind == Token::Kind::dash; }); }
  bool slash() { return take_if([](const Token& t) { return t.kind == Token::Kind::slash; }); }

  // "last", "this", "next" -> -1, 0, +1.
  std::optional<int> relative() {
    const auto k = one_of({"last", "this", "next"});
    return k ? std::optional(*k - 1) : std::nullopt;
  }

  // "-", "to", "through", "and", ...: between the two ends of a range.
  bool range_separator() {
    return dash() || one_of({"to", "through", "thru", "and", "until", "till"}).has_value();
  }

 private:
  const Token& cur() const { return (*t_)[i_]; }
  int cur_value() { return (*t_)[i_++].value; }

  template <typename Pred>
  bool take_if(Pred p) {
    if (done() || !p(cur())) return false;
    ++i_;
    return true;
  }

  const std::vector<Token>* t_;
  std::size_t i_ = 0;
};

// ---------------------------------------------------------------------------
// Forms

// Resolves words, as tokens, against the document date. Every form returns
// nullopt unless it reads all the tokens.
class Resolver {
 public:
  Resolver(const std::vector<Token>& tokens, const DateContext& ctx) : tokens_(tokens), ctx_(ctx) {
    if (ctx.document_date && base::is_valid_date(ctx.document_date->year, ctx.document_date->month,
                                                 ctx.document_date->day)) {
      doc_ = base::to_days(*ctx.document_date);
      doc_date_ = *ctx.document_date;
    }
  }

  std::optional<DateValue> run() const {
    using Form = std::optional<DateValue> (Resolver::*)(Reader) const;
    static constexpr std::array<Form, 15> kForms{
        &Resolver::iso,     &Resolver::month_day, &Resolver::day_month,  &Resolver::month,
        &Resolver::weekday, &Resolver::near_day,  &Resolver::period,     &Resolver::ago,
        &Resolver::season,  &Resolver::quarter,   &Resolver::decade,     &Resolver::year,
        &Resolver::edge,    &Resolver::early_day, &Resolver::ordinal_day};
    for (Form f : kForms) {
      if (auto v = (this->*f)(Reader(tokens_))) return v;
    }
    return std::nullopt;
  }

 private:
  // "2014-11-15", "2014/11/15".
  std::optional<DateValue> iso(Reader r) const {
    const auto y = r.year();
    const bool slashes = r.slash();
    if (!y || !(slashes || r.dash())) return std::nullopt;
    const auto m = r.number(2);
    if (!m || !(slashes ? r.slash() : r.dash())) return std::nullopt;
    const auto d = r.number(2);
    if (!d || !r.done() || !base::is_valid_date(*y, *m, *d)) return std::nullopt;
    return day_value(base::to_days({*y, *m, *d}));
  }

  // "Monday, Nov. 17, 2014", "Nov. 15 and 16", "Nov. 30 to Dec. 2", "NOV. 17".
  // A weekday that does not fit the date is ignored (another check reports it).
  std::optional<DateValue> month_day(Reader r) const {
    r.weekday();
    const auto m1 = r.month();
    const auto d1 = r.day();
    if (!m1 || !d1) return std::nullopt;
    int m2 = *m1, d2 = *d1;
    if (r.range_separator()) {
      if (auto m = r.month()) m2 = *m;
      const auto d = r.day();
      if (!d) return std::nullopt;
      d2 = *d;
    }
    const auto y = r.year();
    if (!r.done()) return std::nullopt;
    return days(*m1, *d1, m2, d2, y);
  }

  // "17 November 2014", "Saturday 8 October 2011", "15-16 November", "17th of November".
  std::optional<DateValue> day_month(Reader r) const {
    r.weekday();
    const auto d1 = r.day();
    if (!d1) return std::nullopt;
    int d2 = *d1;
    if (r.range_separator()) {
      const auto d = r.day();
      if (!d) return std::nullopt;
      d2 = *d;
    }
    r.word("of");
    const auto m = r.month();
    const auto y = r.year();
    if (!m || !r.done()) return std::nullopt;
    return days(*m, *d1, *m, d2, y);
  }

  // Days d1 of m1 to d2 of m2 (the next year if m2 < m1), in year y or, without
  // one, the year the tense points to (see the top of this file).
  std::optional<DateValue> days(int m1, int d1, int m2, int d2, std::optional<int> y) const {
    // A day that no year has ("February 30") is nonsense, document date or not.
    if (d1 > base::days_in_month(2000, m1) || d2 > base::days_in_month(2000, m2)) return std::nullopt;
    auto make = [&](int y1) -> std::optional<DateValue> {
      const int y2 = m2 < m1 ? y1 + 1 : y1;
      if (!base::is_valid_date(y1, m1, d1) || !base::is_valid_date(y2, m2, d2)) return std::nullopt;
      const Days first = base::to_days({y1, m1, d1});
      const Days last = base::to_days({y2, m2, d2});
      if (first > last) return std::nullopt;
      return span(first, last, Granularity::day);
    };
    if (y) return make(m2 < m1 ? *y - 1 : *y);  // "Dec. 30 to Jan. 2, 2015"
    return yearless(make, pick_for(ctx_.tense), kYearlessSlackDays);
  }

  // "July", "December 2011", "Dec. 2011", "July of this year", "last July".
  std::optional<DateValue> month(Reader r) const {
    const auto rel = r.relative();
    const auto m = r.month();
    if (!m) return std::nullopt;
    if (!rel) {
      auto v = month_in(r, *m);
      return r.done() ? v : std::nullopt;
    }
    if (!r.done() || !doc_) return std::nullopt;
    if (*rel == 0) return month_value(doc_date_.year, *m);
    auto make = [&](int y) -> std::optional<DateValue> { return month_value(y, *m); };
    return yearless(make, *rel < 0 ? Pick::before : Pick::after, 0);
  }

  // Month m in the year the words after it give ("2011", "of this year"), or
  // without one, the year the tense points to.
  std::optional<DateValue> month_in(Reader& r, int m) const {
    r.word("of");
    auto make = [&](int y) -> std::optional<DateValue> { return month_value(y, m); };
    if (r.done()) return yearless(make, pick_for(ctx_.tense), 0);
    const auto y = year_of(r);
    if (!y) return std::nullopt;
    return make(*y);
  }

  // "Monday", "last Monday", "next Monday", "this Monday", "Monday last week".
  std::optional<DateValue> weekday(Reader r) const {
    const auto rel = r.relative();
    const auto w = r.weekday();
    if (!w || !doc_) return std::nullopt;
    const Days want = static_cast<Days>(*w);
    const Days have = static_cast<Days>(base::weekday_of_days(*doc_));
    if (auto week = r.relative()) {  // "Monday last week"
      if (rel || !r.word("week") || !r.done()) return std::nullopt;
      return day_value(monday_of(*doc_) + 7 * *week + want);
    }
    if (!r.done()) return std::nullopt;
    const Days back = (have - want + 7) % 7;  // to the latest on or before the document date
    const Days ahead = (want - have + 7) % 7;  // to the first on or after it
    if (rel == -1) return day_value(*doc_ - (back == 0 ? 7 : back));
    if (rel == 0) return day_value(monday_of(*doc_) + want);
    // "Monday" in a story dated Monday is that day, or a week away.
    if (rel == 1 || ctx_.tense == Tense::future) {
      DateValue v = day_value(*doc_ + (ahead == 0 ? 7 : ahead));
      v.ambiguous = !rel && ahead == 0;
      return v;
    }
    DateValue v = day_value(*doc_ - back);
    v.ambiguous = back == 0;
    return v;
  }

  // "yesterday", "today", "tomorrow", "tonight", "last night", "this morning",
  // "the day before yesterday".
  std::optional<DateValue> near_day(Reader r) const {
    struct Phrase {
      std::array<std::string_view, 3> words;  // "" after the last word
      int offset;
    };
    static constexpr std::array<Phrase, 10> kPhrases{{
        {{"yesterday"}, -1},
        {{"today"}, 0},
        {{"tonight"}, 0},
        {{"tomorrow"}, 1},
        {{"last", "night"}, -1},
        {{"this", "morning"}, 0},
        {{"this", "afternoon"}, 0},
        {{"this", "evening"}, 0},
        {{"day", "before", "yesterday"}, -2},
        {{"day", "after", "tomorrow"}, 2},
    }};
    for (const Phrase& p : kPhrases) {
      Reader q = r;
      bool all = true;
      for (std::string_view w : p.words) all = all && (w.empty() || q.word(w));
      if (all && q.done()) return doc_ ? std::optional(day_value(*doc_ + p.offset)) : std::nullopt;
    }
    return std::nullopt;
  }

  // "this week", "last month", "next year", "this weekend", "earlier this
  // month", "later this year".
  std::optional<DateValue> period(Reader r) const {
    const auto part = r.one_of({"earlier", "later"});
    std::optional<int> rel;
    if (!part) {
      rel = r.relative();
    } else if (r.word("this")) {
      rel = 0;
    }
    const auto unit = r.one_of({"week", "month", "year", "weekend"});
    if (!rel || !unit || !r.done() || !doc_) return std::nullopt;
    if (*unit == 3) {
      if (part) return std::nullopt;
      const Days saturday = monday_of(*doc_) + 7 * *rel + 5;
      return span(saturday, saturday + 1, Granularity::day);
    }
    const DateValue v = unit_value(static_cast<Unit>(*unit), *rel);
    if (!part) return v;
    if (v.granularity == Granularity::year) {  // "later this year": months, from the document's on
      const int m = doc_date_.month;
      return *part == 0 ? months_value(doc_date_.year, 1, m, Granularity::month)
                        : months_value(doc_date_.year, m, 12, Granularity::month);
    }
    return *part == 0 ? span(v.first, *doc_, Granularity::day) : span(*doc_, v.last, Granularity::day);
  }

  // The week, month or year n units from the document date's. REQUIRES: doc_.
  DateValue unit_value(Unit unit, int n) const {
    switch (unit) {
      case Unit::week: return week_value(monday_of(*doc_) + 7 * n);
      case Unit::month: {
        const auto [y, m] = add_months(doc_date_.year, doc_date_.month, n);
        return month_value(y, m);
      }
      case Unit::year: break;
    }
    return year_value(doc_date_.year + n);
  }

  // "two days ago", "three weeks ago", "a year ago", "a few months ago".
  std::optional<DateValue> ago(Reader r) const {
    const auto count = count_of(r);
    const auto unit = r.one_of({"day", "days", "week", "weeks", "month", "months", "year", "years"});
    if (!count || !unit || !r.word("ago") || !r.done() || !doc_) return std::nullopt;
    const auto [low, high, approximate] = *count;
    DateValue v;
    if (*unit / 2 == 0) {
      v = span(*doc_ - high, *doc_ - low, Granularity::day);
    } else {
      const Unit u = static_cast<Unit>(*unit / 2 - 1);
      v = unit_value(u, -high);
      v.last = unit_value(u, -low).last;
    }
    v.approximate = approximate;
    return v;
  }

  struct Count {
    int low, high;
    bool approximate;
  };

  // "2", "two", "a", "a few", "several", "a couple of".
  static std::optional<Count> count_of(Reader& r) {
    if (auto n = r.number(3)) return Count{*n, *n, false};
    if (r.word("a") || r.word("an")) {
      if (r.word("few")) return Count{2, 5, true};
      if (r.word("couple")) return r.word("of") ? std::optional(Count{2, 2, true}) : std::nullopt;
      return Count{1, 1, false};
    }
    if (r.word("several")) return Count{3, 7, true};
    if (auto k = r.one_of({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                           "eleven", "twelve"}))
      return Count{*k + 1, *k + 1, false};
    return std::nullopt;
  }

  // "the spring of 2014", "summer 2014", "last summer", "this winter", "the fall".
  std::optional<DateValue> season(Reader r) const {
    const auto rel = r.relative();
    const auto name = r.one_of({"spring", "summer", "fall", "autumn", "winter"});
    if (!name) return std::nullopt;
    const Season s = *name == 4 ? Season::winter : *name == 3 ? Season::fall : static_cast<Season>(*name);
    auto make = [&](int y) -> std::optional<DateValue> { return season_value(y, s); };
    if (rel) {
      if (!r.done()) return std::nullopt;
      return yearless(make, *rel < 0 ? Pick::before : *rel > 0 ? Pick::after : Pick::nearest, 0);
    }
    r.word("of");
    if (r.done()) return yearless(make, pick_for(ctx_.tense), 0);
    const auto y = year_of(r);
    if (!y || !r.done()) return std::nullopt;
    return make(*y);
  }

  // "the fourth quarter of 2014", "the third quarter", "Q4 2014".
  std::optional<DateValue> quarter(Reader r) const {
    std::optional<int> q;
    if (r.word("q")) {
      q = r.number(1);
      r.dash();
    } else {
      q = r.one_of({"first", "second", "third", "fourth"});
      if (q) {
        ++*q;
      } else {
        q = r.day(/*need_ordinal=*/true);
      }
      r.dash();  // "third-quarter"
      if (!r.word("quarter")) return std::nullopt;
      r.word("of");
    }
    if (!q || *q < 1 || *q > 4) return std::nullopt;
    auto make = [&](int y) -> std::optional<DateValue> { return quarter_value(y, *q); };
    if (r.done()) return yearless(make, pick_for(ctx_.tense), 0);
    const auto y = year_of(r);
    if (!y || !r.done()) return std::nullopt;
    return make(*y);
  }

  // "the 1990s".
  std::optional<DateValue> decade(Reader r) const {
    const auto d = r.decade();
    if (!d || !r.done()) return std::nullopt;
    return decade_value(*d);
  }

  // "2013".
  std::optional<DateValue> year(Reader r) const {
    const auto y = r.year();
    if (!y || !r.done()) return std::nullopt;
    return year_value(*y);
  }

  // "late 2011", "mid-2014", "early November", "the end of the year", "the early 1990s".
  std::optional<DateValue> edge(Reader r) const {
    auto part = r.one_of({"early", "mid", "late"});
    if (part) {
      r.dash();
    } else {
      part = r.one_of({"beginning", "middle", "end", "start"});
      if (!part || !r.word("of")) return std::nullopt;
      if (*part == 3) part = 0;
    }
    const bool the_seen = r.word("the");
    auto whole = edge_target(r, the_seen);
    if (!whole || !r.done()) return std::nullopt;
    return third_of(*whole, *part);
  }

  // "early Monday", "late yesterday", "earlier today": the day itself.
  std::optional<DateValue> early_day(Reader r) const {
    if (!r.one_of({"early", "late", "earlier", "later"})) return std::nullopt;
    if (auto v = weekday(r)) return v;
    return near_day(r);
  }

  // What "early", "mid" or "late" applies to: a decade, a year, a month or a
  // week. the_seen: the words were "the end of the ...", so "the year" is
  // this year.
  std::optional<DateValue> edge_target(Reader& r, bool the_seen) const {
    if (auto d = r.decade()) return decade_value(*d);
    if (auto y = r.year()) return year_value(*y);
    if (auto m = r.month()) return month_in(r, *m);
    const auto rel = the_seen ? std::optional(0) : r.relative();
    const auto unit = r.one_of({"week", "month", "year"});
    if (!rel || !unit || !doc_) return std::nullopt;
    return unit_value(static_cast<Unit>(*unit), *rel);
  }

  // Part 0, 1 or 2 (early, mid, late) of a period, approximately.
  static DateValue third_of(const DateValue& whole, int part) {
    DateValue v = whole;
    switch (whole.granularity) {
      case Granularity::decade: {
        const int first = base::from_days(whole.first).year + 3 * part;
        v = span(year_value(first).first, year_value(first + 3).last, Granularity::year);
        break;
      }
      case Granularity::year:
        v = months_value(base::from_days(whole.first).year, 4 * part + 1, 4 * part + 4, Granularity::month);
        break;
      case Granularity::month: {
        const Days start = whole.first + 10 * part;
        v = span(start, part == 2 ? whole.last : start + 9, Granularity::day);
        break;
      }
      case Granularity::week:
        v = span(whole.first + (part == 2 ? 3 : part), whole.first + (part == 2 ? 6 : part + 2), Granularity::day);
        break;
      default:
        break;
    }
    v.approximate = true;
    return v;
  }

  // "the 17th": a day of the month nearest the document date.
  std::optional<DateValue> ordinal_day(Reader r) const {
    const auto d = r.day(/*need_ordinal=*/true);
    if (!d || !r.done() || !doc_) return std::nullopt;
    std::vector<DateValue> candidates;
    for (int n = -2; n <= 2; ++n) {
      const auto [y, m] = add_months(doc_date_.year, doc_date_.month, n);
      if (base::is_valid_date(y, m, *d)) candidates.push_back(day_value(base::to_days({y, m, *d})));
    }
    return pick(candidates, *doc_, pick_for(ctx_.tense), kYearlessSlackDays);
  }

  // A year after a month or season: "2011", "this year", "last year", "next year".
  std::optional<int> year_of(Reader& r) const {
    if (auto y = r.year()) return y;
    const auto rel = r.relative();
    if (!rel || !r.word("year") || !doc_) return std::nullopt;
    return doc_date_.year + *rel;
  }

  // Builds make(year) for the years around the document date and picks one.
  template <typename Make>
  std::optional<DateValue> yearless(Make make, Pick p, Days slack) const {
    if (!doc_) return std::nullopt;
    std::vector<DateValue> candidates;
    for (int y = doc_date_.year - 2; y <= doc_date_.year + 2; ++y) {
      if (auto v = make(y)) candidates.push_back(*v);
    }
    return pick(candidates, *doc_, p, slack);
  }

  const std::vector<Token>& tokens_;
  const DateContext& ctx_;
  std::optional<Days> doc_;
  Date doc_date_;
};

}  // namespace

const char* granularity_name(Granularity g) {
  switch (g) {
    case Granularity::day: return "day";
    case Granularity::week: return "week";
    case Granularity::month: return "month";
    case Granularity::quarter: return "quarter";
    case Granularity::season: return "season";
    case Granularity::year: return "year";
    case Granularity::decade: return "decade";
  }
  return "?";
}

std::string DateValue::to_string() const {
  const std::string a = label(first, granularity);
  const std::string b = label(last, granularity);
  std::string s = a == b ? a : a + "/" + b;
  if (approximate) s += "~";
  return s;
}

namespace {

// "around" a date: a few days around a day, a week around a week, half a
// month around a month, a season around a quarter, half a year around a
// year. A decade is already vague.
void widen(DateValue& v) {
  std::int64_t margin = 0;
  switch (v.granularity) {
    case Granularity::day: margin = 3; break;
    case Granularity::week: margin = 7; break;
    case Granularity::month: margin = 15; break;
    case Granularity::quarter:
    case Granularity::season: margin = 30; break;
    case Granularity::year: margin = 182; break;
    case Granularity::decade: margin = 0; break;
  }
  v.first -= margin;
  v.last += margin;
  v.approximate = true;
}

}  // namespace

std::optional<DateValue> normalize_date(std::string_view words, const DateContext& ctx) {
  auto tokens = tokenize(words);
  if (!tokens) return std::nullopt;
  // Leading prepositions and determiners add nothing: "in the spring of 2014".
  static constexpr std::array<std::string_view, 12> kLeading{"on", "in",   "since",  "by",   "until", "till",
                                                             "the", "of", "during", "from", "at",  "or"};
  // "around Nov. 17", "some time around 2010": the date with a margin.
  static constexpr std::array<std::string_view, 7> kAbout{"around", "about", "approximately", "roughly",
                                                          "circa",  "some",  "sometime"};
  auto is_any = [&](const auto& list, const Token& t) {
    return std::any_of(list.begin(), list.end(), [&](std::string_view w) { return is_word(t, w); });
  };
  std::size_t skip = 0;
  bool about = false;
  while (skip < tokens->size()) {
    const Token& t = (*tokens)[skip];
    if (is_any(kAbout, t)) {
      about = true;
    } else if (!is_any(kLeading, t) && !(about && is_word(t, "time"))) {
      break;
    }
    ++skip;
  }
  tokens->erase(tokens->begin(), tokens->begin() + static_cast<long>(skip));
  if (tokens->empty()) return std::nullopt;
  auto v = Resolver(*tokens, ctx).run();
  if (!v) {
    // "Monday night", "yesterday afternoon": the part of a day adds nothing.
    static constexpr std::array<std::string_view, 4> kPartOfDay{"morning", "afternoon", "evening", "night"};
    if (tokens->size() < 2 || !is_any(kPartOfDay, tokens->back())) return std::nullopt;
    tokens->pop_back();
    v = Resolver(*tokens, ctx).run();
    if (!v || v->granularity != Granularity::day || v->first != v->last) return std::nullopt;
  }
  if (about) widen(*v);
  return v;
}

}  // namespace concord::claim
