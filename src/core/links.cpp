// Share-link codecs. Layout and rules: see links.hpp.
#include "core/links.hpp"

#include <cstdint>
#include <stdexcept>

#include "core/base64url.hpp"
#include "core/checksum.hpp"

namespace core {
namespace {

// ================================================================ constants of format 1

constexpr std::uint8_t kKindInvitation = 1;
constexpr std::uint8_t kKindResult = 2;
constexpr std::size_t kChecksumBytes = 4;
constexpr std::size_t kLengthMaxVarintBytes = 2;   // bodies stay far below 16 KiB
constexpr std::size_t kStringLengthMaxVarintBytes = 2;
constexpr std::size_t kVersionMaxVarintBytes = 3;  // 65535 needs 16 bits = 3 LEB128 bytes
constexpr std::size_t kCountMaxVarintBytes = 2;    // lets a count of 100 read as BadField
constexpr int kBitsPerAnswer = 3;
constexpr std::string_view kInvitationPrefix = "i=";
constexpr std::string_view kResultPrefix = "r=";
// The most bytes a payload that fits in the fragment limit can hold; a larger announced
// length cannot come from any encoder.
constexpr std::size_t kMaxPayloadBytes = (kLinkMaxFragmentChars - 2) * 3 / 4;

// ================================================================ UTF-8 and text rules

// Length (1..4) of the well-formed UTF-8 sequence at text[pos], with its code point, or 0
// when the bytes there are not one (stray continuation byte, overlong form, surrogate,
// beyond U+10FFFF, or cut short by the end of text).
std::size_t utf8Sequence(std::string_view text, std::size_t pos, std::uint32_t& codePoint) {
    const auto byteAt = [&](std::size_t i) { return static_cast<std::uint8_t>(text[i]); };
    const std::uint8_t lead = byteAt(pos);
    std::size_t length = 0;
    std::uint32_t minimum = 0;
    if (lead < 0x80) {
        codePoint = lead;
        return 1;
    } else if (lead >= 0xC2 && lead <= 0xDF) {  // C0 and C1 would be overlong
        length = 2, minimum = 0x80, codePoint = lead & 0x1Fu;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3, minimum = 0x800, codePoint = lead & 0x0Fu;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4, minimum = 0x10000, codePoint = lead & 0x07u;
    } else {
        return 0;
    }
    if (text.size() - pos < length) return 0;
    for (std::size_t i = 1; i < length; ++i) {
        const std::uint8_t next = byteAt(pos + i);
        if ((next & 0xC0u) != 0x80u) return 0;
        codePoint = (codePoint << 6) | (next & 0x3Fu);
    }
    if (codePoint < minimum || codePoint > 0x10FFFF) return 0;
    if (codePoint >= 0xD800 && codePoint <= 0xDFFF) return 0;
    return length;
}

// C0 and C1 controls and DEL: invisible or layout-breaking in a name shown on screen.
bool isControl(std::uint32_t codePoint) {
    return codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F);
}

// Well-formed UTF-8 without control characters ('\n' allowed when multiline).
bool isCleanText(std::string_view text, bool multiline) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::uint32_t codePoint = 0;
        const std::size_t length = utf8Sequence(text, pos, codePoint);
        if (length == 0) return false;
        if (isControl(codePoint) && !(multiline && codePoint == '\n')) return false;
        pos += length;
    }
    return true;
}

bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// "" (no language chosen) or a BCP 47-looking tag: a letter, then letters, digits and '-'.
bool isLanguageTag(std::string_view tag) {
    if (tag.empty()) return true;
    if (tag.size() > kLinkLanguageMaxBytes || !isAsciiLetter(tag[0])) return false;
    for (char c : tag)
        if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '-') return false;
    return true;
}

bool isQuestionnaireId(std::string_view id) {
    return !id.empty() && id.size() <= kLinkQuestionnaireIdMaxBytes && isCleanText(id, false);
}

// ================================================================ writing bytes

// LEB128: 7 bits a byte, low bits first, high bit = "more follows". Short for the small
// numbers links hold (every length and count here fits in one or two bytes).
void putVarint(std::vector<std::uint8_t>& out, std::uint32_t value) {
    while (value >= 0x80u) {
        out.push_back(static_cast<std::uint8_t>((value & 0x7Fu) | 0x80u));
        value >>= 7;
    }
    out.push_back(static_cast<std::uint8_t>(value));
}

void putString(std::vector<std::uint8_t>& out, std::string_view text) {
    putVarint(out, static_cast<std::uint32_t>(text.size()));
    out.insert(out.end(), text.begin(), text.end());
}

