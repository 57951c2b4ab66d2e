// base64url (RFC 4648 §5) without padding: the alphabet that survives a URL fragment,
// chat apps and e-mail clients untouched ('-' and '_' instead of '+' and '/', no '=').
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace core {

std::string encodeBase64Url(const std::vector<std::uint8_t>& bytes);

enum class Base64Status {
    Ok,            // canonical text: exactly what encodeBase64Url would have written
    InvalidChar,   // a character outside the alphabet (padding '=' included)
    NonCanonical,  // a dangling last character or non-zero unused bits: the text was cut
                   // or changed; `out` still holds every whole byte that could be read, so
                   // the caller can tell a cut link (fewer bytes than announced) from a bad one
};

// Decodes `text` into `out` (replacing its contents). Never reads outside `text`.
Base64Status decodeBase64Url(std::string_view text, std::vector<std::uint8_t>& out);

// Number of characters encodeBase64Url writes for `byteCount` bytes.
constexpr std::size_t base64UrlLength(std::size_t byteCount) {
    return byteCount / 3 * 4 + (byteCount % 3 == 0 ? 0 : byteCount % 3 + 1);
}

}  // namespace core
