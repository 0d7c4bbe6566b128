// Numbers, quantities, ordinals and ages: a small lexer and a reader over its
// tokens, with the words in tables. No regular expressions: RE2 belongs to
// rules/, and the words are few.
//
// Decisions behind the contracts in quantity.h:
// - Ranges. An exact figure covers the rounding range of what is written:
//   "2.5 billion" -> [2.45e9, 2.55e9], "11" -> [10.5, 11.5]. Words are as
//   precise as their last word: "three" -> [2.5, 3.5], "three hundred" ->
//   [250, 350], "a dozen" -> [6, 18]. Fractions in words are decimals: "half a
//   million" reads as "0.5 million", "two and a half" as "2.5".
// - Approximation words (kBounds): "about", "around", "some", "roughly",
//   "approximately", "(an) estimated" widen to at least 5% either side;
//   "nearly", "almost", "close to" reach 10% below and stop at the value;
//   "more than", "over" -> [value, inf); "at least" and a "+" suffix ->
//   [rounding low, inf); "less than", "under" -> [0, value]; "up to", "as many
//   as" -> [0, rounding high].
// - Units (kUnits). Lengths in km (km, miles) or m (m, cm, mm, feet, yards,
//   inches); masses in t (tonnes; "tons" may be short, metric or long, so
//   their range covers all three) or kg (kg, grams, lb); durations in days
//   (week 7, month 30.44, year 365.25); "%" and, for "percentage points", "pp".
//   A capital "M" is never metres: "330M users" is 330 million, "1MM" is no
//   length. Speeds ("km/h", "miles per hour") are not lengths: nullopt.
// - Fractions in digits, as US news writes them before a unit: "1/4 mile",
//   "2 1/2 miles". As precise as the denominator: "1/4" -> [0.125, 0.375],
//   "2 1/2" -> [2.25, 2.75]. A numerator as large as the denominator ("24/7")
//   makes no fraction.
// - Money keeps its currency and is never converted: "$" and "dollars" are
//   USD, "¥" is JPY unless "yuan" follows, "pounds" are GBP (never weight),
//   "won" is KRW. A glued "m" is million after a currency ("€3m") or before a
//   currency word ("3m euros"), metres otherwise ("300m").
// - Counts take the counted noun, singular, as their unit ("11 countries" ->
//   "country"); words for people ("people", "citizens", "soldiers") are all
//   "person"; a number alone is a bare count (unit "").
#include "claim/quantity.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <iterator>
#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace concord::claim {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// ---------------------------------------------------------------- tokens

enum class Kind { number, word, symbol };

struct Token {
  Kind kind = Kind::word;
  std::string text;      // a word in lower case, a symbol ("$", "%", "+", "€"), digits as written
  double mantissa = 0;   // number: the digits without separators or point, sign included
  int decimals = 0;      // number: digits after the decimal point
  bool hyphen = false;   // joined to the token before by a hyphen: "34-mile", "twenty-four"
  bool glued = false;    // right after the token before, no space or hyphen: "3bn", "$125K", "10%"
  bool upper = false;    // a word written with a capital: "M" in "330M" is million, never metres
};

constexpr std::string_view kSymbols[] = {"$", "%", "+", ">=", "<=", "/", "€", "£", "¥", "₩", "₽"};

// Spells the look-alikes news uses one way: Unicode hyphens, dashes and
// minus as '-', no-break and thin spaces as ' '. Case is kept for lex().
std::string fold(std::string_view in) {
  static constexpr std::pair<std::string_view, char> kSame[] = {
      {"\u2010", '-'}, {"\u2011", '-'}, {"\u2012", '-'}, {"\u2013", '-'}, {"\u2014", '-'},
      {"\u2212", '-'}, {"\u00a0", ' '}, {"\u2009", ' '}, {"\u202f", ' '}};
  std::string out;
  for (std::size_t i = 0; i < in.size();) {
    const auto* same = std::find_if(std::begin(kSame), std::end(kSame),
                                    [&](const auto& p) { return in.substr(i).starts_with(p.first); });
    if (same != std::end(kSame)) {
      out += same->second;
      i += same->first.size();
    } else {
      out += in[i++];
    }
  }
  return out;
}

// Reads the digits at s[i]: "1,200", "3.4", "10000". nullopt if the commas
// are not thousands separators ("1234,567").
std::optional<Token> lex_digits(const std::string& s, std::size_t& i, std::size_t end) {
  Token t;
  t.kind = Kind::number;
  std::string digits;
  while (i < end && is_digit(s[i])) digits += s[i++];
  const std::size_t lead = digits.size();
  bool grouped = false;
  // Copy rejoined from tokens puts a space after the separator: "1, 500".
  // A group is three digits after the comma and at most one space.
  for (;;) {
    const std::size_t g = i + 1 + (i + 1 < end && s[i + 1] == ' ' ? 1 : 0);
    if (!(g + 2 < end && s[i] == ',' && is_digit(s[g]) && is_digit(s[g + 1]) && is_digit(s[g + 2]) &&
          (g + 3 >= end || !is_digit(s[g + 3]))))
      break;
    digits.append(s, g, 3);
    i = g + 3;
    grouped = true;
  }
  if (grouped && lead > 3) return std::nullopt;
  if (i + 1 < end && s[i] == '.' && is_digit(s[i + 1])) {
    for (++i; i < end && is_digit(s[i]); ++i, ++t.decimals) digits += s[i];
  }
  if (digits.size() > 15) return std::nullopt;  // beyond what a double holds exactly
  std::from_chars(digits.data(), digits.data() + digits.size(), t.mantissa);
  t.text = std::move(digits);
  return t;
}

