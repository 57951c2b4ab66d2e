// Stored documents are versioned cereal types (CEREAL_CLASS_VERSION). A stored object written
// by a newer build (or carrying no sensible version) is refused, so it is kept aside instead
// of being half-read and later overwritten. Checked inside each serialize on load, so every
// nested type is covered, not only the outer document.
#pragma once
#include <cstdint>
#include <string>
#include "data_error.hpp"

namespace core {

inline void refuseUnknownVersion(const char* type, std::uint32_t version, std::uint32_t newest) {
    if (version == 0 || version > newest)
        throw DataError(std::string("stored ") + type + " has version " + std::to_string(version));
}

}  // namespace core