void putAnswers(std::vector<std::uint8_t>& out, const std::vector<int>& answers) {
    putVarint(out, static_cast<std::uint32_t>(answers.size()));
    std::uint32_t bits = 0;
    int bitCount = 0;
    for (int answer : answers) {
        bits = (bits << kBitsPerAnswer) | static_cast<std::uint32_t>(answer);
        bitCount += kBitsPerAnswer;
        if (bitCount >= 8) {
            bitCount -= 8;
            out.push_back(static_cast<std::uint8_t>(bits >> bitCount));
            bits &= (1u << bitCount) - 1u;
        }
    }
    if (bitCount > 0) out.push_back(static_cast<std::uint8_t>(bits << (8 - bitCount)));
}

// Wraps a body (kind byte + fields) in the frozen envelope and base64url.
std::string seal(std::string_view prefix, const std::vector<std::uint8_t>& body) {
    std::vector<std::uint8_t> bytes;
    bytes.reserve(body.size() + 8);
    bytes.push_back(static_cast<std::uint8_t>(kLinkFormatVersion));
    putVarint(bytes, static_cast<std::uint32_t>(body.size() + kChecksumBytes));
    bytes.insert(bytes.end(), body.begin(), body.end());
    const std::uint32_t crc = crc32(bytes.data(), bytes.size());
    for (int shift = 24; shift >= 0; shift -= 8) bytes.push_back(static_cast<std::uint8_t>(crc >> shift));
    return std::string(prefix) + encodeBase64Url(bytes);
}

// ================================================================ reading bytes

enum class VarintStatus { Ok, Short, Bad };

// Every read checks the bytes left first: the input may be anything.
struct Reader {
    const std::uint8_t* data;
    std::size_t size;
    std::size_t pos = 0;

    std::size_t left() const { return size - pos; }

    // Refuses more than maxBytes bytes and non-minimal forms (a last byte of 0 after
    // others), so each number has exactly one encoding.
    VarintStatus varint(std::size_t maxBytes, std::uint32_t& value) {
        value = 0;
        for (std::size_t i = 0; i < maxBytes; ++i) {
            if (pos >= size) return VarintStatus::Short;
            const std::uint8_t byte = data[pos++];
            value |= static_cast<std::uint32_t>(byte & 0x7Fu) << (7 * i);
            if ((byte & 0x80u) == 0) return (i > 0 && byte == 0) ? VarintStatus::Bad : VarintStatus::Ok;
        }
        return VarintStatus::Bad;
    }
};

// Malformed when the bytes cannot hold the string (no encoder writes that); BadField when
// they can but the string is longer than its field allows.
LinkError readString(Reader& in, std::size_t maxBytes, std::string& out) {
    std::uint32_t length = 0;
    if (in.varint(kStringLengthMaxVarintBytes, length) != VarintStatus::Ok) return LinkError::Malformed;
    if (length > in.left()) return LinkError::Malformed;
    if (length > maxBytes) return LinkError::BadField;
    out.assign(reinterpret_cast<const char*>(in.data + in.pos), length);
    in.pos += length;
    return LinkError::None;
}

LinkError readText(Reader& in, std::size_t maxBytes, bool multiline, std::string& out) {
    const LinkError error = readString(in, maxBytes, out);
    if (error != LinkError::None) return error;
    return isCleanText(out, multiline) ? LinkError::None : LinkError::BadField;
}

LinkError readLanguage(Reader& in, std::string& out) {
    const LinkError error = readString(in, kLinkLanguageMaxBytes, out);
    if (error != LinkError::None) return error;
    return isLanguageTag(out) ? LinkError::None : LinkError::BadField;
}

LinkError readAnswers(Reader& in, std::vector<int>& answers) {
    std::uint32_t count = 0;
    if (in.varint(kCountMaxVarintBytes, count) != VarintStatus::Ok) return LinkError::Malformed;
    if (count > kLinkMaxAnswers) return LinkError::BadField;
    const std::size_t byteCount = (count * kBitsPerAnswer + 7) / 8;
    if (byteCount > in.left()) return LinkError::Malformed;
    answers.assign(count, 0);
    for (std::size_t i = 0; i < count; ++i) {
        // Each answer's 3 bits may straddle two bytes: read them one at a time.
        int value = 0;
        for (int b = 0; b < kBitsPerAnswer; ++b) {
            const std::size_t bit = i * kBitsPerAnswer + static_cast<std::size_t>(b);
            const int set = (in.data[in.pos + bit / 8] >> (7 - bit % 8)) & 1;
            value = (value << 1) | set;
        }
        answers[i] = value;  // 3 bits hold exactly 0..kLinkMaxAnswerValue
    }
    const std::size_t usedBits = count * kBitsPerAnswer;
    if (usedBits % 8 != 0) {
        const std::uint8_t last = in.data[in.pos + byteCount - 1];
        const unsigned padding = 8 - usedBits % 8;
        if ((last & ((1u << padding) - 1u)) != 0) return LinkError::Malformed;
    }
    in.pos += byteCount;
    return LinkError::None;
}