// Splits words into numbers, words and symbols. Quotes, brackets and final
// punctuation around the whole are ignored; anything else unexpected (an
// apostrophe, a slash, a colon) makes it nullopt.
std::optional<std::vector<Token>> lex(std::string_view words) {
  const std::string s = fold(words);
  std::size_t i = 0;
  std::size_t end = s.size();
  while (i < end && (is_space(s[i]) || s[i] == '"' || s[i] == '(')) ++i;
  while (end > i && (is_space(s[end - 1]) || std::string_view(".,;:)\"!?").find(s[end - 1]) != std::string_view::npos))
    --end;
  std::vector<Token> out;
  bool space = true;   // a space (or the start) since the last token
  bool hyphen = false;  // a hyphen since the last token
  while (i < end) {
    const char c = s[i];
    if (is_space(c)) {
      space = true;
      ++i;
      continue;
    }
    // A '-' is a minus sign where it cannot join two tokens: "-5", "$-5".
    const bool sign = c == '-' && i + 1 < end && is_digit(s[i + 1]) && !hyphen &&
                      (space || out.empty() || out.back().kind == Kind::symbol);
    if (c == '-' && !sign) {
      if (hyphen) return std::nullopt;
      hyphen = true;
      ++i;
      continue;
    }
    Token t;
    if (sign || is_digit(c)) {
      if (sign) ++i;
      auto n = lex_digits(s, i, end);
      if (!n) return std::nullopt;
      t = std::move(*n);
      if (sign) t.mantissa = -t.mantissa;
    } else if (is_alpha(c)) {
      t.kind = Kind::word;
      const std::size_t b = i;
      while (i < end && (is_alpha(s[i]) || (s[i] == '.' && i + 1 < end && is_alpha(s[i + 1])))) ++i;
      t.text = s.substr(b, i - b);
      for (char& l : t.text) {
        if (l >= 'A' && l <= 'Z') {
          l = static_cast<char>(l - 'A' + 'a');
          t.upper = true;
        }
      }
      if (i < end && s[i] == '.' && t.text.find('.') != std::string::npos) ++i;  // "u.s."
    } else {
      const auto* sym = std::find_if(std::begin(kSymbols), std::end(kSymbols),
                                     [&](std::string_view x) { return s.compare(i, x.size(), x) == 0; });
      if (sym == std::end(kSymbols)) return std::nullopt;
      t.kind = Kind::symbol;
      t.text = std::string(*sym);
      i += sym->size();
    }
    t.hyphen = hyphen;
    t.glued = !space && !hyphen && !out.empty();
    out.push_back(std::move(t));
    space = hyphen = false;
  }
  if (hyphen) return std::nullopt;  // "34-"
  return out;
}

// A cursor over tokens.
class Reader {
 public:
  explicit Reader(std::vector<Token> tokens) : t_(std::move(tokens)) {}

  bool done() const { return i_ == t_.size(); }
  std::size_t pos() const { return i_; }
  void seek(std::size_t i) { i_ = i; }
  const Token& next() { return t_[i_++]; }

  // The token k places ahead, or nullptr past the end.
  const Token* peek(std::size_t k = 0) const { return i_ + k < t_.size() ? &t_[i_ + k] : nullptr; }
  bool is(std::string_view text, std::size_t k = 0) const {
    const Token* t = peek(k);
    return t != nullptr && t->kind != Kind::number && t->text == text;
  }

  // Consumes the space-separated words of phrase if they come next.
  bool accept(std::string_view phrase) {
    std::size_t k = 0;
    while (!phrase.empty()) {
      const std::size_t cut = std::min(phrase.find(' '), phrase.size());
      if (!is(phrase.substr(0, cut), k++)) return false;
      phrase.remove_prefix(std::min(cut + 1, phrase.size()));
    }
    i_ += k;
    return true;
  }

 private:
  std::vector<Token> t_;
  std::size_t i_ = 0;
};

// ---------------------------------------------------------------- numbers

template <typename V>
struct Named {
  std::string_view word;
  V value;
};

template <typename V, std::size_t N>
std::optional<V> lookup(const Named<V> (&table)[N], std::string_view word) {
  for (const auto& e : table) {
    if (e.word == word) return e.value;
  }
  return std::nullopt;
}

constexpr Named<double> kSmall[] = {
    {"zero", 0},     {"one", 1},        {"two", 2},        {"three", 3},     {"four", 4},
    {"five", 5},     {"six", 6},        {"seven", 7},      {"eight", 8},     {"nine", 9},
    {"ten", 10},     {"eleven", 11},    {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15}, {"sixteen", 16},   {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}};
constexpr Named<double> kTens[] = {{"twenty", 20}, {"thirty", 30},  {"forty", 40},  {"fifty", 50},
                                   {"sixty", 60},  {"seventy", 70}, {"eighty", 80}, {"ninety", 90}};
// Words that multiply what comes before them; "dozen" ends a number.
constexpr Named<double> kScales[] = {{"dozen", 12},  {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9},
                                     {"trillion", 1e12}, {"mn", 1e6},   {"mln", 1e6},     {"bn", 1e9},
                                     {"bln", 1e9},   {"tn", 1e12},      {"trn", 1e12}};
// Letters glued to digits: "$125K", "€3m", "$2b".
constexpr Named<double> kLetterScales[] = {{"k", 1e3}, {"m", 1e6}, {"b", 1e9}};

// Is a glued "m" million ("€3m") or metres ("300m")?
enum class LetterM { metre, million };

// A number and the half-width of the range its writing allows.
struct Amount {
  double value = 0;
  double half = 0;
};

