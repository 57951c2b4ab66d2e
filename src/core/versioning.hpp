// Stored documents are versioned cereal types (CEREAL_CLASS_VERSION). A stored object written
// by a newer build (or carrying no sensible version) is refused, so it is kept aside instead
// of being half-read and later overwritten. Checked inside each serialize on load, so every
// nested type is covered, not only the outer document.
#pragma once
#include <cstdint>

namespace core {

// Throws DataError when `version` is 0 or newer than `newest`. (Out of line, so headers
// that the screens include hold no throw: the screens are built without exceptions.)
void refuseUnknownVersion(const char* type, std::uint32_t version, std::uint32_t newest);

}  // namespace core
