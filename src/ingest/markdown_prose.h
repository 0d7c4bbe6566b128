// Which bytes of a Markdown body are prose, read from cmark-gfm's parse
// tree (CommonMark with GitHub's tables).
//
// Prose is what a reader of the rendered page reads as text: the text of
// paragraphs, headings, list items, block quotes and table cells (a row to
// a line), link text, code spans, and the text between the tags of an HTML
// block. Everything else is blanked: emphasis and strikethrough markers,
// list and quote markers, link destinations and titles, link reference
// definitions, images with their alt text (as an HTML page's are not
// read), autolinks, inline tags, the backslash of an escape, table pipes
// and rules. Code blocks, HTML comments and HTML blocks that show no text
// (<script>, <style>, <pre>, <textarea>, <?...?>, <!...>, CDATA) are
// excluded as markup. Character references (&amp;) keep their spelling.
//
// cmark-gfm's inline nodes carry positions that are exact on a block's
// first line and may drift after it, so each node's text is checked where
// it claims to be and, failing that, searched for after the last node
// placed; text that cannot be placed at all stays blank.
//
// Limits. A body over 512 KB is parsed in pieces of about that size (the
// parse tree costs some 200 bytes a node), cut where a new block starts
// (markdown_source.h): a reference link whose definition is in another
// piece reads as text. Inputs that make Debian 12's cmark-gfm quadratic are
// defused first (markdown_defuse.h).
#pragma once

#include <cstddef>
#include <string>

#include "base/diag.h"
#include "ingest/markdown.h"

namespace concord::ingest {

// Blanks Markdown syntax in t from offset body on, in place (newlines and
// carriage returns kept, length unchanged), and adds what it excludes and
// the HTML comments it finds to parts. Warns of HTML comments not closed.
// Linear in the body's size.
void blank_markdown_body(std::string& t, std::size_t body, const std::string& path, base::Diagnostics& diags,
                         MarkdownParts& parts);

}  // namespace concord::ingest