std::optional<double> scale_at(const Reader& r, std::size_t k = 0) {
  const Token* t = r.peek(k);
  return t != nullptr && t->kind == Kind::word ? lookup(kScales, t->text) : std::nullopt;
}

// "seven", "nineteen", "twenty-four", "ninety".
std::optional<double> read_below_hundred(Reader& r) {
  const Token* t = r.peek();
  if (t == nullptr || t->kind != Kind::word) return std::nullopt;
  if (auto v = lookup(kSmall, t->text)) {
    r.next();
    return v;
  }
  auto tens = lookup(kTens, t->text);
  if (!tens) return std::nullopt;
  r.next();
  if (const Token* u = r.peek(); u != nullptr && u->kind == Kind::word) {
    if (auto v = lookup(kSmall, u->text); v && *v >= 1 && *v <= 9) {
      r.next();
      return *tens + *v;
    }
  }
  return tens;
}

// "seven", "three hundred", "a hundred and five".
std::optional<Amount> read_below_thousand(Reader& r) {
  std::optional<double> head;
  if ((r.is("a") || r.is("an")) && r.is("hundred", 1)) {
    r.next();
    head = 1;
  } else {
    head = read_below_hundred(r);
  }
  if (!head) return std::nullopt;
  if (!r.is("hundred")) return Amount{*head, 0.5};
  if (*head < 1) return std::nullopt;
  r.next();
  Amount a{*head * 100, 50};
  const std::size_t save = r.pos();
  r.accept("and");
  if (auto rest = read_below_hundred(r)) {
    a.value += *rest;
    a.half = 0.5;
  } else {
    r.seek(save);
  }
  return a;
}

// A number in words: groups below a thousand, each times a smaller scale than
// the one before. "one thousand two hundred", "twenty-four million", "a
// dozen", "half a million", "two and a half billion".
std::optional<Amount> read_word_number(Reader& r) {
  if (r.is("half") && r.is("a", 1)) {
    auto s = scale_at(r, 2);
    if (!s) return std::nullopt;
    r.seek(r.pos() + 3);
    return Amount{0.5 * *s, 0.05 * *s};
  }
  double total = 0;
  double last_scale = kInf;
  std::optional<double> half;
  for (;;) {
    const std::size_t save = r.pos();
    if (half) r.accept("and");
    std::optional<Amount> group;
    if ((r.is("a") || r.is("an")) && scale_at(r, 1)) {
      r.next();
      group = Amount{1, 0.5};
    } else {
      group = read_below_thousand(r);
    }
    if (!group) {
      r.seek(save);
      break;
    }
    if (r.accept("and a half")) group = Amount{group->value + 0.5, 0.05};
    const auto s = scale_at(r);
    if (!s || *s >= last_scale) {
      total += group->value;
      half = group->half;
      break;
    }
    r.next();
    total += group->value * *s;
    half = group->half * *s;
    last_scale = *s;
    if (*s == 12) break;  // nothing follows "dozen"
  }
  if (!half) return std::nullopt;
  return Amount{total, *half};
}

bool is_whole(const Token* t) { return t != nullptr && t->kind == Kind::number && t->decimals == 0 && t->mantissa >= 0; }

// "1/4", "3/8": a numerator smaller than the denominator, glued to the slash.
std::optional<Amount> read_fraction(Reader& r) {
  const Token* n = r.peek();
  const Token* slash = r.peek(1);
  const Token* d = r.peek(2);
  if (!is_whole(n) || slash == nullptr || slash->text != "/" || !slash->glued || !is_whole(d) || !d->glued ||
      n->mantissa < 1 || n->mantissa >= d->mantissa)
    return std::nullopt;
  r.seek(r.pos() + 3);
  return Amount{n->mantissa / d->mantissa, 0.5 / d->mantissa};
}

// Digits, perhaps with a scale: "1,200", "2.5 billion", "11-billion", "3bn",
// "$125K"; or a fraction: "1/4", "2 1/2".
std::optional<Amount> read_digit_number(Reader& r, LetterM m) {
  if (auto f = read_fraction(r)) return f;
  const Token* t = r.peek();
  if (t == nullptr || t->kind != Kind::number) return std::nullopt;
  r.next();
  if (const Token* f = r.peek(); is_whole(t) && f != nullptr && !f->glued && !f->hyphen) {
    const std::size_t save = r.pos();
    if (auto part = read_fraction(r)) return Amount{t->mantissa + part->value, part->half};
    r.seek(save);
  }
  double scale = 1;
  if (const Token* s = r.peek(); s != nullptr && s->kind == Kind::word) {
    auto v = lookup(kScales, s->text);
    if (!v && s->glued && (s->text != "m" || m == LetterM::million || s->upper)) v = lookup(kLetterScales, s->text);
    if (v) {
      r.next();
      scale = *v;
    }
  }
  // mantissa * scale is exact in a double; one division rounds once.
  const double unit = std::pow(10.0, t->decimals);
  return Amount{t->mantissa * scale / unit, 0.5 * scale / unit};
}

std::optional<Amount> read_amount(Reader& r, LetterM m) {
  if (auto a = read_digit_number(r, m)) return a;
  return read_word_number(r);
}

// ---------------------------------------------------------------- approximation

enum class Bound { exact, about, nearly, over, at_least, under, at_most };

