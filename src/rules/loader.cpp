#include "rules/loader.h"

#include <algorithm>
#include <cstdint>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include "base/cache_file.h"
#include "base/hash.h"
#include "base/yaml.h"

namespace concord::rules {

namespace fs = std::filesystem;
using base::YamlNode;

namespace {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t sub = prev[j - 1] + (std::tolower(a[i - 1]) == std::tolower(b[j - 1]) ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::string join(const std::vector<std::string>& v, std::string_view sep = ", ") {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : std::string(sep)) + x;
  return s;
}

// " (did you mean 'quantity'?)" for a type name close to one, or that other
// tools give a kind of value concord reads as one (money, string, int);
// else "".
std::string type_hint(std::string_view name) {
  static const std::map<std::string, std::string, std::less<>> kOtherNames{
      {"amount", "quantity"}, {"currency", "quantity"}, {"money", "quantity"}, {"price", "quantity"},
      {"count", "number"},    {"double", "number"},     {"float", "number"},   {"int", "number"},
      {"integer", "number"},  {"str", "text"},          {"string", "text"},    {"datetime", "date"},
      {"day", "date"},        {"time", "date"},         {"company", "organization"}, {"org", "organization"},
      {"city", "place"},      {"country", "place"},     {"location", "place"}, {"office", "title"},
  };
  std::string lower(name);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const auto other = kOtherNames.find(lower);
  const std::string guess = other != kOtherNames.end() ? other->second : closest(name, value_type_names());
  return guess.empty() ? "" : fmt::format(" (did you mean '{}'?)", guess);
}

// Where a pattern's first character is: inside the quote of a quoted scalar,
// so that offsets into the pattern become columns (rule_set.cpp).
base::Location text_start(const YamlNode& n) {
  base::Location at = n.where;
  if (n.quoted && at.column > 0) ++at.column;
  return at;
}

// Reads one file's sections into pack, reporting problems to diags.
class FileReader {
 public:
  FileReader(Pack& pack, base::Diagnostics& diags) : pack_(pack), diags_(diags) {}

  void read(const YamlNode& root);

 private:
  // Checks that node is a map whose keys are all in allowed.
  bool check_keys(const YamlNode& node, const std::vector<std::string>& allowed, std::string_view what);
  bool want_scalar(const YamlNode& n, std::string_view key);
  std::optional<std::string> scalar(const YamlNode& map, std::string_view key, bool required,
                                    std::string_view what);
  std::vector<std::string> string_list(const YamlNode& map, std::string_view key);
  std::optional<bool> boolean(const YamlNode& map, std::string_view key);
  std::optional<base::Date> date(const YamlNode& map, std::string_view key, bool end_of_year);

  void vocabulary(const YamlNode& n);
  void entities(const YamlNode& n);
  void predicates(const YamlNode& n);
  void extractors(const YamlNode& n);
  void modality(const YamlNode& n);
  std::optional<Example> example(const YamlNode& n);
  void patterns(const YamlNode& map, Extractor& x);

