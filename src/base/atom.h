// Strings a million claims hold without a million copies.
//
// Atom: an interned, immutable string, for words that recur in every claim
// (a predicate, a rule id, a field name, a person's id), in the space of one
// pointer and stored once for the whole process.
//
//   base::Atom predicate = "arrive";      // interned once
//   if (predicate == "arrive") ...        // compares like a std::string
//   const std::string& s = predicate;     // converts to its string
//
// Only for values drawn from a vocabulary that stops growing (the rules'
// names, the people and outlets of an archive): interned strings are never
// freed, so text of one document (its id, a sentence) must not be an Atom.
// Thread-safe: workers intern while they extract.
//
// SharedString: for text of one document that many claims repeat, or for
// values that are an Atom when drawn from a vocabulary and a string of their
// own when not (below).
#pragma once

#include <fmt/format.h>

#include <compare>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace concord::base {

// What Atom and SharedString have in common: they read like a const
// std::string. Derived provides `const std::string& str() const`.
template <typename Derived>
class StringLike {
 public:
  operator const std::string&() const { return s(); }  // NOLINT
  operator std::string_view() const { return s(); }    // NOLINT
  bool empty() const { return s().empty(); }
  std::size_t size() const { return s().size(); }
  const char* c_str() const { return s().c_str(); }
  auto begin() const { return s().begin(); }
  auto end() const { return s().end(); }

  friend bool operator==(const Derived& a, std::string_view b) { return a.str() == b; }
  friend bool operator==(const Derived& a, const std::string& b) { return a.str() == b; }
  friend bool operator==(const Derived& a, const char* b) { return a.str() == b; }
  friend std::strong_ordering operator<=>(const Derived& a, std::string_view b) { return a.str().compare(b) <=> 0; }
  friend std::string operator+(const std::string& a, const Derived& b) { return a + b.str(); }
  friend std::string operator+(const Derived& a, const std::string& b) { return a.str() + b; }
  friend std::string operator+(const char* a, const Derived& b) { return a + b.str(); }
  friend std::string operator+(const Derived& a, const char* b) { return a.str() + b; }
  friend std::string& operator+=(std::string& a, const Derived& b) { return a += b.str(); }

 private:
  const std::string& s() const { return static_cast<const Derived&>(*this).str(); }
};

class Atom : public StringLike<Atom> {
 public:
  Atom() : s_(&empty_string()) {}
  Atom(std::string_view s) : s_(&intern(s)) {}    // NOLINT: converts like a string
  Atom(const std::string& s) : s_(&intern(s)) {}  // NOLINT
  Atom(const char* s) : s_(&intern(s)) {}         // NOLINT

  const std::string& str() const { return *s_; }

  friend bool operator==(const Atom& a, const Atom& b) { return a.s_ == b.s_; }
  // By the words, not the address, so sorted output does not depend on
  // the order strings were first seen.
  friend std::strong_ordering operator<=>(const Atom& a, const Atom& b) { return a.s_->compare(*b.s_) <=> 0; }

 private:
  static const std::string& intern(std::string_view s);
  static const std::string& empty_string();
  const std::string* s_;
};

// An immutable string shared by the values made from one document (its id,
// its path, a sentence several claims quote), freed with the last of them.
class SharedString : public StringLike<SharedString> {
 public:
  SharedString() = default;
  SharedString(std::string s)  // NOLINT: converts like a string
      : p_(s.empty() ? nullptr : std::make_shared<const std::string>(std::move(s))) {}
  SharedString(std::string_view s) : SharedString(std::string(s)) {}  // NOLINT
  SharedString(const char* s) : SharedString(std::string(s)) {}       // NOLINT
  // An atom's string, shared without a copy or a count (atoms live forever).
  SharedString(const Atom& a) : p_(std::shared_ptr<void>(), &a.str()) {}  // NOLINT

  const std::string& str() const;

  friend bool operator==(const SharedString& a, const SharedString& b) {
    return a.p_ == b.p_ || a.str() == b.str();
  }
  friend std::strong_ordering operator<=>(const SharedString& a, const SharedString& b) {
    return a.str().compare(b.str()) <=> 0;
  }

 private:
  std::shared_ptr<const std::string> p_;
};

}  // namespace concord::base

template <>
struct std::hash<concord::base::Atom> {
  std::size_t operator()(const concord::base::Atom& a) const { return std::hash<std::string_view>()(a); }
};

template <>
struct std::hash<concord::base::SharedString> {
  std::size_t operator()(const concord::base::SharedString& a) const { return std::hash<std::string_view>()(a); }
};

template <>
struct fmt::formatter<concord::base::Atom> : fmt::formatter<std::string_view> {
  template <typename Context>
  auto format(const concord::base::Atom& a, Context& ctx) const {
    return fmt::formatter<std::string_view>::format(std::string_view(a), ctx);
  }
};

template <>
struct fmt::formatter<concord::base::SharedString> : fmt::formatter<std::string_view> {
  template <typename Context>
  auto format(const concord::base::SharedString& a, Context& ctx) const {
    return fmt::formatter<std::string_view>::format(std::string_view(a), ctx);
  }
};