// Longer phrases first where one starts another.
constexpr Named<Bound> kBounds[] = {
    {"an estimated", Bound::about},    {"estimated", Bound::about},      {"about", Bound::about},
    {"around", Bound::about},          {"some", Bound::about},           {"roughly", Bound::about},
    {"approximately", Bound::about},   {"nearly", Bound::nearly},        {"almost", Bound::nearly},
    {"close to", Bound::nearly},       {"just over", Bound::over},       {"more than", Bound::over},
    {"over", Bound::over},             {"in excess of", Bound::over},    {"upwards of", Bound::over},
    {"at least", Bound::at_least},     {"no fewer than", Bound::at_least}, {"no less than", Bound::at_least},
    {"just under", Bound::under},      {"less than", Bound::under},      {"fewer than", Bound::under},
    {"under", Bound::under},           {"up to", Bound::at_most},        {"at most", Bound::at_most},
    {"as many as", Bound::at_most},    {"as much as", Bound::at_most},   {"no more than", Bound::at_most},
    {">=", Bound::at_least},           {"<=", Bound::at_most}};  // as to_string() writes them

Bound read_bound(Reader& r) {
  for (const auto& b : kBounds) {
    if (r.accept(b.word)) return b.value;
  }
  return Bound::exact;
}

// The range the words allow around an amount.
std::pair<double, double> range_of(const Amount& a, Bound b) {
  const double v = a.value;
  switch (b) {
    case Bound::exact: break;
    case Bound::about: {
      const double h = std::max(a.half, 0.05 * std::abs(v));
      return {v - h, v + h};
    }
    case Bound::nearly: return {std::min(v - a.half, v - 0.1 * std::abs(v)), v};
    case Bound::over: return {v, kInf};
    case Bound::at_least: return {v - a.half, kInf};
    case Bound::under: return {std::min(0.0, v), v};
    case Bound::at_most: return {std::min(0.0, v - a.half), v + a.half};
  }
  return {v - a.half, v + a.half};
}

// ---------------------------------------------------------------- units

constexpr Named<std::string_view> kSigns[] = {{"$", "USD"}, {"€", "EUR"}, {"£", "GBP"},
                                              {"¥", "JPY"}, {"₩", "KRW"}, {"₽", "RUB"}};
// Letters glued before "$": "US$", "A$", "HK$", "R$" (Brazilian reais),
// "Mex$", "CAD$". Other letters make no currency: never US dollars.
constexpr Named<std::string_view> kDollarMarks[] = {
    {"us", "USD"},  {"u.s", "USD"}, {"usd", "USD"}, {"a", "AUD"},   {"au", "AUD"}, {"aud", "AUD"},
    {"c", "CAD"},   {"ca", "CAD"},  {"cad", "CAD"}, {"hk", "HKD"},  {"hkd", "HKD"}, {"nz", "NZD"},
    {"nzd", "NZD"}, {"s", "SGD"},   {"sgd", "SGD"}, {"nt", "TWD"},  {"twd", "TWD"}, {"r", "BRL"},
    {"mx", "MXN"},  {"mex", "MXN"}, {"mxn", "MXN"}};
constexpr Named<std::string_view> kCodes[] = {
    {"usd", "USD"}, {"eur", "EUR"}, {"gbp", "GBP"}, {"jpy", "JPY"}, {"cny", "CNY"}, {"rmb", "CNY"},
    {"rub", "RUB"}, {"krw", "KRW"}, {"kpw", "KPW"}, {"aud", "AUD"}, {"cad", "CAD"}, {"hkd", "HKD"},
    {"nzd", "NZD"}, {"sgd", "SGD"}, {"twd", "TWD"}, {"chf", "CHF"}, {"inr", "INR"}};
constexpr Named<std::string_view> kCurrencyWords[] = {
    {"dollar", "USD"},  {"dollars", "USD"},   {"euro", "EUR"},   {"euros", "EUR"},    {"pound", "GBP"},
    {"pounds", "GBP"},  {"sterling", "GBP"},  {"yen", "JPY"},    {"yuan", "CNY"},     {"renminbi", "CNY"},
    {"ruble", "RUB"},   {"rubles", "RUB"},    {"rouble", "RUB"}, {"roubles", "RUB"},  {"won", "KRW"}};
// Whose dollars: "US dollars", "Hong Kong dollars".
constexpr Named<std::string_view> kDollarNations[] = {
    {"us", "USD"},        {"u.s", "USD"},         {"american", "USD"},   {"australian", "AUD"},
    {"canadian", "CAD"},  {"hong kong", "HKD"},   {"singapore", "SGD"},  {"new zealand", "NZD"},
    {"new taiwan", "TWD"}, {"taiwan", "TWD"}};

struct Currency {
  std::string_view code;
  bool vague = false;  // a bare "$" or "¥": words after it may say whose
};

// "$", "US$", "€", "USD" before the amount.
std::optional<Currency> read_currency_before(Reader& r) {
  const Token* t = r.peek();
  if (t == nullptr) return std::nullopt;
  if (t->kind == Kind::symbol) {
    if (auto c = lookup(kSigns, t->text)) {
      r.next();
      return Currency{*c, t->text == "$" || t->text == "¥"};
    }
  } else if (t->kind == Kind::word) {
    const Token* dollar = r.peek(1);
    if (dollar != nullptr && dollar->text == "$" && dollar->glued) {
      if (auto c = lookup(kDollarMarks, t->text)) {
        r.seek(r.pos() + 2);
        return Currency{*c};
      }
    }
    const Token* n = r.peek(1);
    if (auto c = lookup(kCodes, t->text); c && n != nullptr && n->kind == Kind::number) {
      r.next();
      return Currency{*c};
    }
  }
  return std::nullopt;
}

