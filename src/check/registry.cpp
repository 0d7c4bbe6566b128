// The one list of checks. Order is report order for findings of equal rank.
#include "check/check.h"

namespace concord::check {

const std::vector<std::unique_ptr<Check>>& all_checks() {
  static const std::vector<std::unique_ptr<Check>> checks = [] {
    std::vector<std::unique_ptr<Check>> v;
    v.push_back(make_value_conflict());
    v.push_back(make_negation());
    v.push_back(make_temporal());
    v.push_back(make_age());
    v.push_back(make_ordinal());
    v.push_back(make_weekday());
    v.push_back(make_one_holder());
    v.push_back(make_name_variant());
    v.push_back(make_single_source());
    v.push_back(make_reused_wording());
    return v;
  }();
  return checks;
}

void Check::run(const graph::ClaimGraph&, Findings&) const {}
void Check::on_document(const ingest::Document&, const claim::DocumentClaims&, bool, std::vector<Finding>&) const {}

}  // namespace concord::check
