// `concord explain`: what concord read in a document, and what it made of it.
#pragma once

#include <cstdio>
#include <memory>

#include "check/compared.h"
#include "check/finding.h"
#include "claim/build.h"
#include "ingest/document.h"
#include "text/layout.h"

namespace concord::report {

// One document's reading: its layout, and the claims and mentions found.
struct Reading {
  const ingest::Document& doc;
  const text::Layout& layout;
  const claim::DocumentClaims& found;
  // With --against: what the checks made of the draft's claims (any order;
  // matched to found.claims by predicate and place).
  std::vector<const check::Compared*> compared = {};
  // Show only the sentences that hold one of found.claims (explain --finding).
  bool claims_only = false;
};

// Writes one document's explanation at a time, in text or JSON.
class ExplainWriter {
 public:
  virtual ~ExplainWriter() = default;
  // The finding asked for with --finding, before its documents.
  virtual void finding(const check::Finding& f) = 0;
  virtual void document(const Reading& r) = 0;
  virtual void finish() = 0;
};

enum class ExplainFormat { text, json };

// REQUIRES: out stays open until finish() returns.
std::unique_ptr<ExplainWriter> make_explain_writer(ExplainFormat format, std::FILE* out);

}  // namespace concord::report