// "dollars", "US dollars", "pounds sterling", "yuan", "EUR" after the amount.
std::optional<std::string_view> read_currency_after(Reader& r) {
  const std::size_t save = r.pos();
  for (const auto& n : kDollarNations) {
    if (r.accept(n.word)) {
      if (r.accept("dollars") || r.accept("dollar")) return n.value;
      r.seek(save);
    }
  }
  const Token* t = r.peek();
  if (t == nullptr || t->kind != Kind::word || t->hyphen) return std::nullopt;
  auto c = lookup(kCurrencyWords, t->text);
  if (!c) c = lookup(kCodes, t->text);
  if (!c) return std::nullopt;
  r.next();
  if (*c == "GBP") r.accept("sterling");
  return c;
}

struct Unit {
  std::string_view dimension;
  std::string_view unit;   // canonical
  double factor = 1;       // canonical units per written unit
  double low = 1, high = 1;  // how far the written unit itself may stretch ("tons")
};

constexpr Unit kKm{"length", "km", 1}, kMile{"length", "km", 1.609344}, kNauticalMile{"length", "km", 1.852};
constexpr Unit kMetre{"length", "m", 1}, kCm{"length", "m", 0.01}, kMm{"length", "m", 0.001};
constexpr Unit kFoot{"length", "m", 0.3048}, kYard{"length", "m", 0.9144}, kInch{"length", "m", 0.0254};
constexpr Unit kTonne{"mass", "t", 1}, kTon{"mass", "t", 1, 0.90718474, 1.0160469088};
constexpr Unit kKg{"mass", "kg", 1}, kGram{"mass", "kg", 0.001}, kPound{"mass", "kg", 0.45359237};
constexpr Unit kPercent{"percent", "%", 1}, kPoint{"percent", "pp", 1};
constexpr Unit kDay{"duration", "day", 1}, kWeek{"duration", "day", 7}, kFortnight{"duration", "day", 14};
constexpr Unit kMonth{"duration", "day", 30.44}, kYear{"duration", "day", 365.25};
constexpr Unit kDecade{"duration", "day", 3652.5}, kCentury{"duration", "day", 36525};
constexpr Unit kHour{"duration", "day", 1.0 / 24}, kMinute{"duration", "day", 1.0 / 1440};

// Longer phrases first where one starts another.
constexpr Named<Unit> kUnits[] = {
    {"nautical miles", kNauticalMile}, {"nautical mile", kNauticalMile}, {"km", kKm}, {"kms", kKm},
    {"kilometre", kKm}, {"kilometres", kKm}, {"kilometer", kKm}, {"kilometers", kKm}, {"mile", kMile},
    {"miles", kMile}, {"m", kMetre}, {"metre", kMetre}, {"metres", kMetre}, {"meter", kMetre},
    {"meters", kMetre}, {"cm", kCm}, {"centimetre", kCm}, {"centimetres", kCm}, {"centimeter", kCm},
    {"centimeters", kCm}, {"mm", kMm}, {"millimetre", kMm}, {"millimetres", kMm}, {"millimeter", kMm},
    {"millimeters", kMm}, {"ft", kFoot}, {"foot", kFoot}, {"feet", kFoot}, {"yd", kYard}, {"yard", kYard},
    {"yards", kYard}, {"inch", kInch}, {"inches", kInch},
    {"metric tons", kTonne}, {"metric ton", kTonne}, {"t", kTonne}, {"tonne", kTonne}, {"tonnes", kTonne}, {"ton", kTon},
    {"tons", kTon}, {"kg", kKg}, {"kgs", kKg}, {"kilogram", kKg}, {"kilograms", kKg}, {"kilo", kKg},
    {"kilos", kKg}, {"gram", kGram}, {"grams", kGram}, {"lb", kPound}, {"lbs", kPound},
    {"%", kPercent}, {"percent", kPercent}, {"per cent", kPercent}, {"pct", kPercent},
    {"percentage points", kPoint}, {"percentage point", kPoint}, {"pp", kPoint},
    {"day", kDay}, {"days", kDay}, {"daylong", kDay}, {"week", kWeek}, {"weeks", kWeek}, {"weeklong", kWeek},
    {"fortnight", kFortnight}, {"fortnights", kFortnight}, {"month", kMonth}, {"months", kMonth},
    {"monthlong", kMonth}, {"year", kYear}, {"years", kYear}, {"yr", kYear}, {"yrs", kYear},
    {"yearlong", kYear}, {"decade", kDecade}, {"decades", kDecade}, {"century", kCentury},
    {"centuries", kCentury}, {"hour", kHour}, {"hours", kHour}, {"minute", kMinute}, {"minutes", kMinute}};

std::optional<Unit> read_unit(Reader& r) {
  const bool upper = r.peek() != nullptr && r.peek()->upper;
  for (const auto& u : kUnits) {
    if (upper && (u.word == "m" || u.word == "mm")) continue;  // "330M", "1MM": millions
    if (r.accept(u.word)) {
      // "week-long", "two-week-long"
      if (u.value.dimension == "duration" && r.is("long") && r.peek()->hyphen) r.next();
      return u.value;
    }
  }
  return std::nullopt;
}

bool is_unit_word(std::string_view w) {
  return std::any_of(std::begin(kUnits), std::end(kUnits), [&](const auto& u) { return u.word == w; });
}

// Words that cannot be the thing counted.
constexpr std::string_view kNotNouns[] = {
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "by", "with", "from", "as",
    "than", "that", "this", "these", "those", "which", "who", "is", "are", "was", "were", "be", "been",
    "has", "have", "had", "it", "its", "their", "his", "her", "more", "less", "ish", "odd", "so",
    "something", "plus", "times", "old"};