  Pack& pack_;
  base::Diagnostics& diags_;
};

bool FileReader::check_keys(const YamlNode& node, const std::vector<std::string>& allowed,
                            std::string_view what) {
  if (!node.is_map()) {
    diags_.error(node.where, "{} must be keys and values, not {}", what, base::yaml_kind_name(node));
    return false;
  }
  bool ok = true;
  std::set<std::string> seen;
  for (const auto& [k, v] : node.entries) {
    if (!k.is_scalar()) {
      diags_.error(k.where, "a key in {} must be a word", what);
      ok = false;
      continue;
    }
    if (!seen.insert(k.scalar).second) {
      diags_.error(k.where, "'{}' is given twice in {}; keep one", k.scalar, what);
      ok = false;
    }
    if (std::find(allowed.begin(), allowed.end(), k.scalar) != allowed.end()) continue;
    const std::string guess = closest(k.scalar, allowed);
    if (!guess.empty()) {
      diags_.error(k.where, "unknown key '{}' in {}; did you mean '{}'?", k.scalar, what, guess);
    } else {
      diags_.error(k.where, "unknown key '{}' in {}; the keys are: {}", k.scalar, what, join(allowed));
    }
    ok = false;
  }
  return ok;
}

bool FileReader::want_scalar(const YamlNode& n, std::string_view key) {
  if (n.is_scalar()) return true;
  diags_.error(n.where, "'{}' must be text, not {}", key, base::yaml_kind_name(n));
  return false;
}

std::optional<std::string> FileReader::scalar(const YamlNode& map, std::string_view key, bool required,
                                              std::string_view what) {
  const YamlNode* v = map.find(key);
  if (v == nullptr || v->is_null()) {
    if (required) diags_.error(map.where, "{} needs '{}:'", what, key);
    return std::nullopt;
  }
  if (!want_scalar(*v, key)) return std::nullopt;
  if (required && v->scalar.empty()) {
    diags_.error(v->where, "'{}' must not be empty", key);
    return std::nullopt;
  }
  return v->scalar;
}

std::vector<std::string> FileReader::string_list(const YamlNode& map, std::string_view key) {
  std::vector<std::string> out;
  const YamlNode* v = map.find(key);
  if (v == nullptr || v->is_null()) return out;
  if (v->is_scalar()) return {v->scalar};
  if (!v->is_sequence()) {
    diags_.error(v->where, "'{}' must be a list of text, not {}", key, base::yaml_kind_name(*v));
    return out;
  }
  for (const auto& item : v->items) {
    if (want_scalar(item, key)) out.push_back(item.scalar);
  }
  return out;
}

std::optional<bool> FileReader::boolean(const YamlNode& map, std::string_view key) {
  const YamlNode* v = map.find(key);
  if (v == nullptr || v->is_null()) return std::nullopt;
  if (v->is_scalar() && (v->scalar == "true" || v->scalar == "yes")) return true;
  if (v->is_scalar() && (v->scalar == "false" || v->scalar == "no")) return false;
  diags_.error(v->where, "'{}' must be true or false", key);
  return std::nullopt;
}

// A date, a month (YYYY-MM) or a year: its first day, or its last when it
// ends a period.
std::optional<base::Date> FileReader::date(const YamlNode& map, std::string_view key, bool end_of_year) {
  const YamlNode* v = map.find(key);
  if (v == nullptr || v->is_null() || !want_scalar(*v, key)) return std::nullopt;
  const std::string& s = v->scalar;
  if (s.size() == 4 && std::all_of(s.begin(), s.end(), ::isdigit)) {
    const int y = std::stoi(s);
    return end_of_year ? base::Date{y, 12, 31} : base::Date{y, 1, 1};
  }
  if (s.size() == 7 && s[4] == '-' && std::isdigit(static_cast<unsigned char>(s[5])) &&
      std::isdigit(static_cast<unsigned char>(s[6])) && std::all_of(s.begin(), s.begin() + 4, ::isdigit)) {
    const int y = std::stoi(s.substr(0, 4));
    const int m = std::stoi(s.substr(5, 2));
    if (m >= 1 && m <= 12) return base::Date{y, m, end_of_year ? base::days_in_month(y, m) : 1};
  }
  if (auto d = base::parse_date(s)) return d;
  diags_.error(v->where, "'{}' is not a date: '{}'; write YYYY-MM-DD, YYYY-MM or a year", key, s);
  return std::nullopt;
}

void FileReader::read(const YamlNode& root) {
  if (root.is_null()) return;
  if (!check_keys(root, {"description", "vocabulary", "entities", "predicates", "extractors", "modality"},
                  "a rule file")) {
    if (!root.is_map()) return;
  }
  if (const YamlNode* n = root.find("vocabulary")) vocabulary(*n);
  if (const YamlNode* n = root.find("entities")) entities(*n);
  if (const YamlNode* n = root.find("predicates")) predicates(*n);
  if (const YamlNode* n = root.find("extractors")) extractors(*n);
  if (const YamlNode* n = root.find("modality")) modality(*n);
}

bool is_vocab_name(std::string_view s) {
  if (s.empty() || !std::isupper(static_cast<unsigned char>(s[0]))) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '_';
  });
}

