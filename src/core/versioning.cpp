#include "versioning.hpp"

#include <string>
#include "data_error.hpp"

namespace core {

void refuseUnknownVersion(const char* type, std::uint32_t version, std::uint32_t newest) {
    if (version == 0 || version > newest)
        throw DataError(std::string("stored ") + type + " has version " + std::to_string(version));
}

}  // namespace core