// Words for people, all counted as "person".
constexpr std::string_view kPeople[] = {
    "person", "citizen", "resident", "inhabitant", "civilian", "man", "woman", "child", "adult",
    "soldier", "troop", "worker", "employee", "official", "diplomat", "student", "tourist", "refugee",
    "prisoner", "passenger", "victim", "journalist", "reporter", "visitor", "migrant", "individual",
    "defector", "lawmaker", "delegate", "staff", "personnel"};

constexpr Named<std::string_view> kIrregular[] = {
    {"people", "person"}, {"men", "man"},       {"women", "woman"},       {"children", "child"},
    {"feet", "foot"},     {"mice", "mouse"},    {"species", "species"},   {"series", "series"},
    {"aircraft", "aircraft"}, {"staff", "staff"}, {"personnel", "personnel"}, {"news", "news"}};

// "countries" -> "country", "job cuts" -> "cut", "people" -> "person".
std::string singular(std::string_view w) {
  if (auto s = lookup(kIrregular, w)) return std::string(*s);
  auto ends = [&](std::string_view x) { return w.size() > x.size() + 1 && w.ends_with(x); };
  if (ends("ies")) return std::string(w.substr(0, w.size() - 3)) + "y";
  for (std::string_view es : {"sses", "shes", "ches", "xes", "zes"}) {
    if (ends(es)) return std::string(w.substr(0, w.size() - 2));
  }
  if (ends("ss") || ends("us") || ends("is") || !ends("s")) return std::string(w);
  return std::string(w.substr(0, w.size() - 1));
}

// The unit of a count from the words after the number: "" for none, else
// the counted noun (the last word). nullopt if they are not a noun phrase.
std::optional<std::string> read_counted(Reader& r) {
  std::vector<std::string_view> words;
  for (const Token* t = r.peek(); t != nullptr; t = r.peek()) {
    if (t->kind != Kind::word || t->glued || t->hyphen) return std::nullopt;  // "three-ish"
    words.push_back(r.next().text);
  }
  if (words.empty()) return std::string();
  const std::string_view head = words.back();
  if (words.size() > 4 || is_unit_word(head) ||
      std::find(std::begin(kNotNouns), std::end(kNotNouns), head) != std::end(kNotNouns))
    return std::nullopt;
  std::string noun = singular(head);
  if (std::find(std::begin(kPeople), std::end(kPeople), noun) != std::end(kPeople)) return std::string("person");
  return noun;
}

// The whole of a quantity: [bound] [currency] amount [+] [currency | unit | noun].
// `marked` is set when the words ended in to_string()'s "(approx.)".
std::optional<Quantity> read_quantity(Reader& r, LetterM m, bool marked) {
  Bound bound = read_bound(r);
  if (marked && bound == Bound::exact) bound = Bound::about;
  std::optional<Currency> currency = read_currency_before(r);
  std::optional<Amount> amount = read_amount(r, currency ? LetterM::million : m);
  const bool implied = !amount;  // "a week", "weeklong": one unit
  if (implied) {
    if (currency) return std::nullopt;
    if (!r.accept("a")) r.accept("an");
    amount = Amount{1, 0.5};
  }
  if (r.is("+")) {
    if (bound != Bound::exact || implied) return std::nullopt;
    r.next();
    bound = Bound::at_least;
  }
  Quantity q;
  Unit unit{"count", "", 1};
  std::string counted;  // what unit.unit views for a counted noun ("5 ships")
  if (auto after = read_currency_after(r)) {
    if (currency && currency->code != *after && !currency->vague) return std::nullopt;  // "€5 dollars"
    currency = Currency{*after};
  }
  if (currency) {
    unit = Unit{"money", currency->code, 1};
  } else if (auto u = read_unit(r)) {
    unit = *u;
  } else if (implied) {
    return std::nullopt;
  } else if (auto noun = read_counted(r)) {
    counted = std::move(*noun);
    unit.unit = counted;
  } else {
    return std::nullopt;
  }
  if (!r.done()) return std::nullopt;
  const auto [low, high] = range_of(*amount, bound);
  q.value = amount->value * unit.factor;
  q.low = low * unit.factor * unit.low;
  q.high = high * unit.factor * unit.high;
  q.unit = std::string(unit.unit);
  q.dimension = std::string(unit.dimension);
  q.approximate = bound != Bound::exact;
  if (q.dimension == "money" ? q.value <= 0 : (q.value < 0 && q.dimension != "percent")) return std::nullopt;
  return q;
}

// ---------------------------------------------------------------- ordinals

constexpr Named<int> kOrdinals[] = {
    {"first", 1},        {"second", 2},       {"third", 3},         {"fourth", 4},        {"fifth", 5},
    {"sixth", 6},        {"seventh", 7},      {"eighth", 8},        {"ninth", 9},         {"tenth", 10},
    {"eleventh", 11},    {"twelfth", 12},     {"thirteenth", 13},   {"fourteenth", 14},   {"fifteenth", 15},
    {"sixteenth", 16},   {"seventeenth", 17}, {"eighteenth", 18},   {"nineteenth", 19},   {"twentieth", 20},
    {"thirtieth", 30},   {"fortieth", 40},    {"fiftieth", 50},     {"sixtieth", 60},     {"seventieth", 70},
    {"eightieth", 80},   {"ninetieth", 90},   {"hundredth", 100},   {"thousandth", 1000}, {"millionth", 1000000}};

// "st", "nd", "rd" or "th", as n must be written.
std::string_view ordinal_suffix(long long n) {
  if (n % 100 >= 11 && n % 100 <= 13) return "th";
  switch (n % 10) {
    case 1: return "st";
    case 2: return "nd";
    case 3: return "rd";
    default: return "th";
  }
}