void FileReader::vocabulary(const YamlNode& n) {
  if (n.is_null()) return;
  if (!n.is_map()) {
    diags_.error(n.where, "'vocabulary' must map NAMES to patterns, not {}", base::yaml_kind_name(n));
    return;
  }
  for (const auto& [k, v] : n.entries) {
    if (!is_vocab_name(k.scalar)) {
      diags_.error(k.where, "vocabulary name '{}' must be UPPER_CASE (letters, digits, _), e.g. MONTH",
                   k.scalar);
      continue;
    }
    VocabEntry e;
    e.name = k.scalar;
    e.where = text_start(v);
    if (v.is_scalar()) {
      e.pattern = v.scalar;
    } else if (check_keys(v, {"pattern", "type", "mention", "description"}, "a vocabulary entry")) {
      auto p = scalar(v, "pattern", true, fmt::format("vocabulary entry {}", e.name));
      if (!p) {
        pack_.skipped_vocabulary.insert(e.name);
        continue;
      }
      e.pattern = *p;
      e.where = text_start(*v.find("pattern"));
      if (auto t = scalar(v, "type", false, "")) {
        // A wrong type changes no pattern: the entry stays, as text, so
        // that its pattern and its uses are checked too.
        if (auto type = parse_value_type(*t)) {
          e.type = *type;
        } else {
          diags_.error(v.find("type")->where, "unknown type '{}'{}; the types are: {}", *t, type_hint(*t),
                       join(value_type_names()));
        }
      }
      e.mention = boolean(v, "mention").value_or(false);
    } else {
      pack_.skipped_vocabulary.insert(e.name);
      continue;
    }
    pack_.vocabulary.push_back(std::move(e));
  }
}

void FileReader::entities(const YamlNode& n) {
  if (n.is_null()) return;
  if (!n.is_sequence()) {
    diags_.error(n.where, "'entities' must be a list ('- name: ...'), not {}", base::yaml_kind_name(n));
    return;
  }
  for (const auto& item : n.items) {
    if (!check_keys(item, {"name", "kind", "aliases", "demonyms", "gender", "born", "died", "country", "roles", "description"},
                    "an entity"))
      continue;
    Entity e;
    e.where = item.where;
    auto name = scalar(item, "name", true, "an entity");
    if (!name) continue;
    e.name = *name;
    if (auto k = scalar(item, "kind", false, "")) {
      auto kind = parse_entity_kind(*k);
      if (!kind || *kind == EntityKind::any || *kind == EntityKind::thing) {
        diags_.error(item.find("kind")->where, "unknown kind '{}'; use person, organization, place or event", *k);
        continue;
      }
      e.kind = *kind;
    }
    e.aliases = string_list(item, "aliases");
    e.demonyms = string_list(item, "demonyms");
    e.gender = scalar(item, "gender", false, "").value_or("");
    if (!e.gender.empty() && e.gender != "male" && e.gender != "female") {
      diags_.error(item.find("gender")->where, "gender must be male or female, or left out");
    }
    e.born = date(item, "born", false);
    e.died = date(item, "died", false);
    e.country = scalar(item, "country", false, "").value_or("");
    if (const YamlNode* roles = item.find("roles"); roles != nullptr && !roles->is_null()) {
      if (!roles->is_sequence()) {
        diags_.error(roles->where, "'roles' must be a list ('- title: ...')");
      } else {
        for (const auto& r : roles->items) {
          if (!check_keys(r, {"title", "from", "to"}, "a role")) continue;
          Role role;
          role.where = r.where;
          auto t = scalar(r, "title", true, "a role");
          if (!t) continue;
          role.title = *t;
          role.from = date(r, "from", false);
          role.to = date(r, "to", true);
          e.roles.push_back(std::move(role));
        }
      }
    }
    pack_.entities.push_back(std::move(e));
  }
}

// Where map[key] (text or a list of text) names value.
base::Location list_item(const YamlNode& map, std::string_view key, std::string_view value) {
  const YamlNode* v = map.find(key);
  if (v == nullptr) return map.where;
  for (const auto& item : v->items) {
    if (item.is_scalar() && item.scalar == value) return item.where;
  }
  return v->where;
}