LinkError readQuestionnaireVersion(Reader& in, int& out) {
    std::uint32_t version = 0;
    if (in.varint(kVersionMaxVarintBytes, version) != VarintStatus::Ok) return LinkError::Malformed;
    if (version > static_cast<std::uint32_t>(kLinkMaxQuestionnaireVersion)) return LinkError::BadField;
    out = static_cast<int>(version);
    return LinkError::None;
}

// Each reader runs only while the ones before it succeeded: the first error is reported.
LinkError readInvitation(Reader& in, Invitation& out) {
    LinkError e = readText(in, kLinkTeamMaxBytes, false, out.team);
    if (e == LinkError::None) e = readText(in, kLinkManagerMaxBytes, false, out.manager);
    if (e == LinkError::None) e = readLanguage(in, out.language);
    if (e == LinkError::None) e = readText(in, kLinkMessageMaxBytes, true, out.message);
    return e;
}

LinkError readResult(Reader& in, SharedResult& out) {
    LinkError e = readText(in, kLinkQuestionnaireIdMaxBytes, false, out.questionnaireId);
    if (e == LinkError::None && out.questionnaireId.empty()) e = LinkError::BadField;  // answers mean nothing without it
    if (e == LinkError::None) e = readQuestionnaireVersion(in, out.questionnaireVersion);
    if (e == LinkError::None) e = readLanguage(in, out.language);
    if (e == LinkError::None) e = readText(in, kLinkTeamMaxBytes, false, out.team);
    if (e == LinkError::None) e = readText(in, kLinkNameMaxBytes, false, out.name);
    if (e == LinkError::None) e = readAnswers(in, out.answers);
    return e;
}

// Checks the envelope in the order that gives the most useful message: cut before
// changed before newer (see links.hpp), then reads the body of the expected kind.
LinkError decodePayload(std::string_view payload, LinkKind prefixKind, DecodedLink& link) {
    std::vector<std::uint8_t> bytes;
    const Base64Status status = decodeBase64Url(payload, bytes);
    if (status == Base64Status::InvalidChar) return LinkError::Malformed;

    Reader envelope{bytes.data(), bytes.size()};
    if (bytes.empty()) return LinkError::Truncated;
    const std::uint8_t formatVersion = bytes[0];
    envelope.pos = 1;
    std::uint32_t declared = 0;
    const VarintStatus lengthStatus = envelope.varint(kLengthMaxVarintBytes, declared);
    if (lengthStatus == VarintStatus::Short) return LinkError::Truncated;
    if (lengthStatus == VarintStatus::Bad) return LinkError::Malformed;
    if (declared < kChecksumBytes || declared > kMaxPayloadBytes) return LinkError::Malformed;
    if (envelope.left() < declared) return LinkError::Truncated;
    if (envelope.left() > declared) return LinkError::Malformed;
    if (status != Base64Status::Ok) return LinkError::Malformed;

    const std::size_t signedSize = bytes.size() - kChecksumBytes;
    std::uint32_t stored = 0;
    for (std::size_t i = 0; i < kChecksumBytes; ++i) stored = (stored << 8) | bytes[signedSize + i];
    if (crc32(bytes.data(), signedSize) != stored) return LinkError::Checksum;
    if (formatVersion != kLinkFormatVersion) return LinkError::UnknownVersion;

    Reader body{bytes.data(), signedSize, envelope.pos};
    if (body.left() < 1) return LinkError::Malformed;
    const std::uint8_t kindByte = body.data[body.pos++];
    if (kindByte != kKindInvitation && kindByte != kKindResult) return LinkError::Malformed;
    const LinkKind payloadKind = kindByte == kKindInvitation ? LinkKind::Invitation : LinkKind::Result;
    if (payloadKind != prefixKind) return LinkError::WrongKind;

    const LinkError error = payloadKind == LinkKind::Invitation ? readInvitation(body, link.invitation)
                                                                : readResult(body, link.result);
    if (error != LinkError::None) return error;
    return body.left() == 0 ? LinkError::None : LinkError::Malformed;
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trim(std::string_view text) {
    while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
    return text;
}

bool startsWith(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && text.substr(0, prefix.size()) == prefix;
}

// ================================================================ checks before encoding

void requireProgramData(bool ok, const char* what) {
    if (!ok) throw std::invalid_argument(std::string("share link: invalid ") + what);
}

}  // namespace

