// An optional value kept on the heap: what std::optional<T> is to the code
// that uses it (test, *, ->, assign, compare), in the space of one pointer.
//
//   base::Boxed<TitleValue> title;       // 8 bytes, not sizeof(TitleValue)
//   title = normalize_title(words);      // from T or std::optional<T>
//   if (title) use(title->office);
//
// For members that are large and usually empty: a claim's value holds one of
// an entity, a quantity, a title or a thing, and an archive holds millions of
// values, so inline optionals of every kind would cost more than the claims.
#pragma once

#include <memory>
#include <optional>
#include <utility>

namespace concord::base {

template <typename T>
class Boxed {
 public:
  Boxed() = default;
  Boxed(std::nullopt_t) {}  // NOLINT: converts like std::optional
  Boxed(const T& v) : p_(std::make_unique<T>(v)) {}             // NOLINT
  Boxed(T&& v) : p_(std::make_unique<T>(std::move(v))) {}       // NOLINT
  Boxed(const std::optional<T>& v) { if (v) p_ = std::make_unique<T>(*v); }          // NOLINT
  Boxed(std::optional<T>&& v) { if (v) p_ = std::make_unique<T>(std::move(*v)); }    // NOLINT
  Boxed(const Boxed& o) : p_(o.p_ ? std::make_unique<T>(*o.p_) : nullptr) {}
  Boxed(Boxed&&) noexcept = default;
  Boxed& operator=(const Boxed& o) {
    if (this != &o) p_ = o.p_ ? std::make_unique<T>(*o.p_) : nullptr;
    return *this;
  }
  Boxed& operator=(Boxed&&) noexcept = default;

  explicit operator bool() const { return p_ != nullptr; }
  bool has_value() const { return p_ != nullptr; }
  T& operator*() { return *p_; }
  const T& operator*() const { return *p_; }
  T* operator->() { return p_.get(); }
  const T* operator->() const { return p_.get(); }
  void reset() { p_.reset(); }
  template <typename... Args>
  T& emplace(Args&&... args) {
    p_ = std::make_unique<T>(std::forward<Args>(args)...);
    return *p_;
  }

  friend bool operator==(const Boxed& a, const Boxed& b) {
    if (!a || !b) return !a && !b;
    return *a == *b;
  }

 private:
  std::unique_ptr<T> p_;
};

}  // namespace concord::base