// "30d", "8w", "6m", "2y" -> days; at most 1,000 years (longer is a typo,
// and would overflow).
std::optional<int> parse_window(std::string_view s) {
  constexpr long kMaxDays = 1000 * 366;
  if (s.size() < 2) return std::nullopt;
  long n = 0;
  std::size_t i = 0;
  for (; i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])); ++i) {
    n = n * 10 + (s[i] - '0');
    if (n > kMaxDays) return std::nullopt;
  }
  if (i == 0 || i + 1 != s.size()) return std::nullopt;
  long days = 0;
  switch (s[i]) {
    case 'd': days = n; break;
    case 'w': days = n * 7; break;
    case 'm': days = n * 31; break;
    case 'y': days = n * 366; break;
    default: return std::nullopt;
  }
  if (days > kMaxDays) return std::nullopt;
  return static_cast<int>(days);
}

void FileReader::predicates(const YamlNode& n) {
  if (n.is_null()) return;
  if (!n.is_sequence()) {
    diags_.error(n.where, "'predicates' must be a list ('- name: ...'), not {}", base::yaml_kind_name(n));
    return;
  }
  for (const auto& item : n.items) {
    // A predicate whose fields cannot be trusted (a misspelt key may be
    // `fields:` itself, a field's type is unknown) is left out, and its
    // name noted: its extractors are then checked without its fields. With
    // a mistake elsewhere it is kept, to check its extractors in full.
    auto skip = [&] {
      if (const YamlNode* name = item.find("name"); name != nullptr && name->is_scalar()) {
        pack_.skipped_predicates.insert(name->scalar);
      }
    };
    if (!check_keys(item, {"name", "description", "subject", "fields", "key", "single", "symmetric", "negatable",
                           "one_holder", "conflicts_with", "tolerance", "window", "label", "verb", "role"},
                    "a predicate")) {
      skip();
      continue;
    }
    Predicate p;
    p.where = item.where;
    auto name = scalar(item, "name", true, "a predicate");
    if (!name) continue;
    p.name = *name;
    for (const auto& [k, v] : item.entries) p.written[k.scalar] = v.where;
    p.description = scalar(item, "description", false, "").value_or("");
    if (auto s = scalar(item, "subject", false, "")) {
      if (auto kind = parse_entity_kind(*s)) {
        p.subject_kind = *kind;
      } else {
        diags_.error(item.find("subject")->where,
                     "unknown subject kind '{}'; use person, organization, place, event, thing or any", *s);
      }
    }
    bool fields_ok = true;         // false: no field is reported missing in key, single or role
    std::set<std::string> unread;  // fields with a mistake: not reported again there either
    if (const YamlNode* f = item.find("fields"); f != nullptr && !f->is_null()) {
      if (!f->is_map()) {
        diags_.error(f->where, "'fields' must map field names to types, e.g. {{time: date, place: place}}");
        fields_ok = false;
      } else {
        for (const auto& [k, v] : f->entries) {
          if (!want_scalar(v, k.scalar)) {
            unread.insert(k.scalar);
            continue;
          }
          auto type = parse_value_type(v.scalar);
          if (!type) {
            diags_.error(v.where, "unknown type '{}' for field '{}'{}; the types are: {}", v.scalar, k.scalar,
                         type_hint(v.scalar), join(value_type_names()));
            unread.insert(k.scalar);
            continue;
          }
          if (k.scalar == "subject") {
            diags_.error(k.where, "'subject' is implied; give its kind with 'subject:' instead");
            continue;
          }
          p.fields.push_back({k.scalar, *type});
        }
      }
    }
    p.key = string_list(item, "key");
    if (p.key.empty()) p.key = {"subject"};
    p.single = string_list(item, "single");
    p.symmetric = boolean(item, "symmetric").value_or(false);
    p.negatable = boolean(item, "negatable").value_or(true);
    p.one_holder = boolean(item, "one_holder").value_or(false);
    p.conflicts_with = string_list(item, "conflicts_with");
    p.label = scalar(item, "label", false, "").value_or("");
    p.verb = scalar(item, "verb", false, "").value_or("");
    if (auto t = scalar(item, "tolerance", false, "")) {
      std::string s = *t;
      const bool percent = !s.empty() && s.back() == '%';
      if (percent) s.pop_back();
      char* end = nullptr;
      const double v = std::strtod(s.c_str(), &end);
      if (s.empty() || end == nullptr || *end != '\0' || v < 0) {
        diags_.error(item.find("tolerance")->where, "tolerance must be a number or a percentage, e.g. 5%");
      } else {
        p.tolerance = percent ? v / 100.0 : v;
        if (!percent && v > 1) {
          diags_.warning(item.find("tolerance")->where,
                         "tolerance {} is {}%: did you mean {}%? Write percentages with %, or a fraction such as 0.05",
                         s, v * 100, s);
        }
      }
    }
    if (auto w = scalar(item, "window", false, "")) {
      p.window_days = parse_window(*w);
      if (!p.window_days) {
        diags_.error(item.find("window")->where, "window must be a length such as 30d, 8w, 6m or 2y, of at most 1000y");
      }
    }
    // Fields named in key and single must exist. One that does not is
    // dropped, so that no pattern is asked to capture it.
    const std::size_t key_count = p.key.size();
    auto known = [&](const std::string& f) { return f == "subject" || p.field(f) != nullptr; };
    auto check_fields = [&](std::vector<std::string>& names, const char* key) {
      std::erase_if(names, [&](const std::string& f) {
        if (known(f)) return false;
        if (fields_ok && unread.count(f) == 0) {
          diags_.error(list_item(item, key, f), "{} field '{}' is not a field of predicate '{}'; add it under 'fields:'",
                       key, f, p.name);
        }
        return true;
      });
    };
    check_fields(p.key, "key");
    check_fields(p.single, "single");
    if (auto r = scalar(item, "role", false, "")) {
      const YamlNode& at = *item.find("role");
      if (auto role = parse_predicate_role(*r)) {
        p.role = *role;
      } else {
        const auto names = predicate_role_names();
        const std::string guess = closest(*r, names);
        diags_.error(at.where, "unknown role '{}'{}; the roles are: {}", *r,
                     guess.empty() ? "" : fmt::format(" (did you mean '{}'?)", guess), join(names));
      }
      // The checks read a role's fields by name: a missing or mistyped one would be silently ignored.
      for (const RoleField& rf : role_fields(p.role)) {
        const FieldSpec* f = p.field(rf.name);
        std::vector<std::string> types;
        for (ValueType t : rf.types) types.emplace_back(value_type_name(t));
        if (!fields_ok || unread.count(rf.name) != 0) continue;
        if (f == nullptr) {
          if (!rf.required) continue;
          diags_.error(at.where, "role '{}' needs a field '{}' of type {}; add it under 'fields:'", *r, rf.name,
                       join(types, " or "));
        } else if (std::find(rf.types.begin(), rf.types.end(), f->type) == rf.types.end()) {
          diags_.error(at.where, "role '{}' reads field '{}' as {}, but it is {}", *r, rf.name, join(types, " or "),
                       value_type_name(f->type));
        }
      }
    }
    if (p.symmetric && key_count < 2) {
      diags_.error(item.find("symmetric")->where, "a symmetric predicate needs two key fields, e.g. key: [subject, object]");
    }
    if (fields_ok && unread.empty()) {
      pack_.predicates.push_back(std::move(p));
    } else {
      skip();
    }
  }
}