// "1st", "22nd", "90th"; also "2d" and "3d", as some style guides write them.
std::optional<int> digit_ordinal(const Token& n, const Token* suffix) {
  if (suffix == nullptr || suffix->kind != Kind::word || !suffix->glued) return std::nullopt;
  if (n.decimals != 0 || n.mantissa < 1 || n.mantissa > 1e9) return std::nullopt;
  const auto v = static_cast<long long>(n.mantissa);
  const std::string_view want = ordinal_suffix(v);
  const bool short_form = suffix->text == "d" && (want == "nd" || want == "rd");
  if (suffix->text != want && !short_form) return std::nullopt;
  return static_cast<int>(v);
}

// "third", "twenty-first", "one hundredth", "a hundred and first".
std::optional<int> word_ordinal(std::vector<Token> tokens) {
  if (tokens.empty() || tokens.back().kind != Kind::word) return std::nullopt;
  const auto last = lookup(kOrdinals, tokens.back().text);
  if (!last) return std::nullopt;
  tokens.pop_back();
  if (!tokens.empty() && tokens.back().text == "and") tokens.pop_back();
  double prefix = 0;
  if (tokens.size() == 1 && (tokens[0].text == "a" || tokens[0].text == "an")) {
    prefix = 1;
  } else if (!tokens.empty()) {
    Reader r(std::move(tokens));
    auto p = read_word_number(r);
    if (!p || !r.done() || p->value < 1) return std::nullopt;
    prefix = p->value;
  }
  const auto whole = static_cast<long long>(prefix);
  double v = 0;
  if (*last >= 100) {
    v = (prefix == 0 ? 1 : prefix) * *last;  // "hundredth", "two thousandth"
  } else if (*last < 10 ? whole % 10 == 0 && whole % 100 != 10 : whole % 100 == 0) {
    v = prefix + *last;  // "twenty-first", "one hundred and eleventh"
  } else {
    return std::nullopt;  // "twenty-eleventh"
  }
  if (v < 1 || v > std::numeric_limits<int>::max()) return std::nullopt;
  return static_cast<int>(v);
}

// ---------------------------------------------------------------- formatting

// Whole numbers in full; others with two decimals, or three significant
// digits under 1; trailing zeros dropped.
std::string format_number(double v) {
  if (v == 0) return "0";
  if (std::abs(v) < 1e15 && v == std::floor(v)) return fmt::format("{:.0f}", v);
  int decimals = 2;
  if (std::abs(v) < 1) decimals = std::max(2, 2 - static_cast<int>(std::floor(std::log10(std::abs(v)))));
  std::string s = fmt::format("{:.{}f}", v, decimals);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

// How many of the dimension's base unit one canonical unit is; nullopt for
// units that do not convert (currencies, counted nouns, percentage points).
std::optional<double> base_factor(const Quantity& q) {
  static constexpr std::pair<std::string_view, double> kFactors[] = {
      {"length/km", 1000}, {"length/m", 1}, {"mass/t", 1000}, {"mass/kg", 1}, {"duration/day", 1},
      {"percent/%", 1}};
  const std::string key = q.dimension + "/" + q.unit;
  for (const auto& [k, f] : kFactors) {
    if (k == key) return f;
  }
  return std::nullopt;
}

bool is_bare_count(const Quantity& q) { return q.dimension == "count" && q.unit.empty(); }

// True if [alo, ahi] and [blo, bhi], each widened by the relative tolerance,
// share more than an edge: rounding ranges are half-open, so "11" ([10.5,
// 11.5]) and "12" ([11.5, 12.5]) do not agree. A range of one point is closed.
bool overlap(double alo, double ahi, double blo, double bhi, double tol) {
  auto down = [&](double x) { return std::isinf(x) ? x : x - std::abs(x) * tol; };
  auto up = [&](double x) { return std::isinf(x) ? x : x + std::abs(x) * tol; };
  const double lo = std::max(down(alo), down(blo));
  const double hi = std::min(up(ahi), up(bhi));
  return lo < hi || (lo == hi && (alo == ahi || blo == bhi));
}

}  // namespace

std::string Quantity::to_string() const {
  std::string bound;
  if (std::isinf(high)) {
    bound = ">=";  // "more than", "at least", "70+"
  } else if (approximate && low <= 0 && value > 0) {
    bound = "<=";  // "up to", "less than"
  }
  std::string s = bound + format_number(value);
  if (!unit.empty()) s += " " + unit;
  if (approximate && bound.empty()) s += " (approx.)";
  return s;
}

std::optional<double> normalize_number(std::string_view words) {
  auto tokens = lex(words);
  if (!tokens || tokens->empty()) return std::nullopt;
  Reader r(std::move(*tokens));
  auto a = read_amount(r, LetterM::million);
  if (!a || !r.done()) return std::nullopt;
  return a->value;
}

namespace {

// Where a range's second end starts in words ("$10-12 billion", "$10
// billion to $12 billion", "10 to 12 percent"), and the separator's length;
// npos if words hold no range between two numbers.
std::pair<std::size_t, std::size_t> range_separator(std::string_view words) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (std::size_t i = 1; i < words.size(); ++i) {
    std::size_t len = 0;
    if (words[i] == '-') len = 1;
    if (words.compare(i, 3, "\u2013") == 0) len = 3;
    if (words.compare(i, 4, " to ") == 0) len = 4;
    if (len == 0) continue;
    std::size_t b = i;
    while (b > 0 && words[b - 1] == ' ') --b;
    std::size_t e = i + len;
    while (e < words.size() && words[e] == ' ') ++e;
    // A number's last character before; a digit or a currency sign after.
    const bool before = b > 0 && (digit(words[b - 1]) || std::isalpha(static_cast<unsigned char>(words[b - 1])));
    const bool after = e < words.size() && (digit(words[e]) || !std::isalnum(static_cast<unsigned char>(words[e])));
    if (before && after && words.find_first_of("0123456789") < b) return {b, e};
  }
  return {std::string_view::npos, 0};
}

