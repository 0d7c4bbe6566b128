// Visible text of an HTML page, through a real HTML5 parser (gumbo).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "ingest/document.h"

namespace concord::ingest {

struct HtmlText {
  std::string text;                 // visible text; one line per block element
  SourceMap map;                    // text -> offsets in the HTML given
  std::vector<Excluded> furniture;  // text inside <nav>, <aside>, menus, related lists
  std::string title;                // <title>, or og:title
  std::string outlet;               // og:site_name
  std::string url;                  // <link rel=canonical>, or og:url
  std::optional<base::Date> date;   // article:published_time, <time pubdate>, JSON-LD
  std::string date_basis;
  std::string note;                 // set when the page could not be parsed normally
  std::vector<SourceComment> comments;  // offsets in the HTML given
};

// Extracts the visible text of html (valid UTF-8). Scripts, styles, templates
// and form controls are dropped; block elements end lines; character
// references map back to the bytes that spelled them. Malformed markup is
// handled as browsers do; markup nested thousands deep is read with its tags
// stripped (and a note), since the parser's cost grows with depth.
HtmlText extract_html(std::string_view html);

}  // namespace concord::ingest
