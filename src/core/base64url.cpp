#include "core/base64url.hpp"

namespace core {
namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// Value 0..63 of one character, or -1 when it is not in the alphabet.
int sextet(unsigned char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '-') return 62;
    if (c == '_') return 63;
    return -1;
}

}  // namespace

std::string encodeBase64Url(const std::vector<std::uint8_t>& bytes) {
    std::string text;
    text.reserve(base64UrlLength(bytes.size()));
    std::uint32_t bits = 0;  // pending bits, right-aligned
    int bitCount = 0;
    for (std::uint8_t byte : bytes) {
        bits = (bits << 8) | byte;
        bitCount += 8;
        while (bitCount >= 6) {
            bitCount -= 6;
            text += kAlphabet[(bits >> bitCount) & 0x3Fu];
        }
        bits &= (1u << bitCount) - 1u;  // keep only the unwritten bits so `bits` never overflows
    }
    if (bitCount > 0) text += kAlphabet[(bits << (6 - bitCount)) & 0x3Fu];  // zero-filled tail
    return text;
}

Base64Status decodeBase64Url(std::string_view text, std::vector<std::uint8_t>& out) {
    out.clear();
    out.reserve(text.size() * 3 / 4);
    std::uint32_t bits = 0;
    int bitCount = 0;
    for (char ch : text) {
        const int value = sextet(static_cast<unsigned char>(ch));
        if (value < 0) {
            out.clear();
            return Base64Status::InvalidChar;
        }
        bits = (bits << 6) | static_cast<std::uint32_t>(value);
        bitCount += 6;
        if (bitCount >= 8) {
            bitCount -= 8;
            out.push_back(static_cast<std::uint8_t>((bits >> bitCount) & 0xFFu));
        }
        bits &= (1u << bitCount) - 1u;
    }
    // A canonical text ends on a byte boundary plus at most 4 zero bits (2 or 4 left over);
    // 6 left over means one dangling character, which no encoder writes.
    if (bitCount == 6 || bits != 0) return Base64Status::NonCanonical;
    return Base64Status::Ok;
}

}  // namespace core