// A range of amounts, as one quantity from the low end's low to the high
// end's high: "$10-12 billion" is $10 billion to $12 billion (the first end
// takes the scale and unit written after the second).
std::optional<Quantity> read_range(std::string_view words) {
  const auto [end_of_low, start_of_high] = range_separator(words);
  if (end_of_low == std::string_view::npos) return std::nullopt;
  const std::string_view low_words = words.substr(0, end_of_low);
  std::string high_words(words.substr(start_of_high));
  // "$10-12 billion": the sign before the low end counts for the high one.
  const std::size_t first_digit = low_words.find_first_of("0123456789");
  const std::string sign(low_words.substr(0, first_digit));
  if (!high_words.empty() && (high_words[0] >= '0' && high_words[0] <= '9')) high_words = sign + high_words;
  const auto high = normalize_quantity(high_words);
  if (!high) return std::nullopt;
  // What follows the high end's number ("billion", "percent") completes the low end.
  std::size_t n = high_words.find_first_of("0123456789");
  while (n < high_words.size() && (std::isdigit(static_cast<unsigned char>(high_words[n])) || high_words[n] == ',' ||
                                   high_words[n] == '.'))
    ++n;
  auto low = normalize_quantity(low_words);
  if (!low || low->unit != high->unit || low->value > high->value || low->value * 1000 < high->value)
    low = normalize_quantity(std::string(low_words) + high_words.substr(std::min(n, high_words.size())));
  if (!low || low->unit != high->unit || low->dimension != high->dimension || low->value >= high->value)
    return std::nullopt;
  Quantity q = *high;
  q.low = low->low;
  q.value = (low->value + high->value) / 2;
  q.approximate = true;
  return q;
}

}  // namespace

std::optional<Quantity> normalize_quantity(std::string_view words) {
  // Reads what to_string() writes, too: "10 % (approx.)", ">=70 animal".
  constexpr std::string_view kMark = "(approx.)";
  while (!words.empty() && is_space(words.back())) words.remove_suffix(1);
  const bool marked = words.ends_with(kMark);
  if (marked) words.remove_suffix(kMark.size());
  if (!marked) {
    if (auto range = read_range(words)) return range;
  }
  auto tokens = lex(words);
  if (!tokens || tokens->empty()) return std::nullopt;
  // "300m" is metres unless only million makes sense of it ("3m euros").
  for (LetterM m : {LetterM::metre, LetterM::million}) {
    Reader r(*tokens);
    if (auto q = read_quantity(r, m, marked)) return q;
  }
  return std::nullopt;
}

std::optional<int> normalize_ordinal(std::string_view words) {
  auto tokens = lex(words);
  if (!tokens || tokens->empty()) return std::nullopt;
  if (tokens->front().text == "the" && tokens->front().kind == Kind::word) tokens->erase(tokens->begin());
  if (tokens->empty()) return std::nullopt;
  if (tokens->front().kind == Kind::number) {
    if (tokens->size() != 2) return std::nullopt;
    return digit_ordinal((*tokens)[0], &(*tokens)[1]);
  }
  return word_ordinal(std::move(*tokens));
}

std::optional<int> normalize_age(std::string_view words) {
  auto tokens = lex(words);
  if (!tokens || tokens->empty()) return std::nullopt;
  Reader r(std::move(*tokens));
  if (!r.accept("the") && !r.is("hundred", 1) && !r.accept("a")) r.accept("an");  // not "a hundred"
  const bool aged = r.accept("aged") || r.accept("age");
  auto a = read_amount(r, LetterM::metre);
  if (!a || a->value != std::floor(a->value) || a->value < 0 || a->value > 130) return std::nullopt;
  const bool years = r.accept("years") || r.accept("year") || r.accept("yrs") || r.accept("yr");
  const bool old = r.accept("old") || r.accept("of age");
  if (old != years && !(years && aged)) return std::nullopt;  // "32 years" is a duration; "32 old" is nothing
  if (!r.done()) return std::nullopt;
  return static_cast<int>(a->value);
}

bool quantities_agree(const Quantity& a, const Quantity& b, double tolerance) {
  const double tol = tolerance > 0 ? tolerance : 0;  // also for NaN
  double fa = 1;
  double fb = 1;
  // A bare number ("24 million") leaves its unit to the reader: compare values.
  if (!is_bare_count(a) && !is_bare_count(b)) {
    if (a.dimension != b.dimension) return false;
    const auto ba = base_factor(a);
    const auto bb = base_factor(b);
    if (ba && bb) {
      fa = *ba;
      fb = *bb;
    } else if (a.unit != b.unit) {
      // Different currencies, or counts of different things: there is no
      // telling whether they differ, and a checker must not cry wolf.
      return true;
    }
  }
  if (overlap(a.low * fa, a.high * fa, b.low * fb, b.high * fb, 0)) return true;
  if (a.approximate || b.approximate) return false;  // "more than 10": only the range means anything
  // The tolerance applies to the values, not on top of the rounding ranges:
  // "$11 billion" and "$12 billion" touch at 11.5 and must not agree at 1%.
  const double va = a.value * fa;
  const double vb = b.value * fb;
  return std::abs(va - vb) <= tol * std::max(std::abs(va), std::abs(vb));
}

}  // namespace concord::claim