std::optional<Example> FileReader::example(const YamlNode& n) {
  Example e;
  e.where = n.where;
  if (n.is_scalar()) {  // a bare string: text that must give at least one claim
    e.text = n.scalar;
    return e;
  }
  if (!check_keys(n, {"text", "date", "expect"}, "an example")) return std::nullopt;
  auto text = scalar(n, "text", true, "an example");
  if (!text) return std::nullopt;
  e.text = *text;
  e.date = date(n, "date", false);
  const YamlNode* expect = n.find("expect");
  if (expect == nullptr || expect->is_null()) return e;
  if (expect->is_scalar() && expect->scalar == "none") {
    e.expect_none = true;
    return e;
  }
  if (!expect->is_sequence()) {
    diags_.error(expect->where, "'expect' must be 'none' or a list of claims ('- subject: ...')");
    return std::nullopt;
  }
  for (const auto& claim : expect->items) {
    if (!claim.is_map()) {
      diags_.error(claim.where, "each expected claim must be fields and values, e.g. {{subject: Choe, time: 2014-11-17}}");
      return std::nullopt;
    }
    std::map<std::string, std::string> fields;
    for (const auto& [k, v] : claim.entries) {
      if (!want_scalar(v, k.scalar)) return std::nullopt;
      fields[k.scalar] = v.scalar;
    }
    e.expect.push_back(std::move(fields));
  }
  return e;
}

