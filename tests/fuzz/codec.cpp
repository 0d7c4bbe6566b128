// The claim index's codec decoding arbitrary bytes (index/codec.h).
//
// decode() promises never to throw and to bound its work by the blob's
// size. What it accepts must survive a round trip: encoding the decoded
// document and decoding that gives the same bytes again.
#include <optional>
#include <string>

#include "fuzz.h"
#include "index/codec.h"

using namespace concord;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::optional<index::StoredDocument> doc = index::decode(fuzz::bytes(data, size));
  if (!doc) return 0;
  const std::string blob = index::encode(*doc);
  const std::optional<index::StoredDocument> again = index::decode(blob);
  FUZZ_CHECK(again.has_value());
  FUZZ_CHECK(index::encode(*again) == blob);
  return 0;
}
