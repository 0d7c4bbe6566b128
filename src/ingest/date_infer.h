// The publication date a page prints about itself, when nobody told us.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/date.h"

namespace concord::ingest {

struct InferredDate {
  base::Date date;
  std::size_t offset = 0;  // where in the text the date was written
  std::string label;       // the words that introduced it, e.g. "Posted on"
  std::string value;       // the date as written
};

// Finds a labelled publication date: "Posted on : 2014-11-15 16:12 KST",
// "Published: Nov. 17, 2014", or "Date created:" with the date on the next
// line. Dates labelled "Modified" or "Updated" are not publication dates and
// are ignored; so is any date without a label.
std::optional<InferredDate> infer_date(std::string_view text);

}  // namespace concord::ingest
