// `concord explain`: what concord read in a document and why.
#pragma once

#include <cstdio>
#include <memory>

#include "ingest/document.h"
#include "text/layout.h"

namespace concord::report {

// Writes one document's explanation at a time, in text or JSON.
class ExplainWriter {
 public:
  virtual ~ExplainWriter() = default;
  virtual void document(const ingest::Document& doc, const text::Layout& layout) = 0;
  virtual void finish() = 0;
};

enum class ExplainFormat { text, json };

// REQUIRES: out stays open until finish() returns.
std::unique_ptr<ExplainWriter> make_explain_writer(ExplainFormat format, std::FILE* out);

}  // namespace concord::report