// ================================================================ public

const char* linkErrorId(LinkError error) {
    switch (error) {
        case LinkError::None: return "none";
        case LinkError::Empty: return "empty";
        case LinkError::Malformed: return "malformed";
        case LinkError::Truncated: return "truncated";
        case LinkError::Checksum: return "checksum";
        case LinkError::UnknownVersion: return "unknown-version";
        case LinkError::Oversized: return "oversized";
        case LinkError::WrongKind: return "wrong-kind";
        case LinkError::BadField: return "bad-field";
    }
    return "unknown";
}

std::string fitLinkText(std::string_view text, std::size_t maxBytes, bool multiline) {
    std::string out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::uint32_t codePoint = 0;
        const std::size_t length = utf8Sequence(text, pos, codePoint);
        if (length == 0) {  // a byte that is not UTF-8: drop it, keep the rest
            ++pos;
            continue;
        }
        std::string_view piece = text.substr(pos, length);
        pos += length;
        if (isControl(codePoint)) {
            if (multiline && codePoint == '\n') piece = "\n";
            else if (codePoint == '\t' || codePoint == '\n') piece = " ";
            else continue;  // '\r' (of "\r\n"), and controls nobody means to type
        }
        if (out.size() + piece.size() > maxBytes) break;  // cut only between characters
        out += piece;
    }
    return out;
}

std::string encodeInvitation(const Invitation& invitation) {
    requireProgramData(isLanguageTag(invitation.language), "language tag");
    std::vector<std::uint8_t> body{kKindInvitation};
    putString(body, fitLinkText(invitation.team, kLinkTeamMaxBytes, false));
    putString(body, fitLinkText(invitation.manager, kLinkManagerMaxBytes, false));
    putString(body, invitation.language);
    putString(body, fitLinkText(invitation.message, kLinkMessageMaxBytes, true));
    return seal(kInvitationPrefix, body);
}

std::string encodeResult(const SharedResult& result) {
    requireProgramData(isQuestionnaireId(result.questionnaireId), "questionnaire id");
    requireProgramData(result.questionnaireVersion >= 0 &&
                           result.questionnaireVersion <= kLinkMaxQuestionnaireVersion,
                       "questionnaire version");
    requireProgramData(isLanguageTag(result.language), "language tag");
    requireProgramData(result.answers.size() <= kLinkMaxAnswers, "answer count");
    for (int answer : result.answers)
        requireProgramData(answer >= 0 && answer <= kLinkMaxAnswerValue, "answer value");

    std::vector<std::uint8_t> body{kKindResult};
    putString(body, result.questionnaireId);
    putVarint(body, static_cast<std::uint32_t>(result.questionnaireVersion));
    putString(body, result.language);
    putString(body, fitLinkText(result.team, kLinkTeamMaxBytes, false));
    putString(body, fitLinkText(result.name, kLinkNameMaxBytes, false));
    putAnswers(body, result.answers);
    return seal(kResultPrefix, body);
}

DecodedLink decodeFragment(std::string_view fragment) {
    DecodedLink link;
    std::string_view text = trim(fragment);
    if (!text.empty() && text.front() == '#') text.remove_prefix(1);

    if (startsWith(text, kInvitationPrefix)) link.kind = LinkKind::Invitation;
    else if (startsWith(text, kResultPrefix)) link.kind = LinkKind::Result;
    else return link;  // not a link of ours: the app ignores it

    if (text.size() > kLinkMaxFragmentChars) link.error = LinkError::Oversized;
    else if (text.size() == kInvitationPrefix.size()) link.error = LinkError::Empty;
    else {
        try {
            link.error = decodePayload(text.substr(kInvitationPrefix.size()), link.kind, link);
        } catch (...) {  // only std::bad_alloc is possible; a decoder must not throw
            link.error = LinkError::Malformed;
        }
    }
    if (link.error != LinkError::None) {  // nothing from a bad link may be used
        link.invitation = Invitation{};
        link.result = SharedResult{};
    }
    return link;
}

DecodedLink decodeExpecting(std::string_view fragment, LinkKind expected) {
    DecodedLink link = decodeFragment(fragment);
    if (link.kind != LinkKind::None && link.kind != expected) {
        // The other kind, intact or not: "this is a result link" is the first thing to fix.
        link.error = LinkError::WrongKind;
        link.invitation = Invitation{};
        link.result = SharedResult{};
    }
    return link;
}

std::string encodeResultOrEmpty(const SharedResult& result) {
    try {
        return encodeResult(result);
    } catch (const std::exception&) {
        return {};
    }
}

}  // namespace core