void FileReader::patterns(const YamlNode& map, Extractor& x) {
  auto add = [&](const char* key, bool is_template) {
    const YamlNode* v = map.find(key);
    if (v == nullptr || v->is_null()) return;
    auto one = [&](const YamlNode& p) {
      if (want_scalar(p, key)) x.patterns.push_back({p.scalar, is_template, text_start(p)});
    };
    if (v->is_sequence()) {
      for (const auto& p : v->items) one(p);
    } else {
      one(*v);
    }
  };
  add("template", true);
  add("templates", true);
  add("pattern", false);
  add("patterns", false);
}

void FileReader::extractors(const YamlNode& n) {
  if (n.is_null()) return;
  if (!n.is_sequence()) {
    diags_.error(n.where, "'extractors' must be a list ('- id: ...'), not {}", base::yaml_kind_name(n));
    return;
  }
  for (const auto& item : n.items) {
    if (!check_keys(item, {"id", "description", "predicate", "template", "templates", "pattern", "patterns",
                           "normalize", "modality", "examples"},
                    "an extractor"))
      continue;
    Extractor x;
    x.where = item.where;
    auto id = scalar(item, "id", true, "an extractor");
    if (!id) continue;
    if (id->find('.') != std::string::npos || id->find(' ') != std::string::npos) {
      diags_.error(item.find("id")->where, "id '{}' must be one word (letters, digits, -); the pack name is added "
                   "in front", *id);
      continue;
    }
    x.id = pack_.name + "." + *id;
    x.description = scalar(item, "description", false, "").value_or("");
    auto pred = scalar(item, "predicate", true, fmt::format("extractor '{}'", *id));
    if (!pred) continue;
    x.predicate = *pred;
    patterns(item, x);
    if (x.patterns.empty()) {
      diags_.error(item.where, "extractor '{}' needs a 'template:' (or 'pattern:' in RE2 syntax)", *id);
      continue;
    }
    if (const YamlNode* norm = item.find("normalize"); norm != nullptr && !norm->is_null() && !norm->is_map()) {
      diags_.error(norm->where, "'normalize' must map fields to types, e.g. {{time: date}}");
    } else if (norm != nullptr && norm->is_map()) {
      for (const auto& [k, v] : norm->entries) {
        if (!want_scalar(v, k.scalar)) continue;
        auto type = parse_value_type(v.scalar);
        if (!type) {
          diags_.error(v.where, "unknown type '{}'{}; the types are: {}", v.scalar, type_hint(v.scalar),
                       join(value_type_names()));
          continue;
        }
        x.normalize[k.scalar] = *type;
        x.normalize_where[k.scalar] = k.where;
      }
    }
    if (auto m = scalar(item, "modality", false, "")) {
      x.modality = parse_modality(*m);
      if (!x.modality) {
        diags_.error(item.find("modality")->where,
                     "unknown modality '{}'; use asserted, negated, hedged, planned or reported", *m);
      }
    }
    if (const YamlNode* ex = item.find("examples"); ex != nullptr && !ex->is_null()) {
      if (!ex->is_sequence()) {
        diags_.error(ex->where, "'examples' must be a list ('- text: ...')");
      } else {
        for (const auto& e : ex->items) {
          if (auto parsed = example(e)) x.examples.push_back(std::move(*parsed));
        }
      }
    }
    pack_.extractors.push_back(std::move(x));
  }
}

