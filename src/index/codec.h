// The claim index's codec: what the index keeps of one document, as a
// compact binary blob (CBOR with short keys; defaults are left out).
//
//   index::StoredDocument doc{info, std::move(found.claims), findings, suppressions};
//   std::string blob = index::encode(doc);
//   std::optional<index::StoredDocument> back = index::decode(blob);
//   if (!back) { /* corrupt, or written by another codec version: read the document again */ }
//
// A blob holds what a check needs without the document's text: claims with
// their quotes and citations, the document's own findings and its
// concord-ignore comments. Not `claim::DocumentClaims::mentions` (`explain`
// reads the document itself).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diag.h"
#include "check/finding.h"
#include "check/reused_wording.h"
#include "check/suppress.h"
#include "claim/claim.h"
#include "report/report.h"

namespace concord::index {

// Written into every blob; decode() accepts only its own. Bump it whenever
// what a blob means changes: a key, an enum's code, a field added to a type
// the blob holds.
constexpr int kCodecVersion = 4;  // 2: Claim::repeated, Side::norm; 3: DateValue::ambiguous; 4: checksum

// What the index keeps of one document: enough to check a draft against it
// without the text.
struct StoredDocument {
  report::DocumentInfo info;
  std::vector<claim::Claim> claims;
  std::vector<check::Finding> findings;          // per-document findings (check::document_findings)
  std::vector<check::Suppression> suppressions;  // its concord-ignore comments
};

// What reading a shard of a run said besides its documents (app/stage.h):
// its diagnostics in the order reported, and the archive's echoes of the
// drafts (check/reused_wording.h) in input order.
struct ShardNotes {
  std::vector<base::Diagnostic> diagnostics;
  std::vector<check::Echo> echoes;
};
std::string encode(const ShardNotes& notes);
std::optional<ShardNotes> decode_notes(std::string_view blob);  // as decode()

// Returns doc as a blob: its CBOR, sealed. Equal documents give equal bytes.
std::string encode(const StoredDocument& doc);

// Returns the document a blob holds; nullopt if the blob is not one (truncated,
// damaged, the wrong types) or was written by another codec version. Never
// throws; work and stack depth are bounded by the blob's size.
std::optional<StoredDocument> decode(std::string_view blob);

// A blob ends in 8 bytes: the FNV-1a hash of the CBOR before them. Without
// it, two thirds of single-byte flips in a stored blob decoded "fine", as
// other values or mangled citation paths.
std::string sealed(std::string cbor);  // cbor with its hash appended
bool intact(std::string_view blob);    // the hash matches: read it, or keep it when re-indexing

}  // namespace concord::index
