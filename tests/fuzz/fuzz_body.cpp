// Fuzzes the field readers behind the checksum: the input is a body (kind byte + fields)
// that this target seals in a valid envelope (version, length, CRC-32), so random bytes
// are not all stopped at the checksum as they are in fuzz_decode.
// Input: [0] low bit selects the prefix ("i=" / "r="), bit 1 a wrong format version;
// the rest is the body.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/base64url.hpp"
#include "core/checksum.hpp"
#include "invariants.hpp"

namespace {

std::vector<std::uint8_t> seal(std::uint8_t version, const std::uint8_t* body, std::size_t size) {
    std::vector<std::uint8_t> bytes{version};
    std::size_t length = size + 4;
    while (length >= 0x80) {  // LEB128, as the format writes it
        bytes.push_back(static_cast<std::uint8_t>(0x80 | (length & 0x7F)));
        length >>= 7;
    }
    bytes.push_back(static_cast<std::uint8_t>(length));
    bytes.insert(bytes.end(), body, body + size);
    const std::uint32_t crc = core::crc32(bytes.data(), bytes.size());
    for (int shift = 24; shift >= 0; shift -= 8) bytes.push_back(static_cast<std::uint8_t>(crc >> shift));
    return bytes;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1 || size > 4096) return 0;
    const bool invitation = (data[0] & 1) == 0;
    const bool newerVersion = (data[0] & 2) != 0;
    const std::uint8_t version = newerVersion ? 2 : 1;
    const std::string fragment =
        std::string(invitation ? "i=" : "r=") + core::encodeBase64Url(seal(version, data + 1, size - 1));
    const core::DecodedLink link = core::decodeFragment(fragment);
    fuzz::checkDecoded(fragment, link);
    if (fragment.size() > core::kLinkMaxFragmentChars)
        fuzz::require(link.error == core::LinkError::Oversized, "long link not oversized");
    else if (newerVersion)
        fuzz::require(link.error == core::LinkError::UnknownVersion, "newer version not reported");
    else
        fuzz::require(link.error != core::LinkError::Checksum && link.error != core::LinkError::Truncated,
                      "a sealed body failed the envelope");
    return 0;
}