void FileReader::modality(const YamlNode& n) {
  if (n.is_null()) return;
  if (!check_keys(n, {"negated", "hedged", "planned", "reporting_verbs", "institutions", "repeated"}, "'modality'")) return;
  auto add = [&](const char* key, std::vector<std::string>& into) {
    for (auto& w : string_list(n, key)) into.push_back(std::move(w));
  };
  add("negated", pack_.modality.negated);
  add("hedged", pack_.modality.hedged);
  add("planned", pack_.modality.planned);
  add("reporting_verbs", pack_.modality.reporting_verbs);
  add("institutions", pack_.modality.institutions);
  add("repeated", pack_.modality.repeated);
}

// After a YAML syntax error: a template or pattern such as
// `template: {subject:PERSON} met ...` or `WORD: [a-z]+` is read as a flow map
// or list that goes on after its closing bracket. Says so, at the bracket.
void note_unquoted(std::string_view text, base::Diagnostics& diags) {
  const base::Location& error = diags.all().back().where;
  std::size_t begin = 0;
  for (int line = 1; line < error.line && begin != std::string_view::npos; ++line) {
    begin = text.find('\n', begin);
    if (begin != std::string_view::npos) ++begin;
  }
  if (error.line <= 0 || begin == std::string_view::npos) return;
  const std::string_view line = text.substr(begin, text.find('\n', begin) - begin);
  std::size_t i = line.find_first_not_of(' ');
  if (i == std::string_view::npos) return;
  if (line.compare(i, 2, "- ") == 0) {  // an item of `templates:` or `patterns:`
    i += 2;
  } else if (const std::size_t colon = line.find(": ", i); colon != std::string_view::npos) {
    const std::string_view key = line.substr(i, colon - i);
    if (key != "template" && key != "pattern" && !is_vocab_name(key)) return;
    i = colon + 2;
  } else {
    return;
  }
  i = line.find_first_not_of(' ', i);
  if (i == std::string_view::npos || (line[i] != '{' && line[i] != '[')) return;
  int depth = 0;
  std::size_t k = i;
  for (; k < line.size(); ++k) {
    if (line[k] == '{' || line[k] == '[') ++depth;
    if ((line[k] == '}' || line[k] == ']') && --depth == 0) break;
  }
  const std::size_t after = k < line.size() ? line.find_first_not_of(' ', k + 1) : std::string_view::npos;
  if (after == std::string_view::npos || line[after] == '#') return;
  diags.note({error.path, error.line, static_cast<int>(i) + 1},
             "a value that starts with '{}' is read as a YAML {}; put this template or pattern in quotes", line[i],
             line[i] == '{' ? "map" : "list");
}

}  // namespace

std::string closest(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best;
  std::size_t best_d = 3;  // at most two edits away
  for (const auto& c : candidates) {
    const std::size_t d = edit_distance(word, c);
    if (d < best_d || (d == best_d && !best.empty() && c < best)) {
      if (d < best_d) best_d = d;
      best = c;
    }
  }
  if (best.empty()) {
    for (const auto& c : candidates) {
      if (word.size() >= 3 && c.rfind(word, 0) == 0) return c;
    }
  }
  return best;
}

namespace {

// Files of the YAML trees of packs: yaml-cpp takes a quarter of a one-line
// check to read the bundled packs. A pack's trees are kept under its digest
// when each file parsed without a word, so that a hit reports nothing
// parsing would have; what the loader makes of the trees is reported anew.
std::string trees_header(const std::string& digest) {
  return std::string("concord yaml cache 1 " CONCORD_VERSION "\n") + digest + "\n";
}

// The encoded trees of a pack of `count` files, or none.
std::vector<std::string> read_trees(const std::string& path, const std::string& digest, std::size_t count) {
  const auto bytes = path.empty() ? std::nullopt : base::read_cache_file(path, trees_header(digest));
  if (!bytes) return {};
  base::ByteReader r(*bytes);
  std::vector<std::string> trees;
  if (r.number(4) != count) return {};
  while (r.ok() && trees.size() < count) trees.push_back(r.text());
  return r.ok() && r.done() ? trees : std::vector<std::string>{};
}

void write_trees(const std::string& path, const std::string& digest, const std::vector<std::string>& trees) {
  std::string out = trees_header(digest);
  base::put_number(out, trees.size(), 4);
  for (const auto& t : trees) base::put_text(out, t);
  base::write_cache_file(path, out);
}

}  // namespace

