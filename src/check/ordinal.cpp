// ordinal: counted and ordered events that disagree - "its fourth nuclear
// test in February 2013" against "its third nuclear test in February 2013".
#include "check/check.h"
#include "check/single_fields.h"

namespace concord::check {

namespace {

class Ordinal final : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "ordinal", "Counts and orders of events that disagree",
        "Two claims about the n-th event of a kind disagree: the same event given different positions "
        "(\"third\" and \"fourth\" nuclear test in February 2013), the same position given different dates, "
        "or different counts of events at the same time.",
        Severity::error};
    return kInfo;
  }

  void run(const graph::ClaimGraph& g, Findings& out) const override {
    compare_single_fields(g, info().id, true, out);
  }
};

}  // namespace

std::unique_ptr<Check> make_ordinal() { return std::make_unique<Ordinal>(); }

}  // namespace concord::check