std::optional<Pack> load_pack_from(const std::string& name,
                                   const std::vector<std::pair<std::string, std::string>>& files,
                                   base::Diagnostics& diags, OnError on_error, const std::string& cache_dir) {
  Pack pack;
  pack.name = name;
  const int errors_before = diags.error_count();
  std::uint64_t h = base::kFnvOffset;  // over names and contents, each closed by 0xff
  auto mix = [&](std::string_view s) { h = base::fnv1a("\xff", base::fnv1a(s, h)); };
  for (const auto& [path, text] : files) {
    mix(fs::path(path).filename().string());
    mix(text);
  }
  pack.digest = base::hex64(h);
  const std::string cached = cache_dir.empty() ? "" : (fs::path(cache_dir) / ("pack-" + pack.digest)).string();
  std::vector<std::string> trees = read_trees(cached, pack.digest, files.size());
  const bool hit = !trees.empty();
  bool clean = true;  // every file parsed without a diagnostic
  trees.resize(files.size());
  for (std::size_t i = 0; i < files.size(); ++i) {
    const auto& [path, text] = files[i];
    pack.files.push_back(path);
    std::optional<base::YamlNode> root;
    if (hit) root = base::decode_yaml(trees[i], path);
    if (!root) {
      // After a tab in indentation, the rest of the file is read as if it
      // were spaces, to report its other mistakes too.
      const std::size_t reported = diags.all().size();
      root = base::parse_yaml(text, path, diags, 0, base::TabIndent::guess);
      clean = clean && diags.all().size() == reported;
      if (!root) {
        if (diags.all().size() > reported && diags.all().back().message.starts_with("invalid YAML:")) {
          note_unquoted(text, diags);
        }
        pack.unread_files.emplace_back(path, text);
        continue;
      }
      trees[i] = base::encode_yaml(*root);
    }
    FileReader(pack, diags).read(*root);
  }
  if (!cached.empty() && !hit && clean) write_trees(cached, pack.digest, trees);
  pack.errors = diags.error_count() - errors_before;
  if (pack.errors > 0 && on_error == OnError::drop_pack) return std::nullopt;
  return pack;
}

std::vector<std::string> pack_dirs(const std::string& dir) {
  std::error_code ec;
  auto is_yaml = [](const fs::path& p) { return p.extension() == ".yaml" || p.extension() == ".yml"; };
  bool direct = false;
  std::vector<std::string> subs;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec) && is_yaml(it->path())) direct = true;
    if (it->is_directory(ec) && it->path().filename().string()[0] != '.') subs.push_back(it->path().string());
  }
  if (direct) return {dir};
  std::sort(subs.begin(), subs.end());
  return subs;
}

std::optional<Pack> load_pack(const std::string& dir, base::Diagnostics& diags, OnError on_error,
                              const std::string& cache_dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    diags.error({dir}, "rule pack folder not found; check the path given to --rules");
    return std::nullopt;
  }
  std::vector<std::string> paths;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    if (it->is_regular_file(ec) && (p.extension() == ".yaml" || p.extension() == ".yml")) paths.push_back(p.string());
  }
  std::sort(paths.begin(), paths.end());
  if (paths.empty()) {
    diags.error({dir}, "no .yaml files in this rule pack folder");
    return std::nullopt;
  }
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    if (!in) {
      diags.error({p}, "cannot read this rule file");
      return std::nullopt;
    }
    std::ostringstream s;
    s << in.rdbuf();
    files.emplace_back(p, s.str());
  }
  std::string name = fs::path(dir).filename().string();
  if (name.empty()) name = fs::path(dir).parent_path().filename().string();
  auto pack = load_pack_from(name, files, diags, on_error, cache_dir);
  if (pack) pack->dir = dir;
  return pack;
}

}  // namespace concord::rules
