// Share-link codecs: round trips of every field, each kind of damage, hand-built byte
// layouts, and the fuzzers' regression inputs. Expected values come from the format as
// documented in links.hpp, never from the encoder's own output.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/base64url.hpp"
#include "core/checksum.hpp"
#include "core/links.hpp"

#ifndef FUZZ_REGRESSIONS_DIR
#define FUZZ_REGRESSIONS_DIR "tests/fuzz/regressions"  // relative to the repository root
#endif

using namespace core;

namespace {

using Bytes = std::vector<std::uint8_t>;

const std::string kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// ---------------------------------------------------------------- hand-building payloads

void appendVarint(Bytes& out, std::uint32_t value) {
    while (value >= 0x80) {
        out.push_back(static_cast<std::uint8_t>(0x80 | (value & 0x7F)));
        value >>= 7;
    }
    out.push_back(static_cast<std::uint8_t>(value));
}

void appendText(Bytes& out, const std::string& text) {
    appendVarint(out, static_cast<std::uint32_t>(text.size()));
    out.insert(out.end(), text.begin(), text.end());
}

// The envelope of links.hpp around a body: version, length varint, body, CRC-32 big-endian.
Bytes envelope(std::uint8_t version, const Bytes& body) {
    Bytes bytes{version};
    appendVarint(bytes, static_cast<std::uint32_t>(body.size() + 4));
    bytes.insert(bytes.end(), body.begin(), body.end());
    const std::uint32_t crc = crc32(bytes.data(), bytes.size());
    for (int shift = 24; shift >= 0; shift -= 8) bytes.push_back(static_cast<std::uint8_t>(crc >> shift));
    return bytes;
}

std::string link(const std::string& prefix, const Bytes& bytes) { return prefix + encodeBase64Url(bytes); }

std::string sealed(const std::string& prefix, const Bytes& body, std::uint8_t version = 1) {
    return link(prefix, envelope(version, body));
}

Bytes invitationBody(const std::string& team, const std::string& manager, const std::string& language,
                     const std::string& message) {
    Bytes body{1};
    appendText(body, team);
    appendText(body, manager);
    appendText(body, language);
    appendText(body, message);
    return body;
}

// Answers packed by hand, 3 bits each, most significant first, zero padding.
Bytes packAnswers(const std::vector<int>& answers) {
    Bytes out((answers.size() * 3 + 7) / 8, 0);
    for (std::size_t i = 0; i < answers.size(); ++i)
        for (int b = 0; b < 3; ++b)
            if (answers[i] & (4 >> b)) {
                const std::size_t bit = i * 3 + static_cast<std::size_t>(b);
                out[bit / 8] = static_cast<std::uint8_t>(out[bit / 8] | (0x80 >> (bit % 8)));
            }
    return out;
}

Bytes resultBody(const std::string& id, std::uint32_t version, const std::string& language,
                 const std::string& team, const std::string& name, const std::vector<int>& answers) {
    Bytes body{2};
    appendText(body, id);
    appendVarint(body, version);
    appendText(body, language);
    appendText(body, team);
    appendText(body, name);
    appendVarint(body, static_cast<std::uint32_t>(answers.size()));
    const Bytes packed = packAnswers(answers);
    body.insert(body.end(), packed.begin(), packed.end());
    return body;
}

Bytes payloadBytes(const std::string& fragment) {
    Bytes bytes;
    REQUIRE(decodeBase64Url(fragment.substr(2), bytes) == Base64Status::Ok);
    return bytes;
}

// ---------------------------------------------------------------- sample data

Invitation sampleInvitation() {
    return Invitation{"Myynti Itä-Suomi", "Päivi Åkerlund", "fi", "Hei! Täyttäkää ennen perjantaita.\nKiitos"};
}

std::vector<int> fortyTwoAnswers() {
    std::vector<int> answers;
    for (int i = 0; i < 42; ++i) answers.push_back(i % 8);  // every value 0..7, several times
    return answers;
}

SharedResult sampleResult() {
    SharedResult result;
    result.questionnaireId = "seller-hc";
    result.questionnaireVersion = 3;
    result.language = "fi";
    result.team = "Myynti Itä-Suomi";
    result.name = "Jörö Öhman";
    result.answers = fortyTwoAnswers();
    return result;
}

void checkSame(const Invitation& a, const Invitation& b) {
    CHECK(a.team == b.team);
    CHECK(a.manager == b.manager);
    CHECK(a.language == b.language);
    CHECK(a.message == b.message);
}

void checkSame(const SharedResult& a, const SharedResult& b) {
    CHECK(a.questionnaireId == b.questionnaireId);
    CHECK(a.questionnaireVersion == b.questionnaireVersion);
    CHECK(a.language == b.language);
    CHECK(a.team == b.team);
    CHECK(a.name == b.name);
    CHECK(a.answers == b.answers);
}

Invitation roundTrip(const Invitation& invitation) {
    const DecodedLink decoded = decodeFragment(encodeInvitation(invitation));
    CHECK(decoded.kind == LinkKind::Invitation);
    CHECK(decoded.error == LinkError::None);
    return decoded.invitation;
}

SharedResult roundTrip(const SharedResult& result) {
    const DecodedLink decoded = decodeFragment(encodeResult(result));
    CHECK(decoded.kind == LinkKind::Result);
    CHECK(decoded.error == LinkError::None);
    return decoded.result;
}

// Nothing from a bad link may be usable.
void checkNothingFilled(const DecodedLink& decoded) {
    checkSame(decoded.invitation, Invitation{});
    checkSame(decoded.result, SharedResult{});
}

LinkError errorOf(const std::string& fragment) { return decodeFragment(fragment).error; }

}  // namespace

// ================================================================ building blocks

TEST_CASE("crc32 gives the standard check value") {
    const std::string check = "123456789";
    CHECK(crc32(reinterpret_cast<const std::uint8_t*>(check.data()), check.size()) == 0xCBF43926u);
    CHECK(crc32(nullptr, 0) == 0u);
}

TEST_CASE("base64url matches RFC 4648 vectors, without padding, with the URL alphabet") {
    const std::vector<std::pair<std::string, std::string>> vectors = {
        {"", ""}, {"f", "Zg"}, {"fo", "Zm8"}, {"foo", "Zm9v"}, {"foob", "Zm9vYg"},
        {"fooba", "Zm9vYmE"}, {"foobar", "Zm9vYmFy"}, {"\xFB\xFF", "-_8"}};
    for (const auto& [plain, text] : vectors) {
        CAPTURE(text);
        const Bytes bytes(plain.begin(), plain.end());
        CHECK(encodeBase64Url(bytes) == text);
        CHECK(base64UrlLength(bytes.size()) == text.size());
        Bytes decoded;
        CHECK(decodeBase64Url(text, decoded) == Base64Status::Ok);
        CHECK(decoded == bytes);
    }
}

TEST_CASE("base64url decoding reports bad characters and non-canonical tails") {
    Bytes out;
    CHECK(decodeBase64Url("Zm9v+A", out) == Base64Status::InvalidChar);
    CHECK(decodeBase64Url("Zm9v/A", out) == Base64Status::InvalidChar);
    CHECK(decodeBase64Url("Zg==", out) == Base64Status::InvalidChar);
    CHECK(decodeBase64Url("Zm 9v", out) == Base64Status::InvalidChar);
    CHECK(decodeBase64Url("Zm9vY", out) == Base64Status::NonCanonical);  // dangling character
    CHECK(out == Bytes{'f', 'o', 'o'});                                   // whole bytes still read
    CHECK(decodeBase64Url("Zh", out) == Base64Status::NonCanonical);     // unused bits set
}

// ================================================================ round trips

TEST_CASE("an invitation keeps every field") {
    checkSame(roundTrip(sampleInvitation()), sampleInvitation());

    SUBCASE("each language choice") {
        for (const char* language : {"", "fi", "en", "en-GB"}) {
            Invitation invitation = sampleInvitation();
            invitation.language = language;
            checkSame(roundTrip(invitation), invitation);
        }
    }
    SUBCASE("empty optional fields") {
        const Invitation bare{"Tiimi", "Åsa", "", ""};
        checkSame(roundTrip(bare), bare);
        checkSame(roundTrip(Invitation{}), Invitation{});
    }
    SUBCASE("every field at its limit, with 2-, 3- and 4-byte characters") {
        Invitation full;
        for (int i = 0; i < 30; ++i) full.team += "ä";          // 60 bytes
        for (int i = 0; i < 20; ++i) full.manager += "€";       // 60 bytes
        for (int i = 0; i < 70; ++i) full.message += "😀";      // 280 bytes
        full.language = "abcdefghijklmnop";                     // 16 bytes
        checkSame(roundTrip(full), full);
        CHECK(encodeInvitation(full).size() <= kLinkMaxFragmentChars);
    }
}

TEST_CASE("a result keeps every field") {
    checkSame(roundTrip(sampleResult()), sampleResult());

    SUBCASE("every answer value in every position of a 3-bit group") {
        for (int shift = 0; shift < 8; ++shift) {
            SharedResult result = sampleResult();
            for (std::size_t i = 0; i < result.answers.size(); ++i)
                result.answers[i] = static_cast<int>((i + static_cast<std::size_t>(shift)) % 8);
            checkSame(roundTrip(result), result);
        }
    }
    SUBCASE("every answer count from 0 to the limit") {
        for (std::size_t count = 0; count <= kLinkMaxAnswers; ++count) {
            SharedResult result = sampleResult();
            result.answers.assign(count, 7);
            if (count > 0) result.answers.front() = 1;
            checkSame(roundTrip(result), result);
        }
    }
    SUBCASE("empty optional fields and extreme versions") {
        SharedResult result = sampleResult();
        result.team = "";
        result.name = "";
        result.language = "";
        for (int version : {0, 1, 127, 128, 16383, 16384, kLinkMaxQuestionnaireVersion}) {
            result.questionnaireVersion = version;
            checkSame(roundTrip(result), result);
        }
    }
    SUBCASE("every field at its limit") {
        SharedResult result;
        result.questionnaireId = std::string(kLinkQuestionnaireIdMaxBytes, 'q');
        result.questionnaireVersion = kLinkMaxQuestionnaireVersion;
        result.language = "abcdefghijklmnop";
        for (int i = 0; i < 15; ++i) result.team += "😀";   // 60 bytes
        for (int i = 0; i < 30; ++i) result.name += "å";    // 60 bytes
        result.answers.assign(kLinkMaxAnswers, 5);
        checkSame(roundTrip(result), result);
        CHECK(encodeResult(result).size() <= kLinkMaxFragmentChars);
    }
}

TEST_CASE("a full result link is short enough for a chat message") {
    SharedResult result = sampleResult();
    result.team = std::string(20, 't');
    result.name = std::string(20, 'n');
    const std::string fragment = encodeResult(result);
    MESSAGE("42 answers, 20-char team and name, id \"seller-hc\": " << fragment.size()
                                                                      << " characters after '#'");
    // 3 header + 10 id + 1 version + 3 language + 21 + 21 + 1 count + 16 answers + 4 CRC
    // = 80 bytes -> 107 base64url characters, plus "r=".
    CHECK(fragment.size() == 2 + base64UrlLength(80));
    checkSame(roundTrip(result), result);
}

// ================================================================ the byte layout

TEST_CASE("an invitation is laid out as documented") {
    const Bytes body = invitationBody("Tiimi", "Åsa", "en", "Moi");
    const DecodedLink decoded = decodeFragment(sealed("i=", body));
    REQUIRE(decoded.error == LinkError::None);
    checkSame(decoded.invitation, Invitation{"Tiimi", "Åsa", "en", "Moi"});
    CHECK(payloadBytes(encodeInvitation({"Tiimi", "Åsa", "en", "Moi"})) == envelope(1, body));
}

TEST_CASE("a result is laid out as documented") {
    // 5 answers = 15 bits: 0b001'010'011'100'111 + 1 zero bit = 0x29 0xCE.
    const Bytes body = resultBody("q", 300, "fi", "T", "N", {1, 2, 3, 4, 7});
    const Bytes expectedAnswers{0x29, 0xCE};
    CHECK(std::equal(expectedAnswers.begin(), expectedAnswers.end(), body.end() - 2));
    const DecodedLink decoded = decodeFragment(sealed("r=", body));
    REQUIRE(decoded.error == LinkError::None);
    CHECK(decoded.result.questionnaireVersion == 300);
    CHECK(decoded.result.answers == std::vector<int>{1, 2, 3, 4, 7});

    SharedResult result{"q", 300, "fi", "T", "N", {1, 2, 3, 4, 7}};
    CHECK(payloadBytes(encodeResult(result)) == envelope(1, body));
}

// ================================================================ the fragment around the link

TEST_CASE("a fragment without a link is no link and no error") {
    for (const char* fragment : {"", "#", "#top", "x=abc", "i", "#r", "I=AQ", " \n"}) {
        CAPTURE(fragment);
        const DecodedLink decoded = decodeFragment(fragment);
        CHECK(decoded.kind == LinkKind::None);
        CHECK(decoded.error == LinkError::None);
        CHECK(decodeExpecting(fragment, LinkKind::Invitation).error == LinkError::None);
    }
}

TEST_CASE("a link is read with or without '#' and with white space around it") {
    const std::string fragment = encodeInvitation(sampleInvitation());
    for (const std::string& variant : {fragment, "#" + fragment, "  #" + fragment + "\r\n", fragment + "\n"}) {
        const DecodedLink decoded = decodeFragment(variant);
        CHECK(decoded.error == LinkError::None);
        checkSame(decoded.invitation, sampleInvitation());
    }
}

TEST_CASE("an empty link") {
    CHECK(decodeFragment("#i=").kind == LinkKind::Invitation);
    CHECK(errorOf("#i=") == LinkError::Empty);
    CHECK(errorOf("r=") == LinkError::Empty);
}

// ================================================================ damage

TEST_CASE("every cut of a valid link fails cleanly as truncated") {
    for (const std::string& fragment : {encodeInvitation(sampleInvitation()), encodeResult(sampleResult())}) {
        const LinkKind kind = fragment[0] == 'i' ? LinkKind::Invitation : LinkKind::Result;
        for (std::size_t length = 0; length < fragment.size(); ++length) {
            CAPTURE(length);
            const DecodedLink decoded = decodeFragment(fragment.substr(0, length));
            checkNothingFilled(decoded);
            if (length < 2) {
                CHECK(decoded.kind == LinkKind::None);
            } else {
                CHECK(decoded.kind == kind);
                CHECK(decoded.error == (length == 2 ? LinkError::Empty : LinkError::Truncated));
            }
        }
    }
}

TEST_CASE("any changed character is caught, never read as a different link") {
    for (const std::string& fragment : {encodeInvitation(sampleInvitation()), encodeResult(sampleResult())}) {
        int failures = 0;
        for (std::size_t pos = 2; pos < fragment.size(); ++pos) {
            for (char replacement : kAlphabet) {
                if (replacement == fragment[pos]) continue;
                std::string damaged = fragment;
                damaged[pos] = replacement;
                const DecodedLink decoded = decodeFragment(damaged);
                const LinkError e = decoded.error;
                // Checksum for changed bytes; Malformed for a change in the unused tail bits
                // or in the announced length (Truncated when it grew).
                const bool caught = e == LinkError::Checksum || e == LinkError::Malformed || e == LinkError::Truncated;
                if (!caught) {
                    ++failures;
                    MESSAGE("position " << pos << " -> '" << replacement << "': " << linkErrorId(e));
                }
                checkNothingFilled(decoded);
            }
        }
        CHECK(failures == 0);
    }
}

TEST_CASE("any flipped bit of the payload bytes is a checksum error") {
    const Bytes bytes = envelope(1, resultBody("seller-hc", 1, "fi", "T", "N", fortyTwoAnswers()));
    for (std::size_t pos = 0; pos < bytes.size(); ++pos) {
        if (pos == 1) continue;  // the length byte: a changed length is a cut or extra bytes
        for (int bit = 0; bit < 8; ++bit) {
            Bytes damaged = bytes;
            damaged[pos] = static_cast<std::uint8_t>(damaged[pos] ^ (1 << bit));
            CAPTURE(pos);
            CHECK(errorOf(link("r=", damaged)) == LinkError::Checksum);
        }
    }
}

TEST_CASE("a changed length is reported as cut or malformed") {
    const Bytes bytes = envelope(1, invitationBody("T", "M", "", ""));
    Bytes longer = bytes, shorter = bytes;
    longer[1] = static_cast<std::uint8_t>(longer[1] + 1);
    shorter[1] = static_cast<std::uint8_t>(shorter[1] - 1);
    CHECK(errorOf(link("i=", longer)) == LinkError::Truncated);
    CHECK(errorOf(link("i=", shorter)) == LinkError::Malformed);
    Bytes extra = bytes;
    extra.push_back(0);
    CHECK(errorOf(link("i=", extra)) == LinkError::Malformed);
}

TEST_CASE("a link from a newer format version says so") {
    for (int number : {2, 3, 0x7F, 0xFF}) {
        const auto version = static_cast<std::uint8_t>(number);
        CAPTURE(number);
        // A future body may look like anything: only the envelope is read.
        const DecodedLink decoded = decodeFragment(sealed("r=", {9, 9, 9, 9, 9}, version));
        CHECK(decoded.kind == LinkKind::Result);
        CHECK(decoded.error == LinkError::UnknownVersion);
        checkNothingFilled(decoded);
        CHECK(errorOf(sealed("i=", invitationBody("T", "M", "", ""), version)) == LinkError::UnknownVersion);
    }
    SUBCASE("and the envelope of a future link is still checked") {
        const std::string fragment = sealed("i=", invitationBody("T", "M", "", ""), 2);
        CHECK(errorOf(fragment.substr(0, fragment.size() - 3)) == LinkError::Truncated);
        Bytes bytes = envelope(2, invitationBody("T", "M", "", ""));
        bytes[3] ^= 0x01;
        CHECK(errorOf(link("i=", bytes)) == LinkError::Checksum);
    }
    CHECK(errorOf(sealed("i=", invitationBody("T", "M", "", ""), 0)) == LinkError::UnknownVersion);
}

TEST_CASE("an oversized fragment is refused before it is read") {
    const std::string atLimit = "i=" + std::string(kLinkMaxFragmentChars - 2, 'A');
    CHECK(errorOf(atLimit) != LinkError::Oversized);
    CHECK(errorOf(atLimit + "A") == LinkError::Oversized);
    CHECK(errorOf("#r=" + std::string(100000, '_')) == LinkError::Oversized);
    CHECK(decodeFragment("r=" + std::string(5000, '!')).kind == LinkKind::Result);
    SUBCASE("an announced length no link can have") {
        Bytes bytes{1, 0xFF, 0x7F};  // 16383 bytes announced
        bytes.resize(40, 0);
        CHECK(errorOf(link("i=", bytes)) == LinkError::Malformed);
    }
}

TEST_CASE("a link of the other kind is refused both ways") {
    const std::string invitation = encodeInvitation(sampleInvitation());
    const std::string result = encodeResult(sampleResult());

    SUBCASE("the prefix says one kind, the payload the other") {
        const DecodedLink a = decodeFragment("i=" + result.substr(2));
        CHECK(a.kind == LinkKind::Invitation);
        CHECK(a.error == LinkError::WrongKind);
        checkNothingFilled(a);
        const DecodedLink b = decodeFragment("r=" + invitation.substr(2));
        CHECK(b.kind == LinkKind::Result);
        CHECK(b.error == LinkError::WrongKind);
        checkNothingFilled(b);
    }
    SUBCASE("pasted where the other kind is expected") {
        const DecodedLink a = decodeExpecting(result, LinkKind::Invitation);
        CHECK(a.kind == LinkKind::Result);
        CHECK(a.error == LinkError::WrongKind);
        checkNothingFilled(a);
        const DecodedLink b = decodeExpecting("#" + invitation, LinkKind::Result);
        CHECK(b.kind == LinkKind::Invitation);
        CHECK(b.error == LinkError::WrongKind);
        checkNothingFilled(b);
        CHECK(decodeExpecting(invitation.substr(0, 20), LinkKind::Result).error == LinkError::WrongKind);
    }
    SUBCASE("and accepted where it is expected") {
        const DecodedLink a = decodeExpecting(invitation, LinkKind::Invitation);
        CHECK(a.error == LinkError::None);
        checkSame(a.invitation, sampleInvitation());
        const DecodedLink b = decodeExpecting(result, LinkKind::Result);
        CHECK(b.error == LinkError::None);
        checkSame(b.result, sampleResult());
    }
}

TEST_CASE("text that is not base64url is malformed") {
    const std::string fragment = encodeResult(sampleResult());
    for (const std::string& bad : {std::string("+"), std::string("/"), std::string("="), std::string(" "),
                                   std::string("%"), std::string("."), std::string("\xC3\xA4"),
                                   std::string(1, '\0')}) {
        std::string damaged = fragment;
        damaged.insert(10, bad);
        CAPTURE(damaged);
        CHECK(errorOf(damaged) == LinkError::Malformed);
    }
    CHECK(errorOf(std::string("r=AQ\0AA", 7)) == LinkError::Malformed);
    CHECK(errorOf(fragment + "==") == LinkError::Malformed);  // padding is not written
    CHECK(errorOf(fragment + "A") == LinkError::Malformed);   // one character too many
    CHECK(errorOf(fragment + "AAAA") == LinkError::Malformed);
}

TEST_CASE("a field with invalid UTF-8 or control characters is a bad field") {
    const std::vector<std::string> invalid = {
        "\xFF",               // never in UTF-8
        "a\x80",              // stray continuation byte
        "\xC0\xAF",           // overlong '/'
        "\xE0\x80\xAF",       // overlong, 3 bytes
        "\xED\xA0\x80",       // surrogate half
        "\xF4\x90\x80\x80",   // beyond U+10FFFF
        "ab\xC3",             // cut in the middle of 'ä'
        "\xE2\x82",           // cut in the middle of '€'
        "a\x01z",             // control character
        "a\x7F",              // DEL
        "\xC2\x85",           // C1 control (NEL)
    };
    for (const std::string& text : invalid) {
        CAPTURE(text);
        CHECK(errorOf(sealed("i=", invitationBody(text, "M", "", ""))) == LinkError::BadField);
        CHECK(errorOf(sealed("i=", invitationBody("T", text, "", ""))) == LinkError::BadField);
        CHECK(errorOf(sealed("i=", invitationBody("T", "M", "", text))) == LinkError::BadField);
        CHECK(errorOf(sealed("r=", resultBody(text, 1, "fi", "T", "N", {1}))) == LinkError::BadField);
        CHECK(errorOf(sealed("r=", resultBody("q", 1, "fi", text, "N", {1}))) == LinkError::BadField);
        CHECK(errorOf(sealed("r=", resultBody("q", 1, "fi", "T", text, {1}))) == LinkError::BadField);
    }
    SUBCASE("a line break is allowed only in the message") {
        CHECK(errorOf(sealed("i=", invitationBody("T", "M", "", "a\nb"))) == LinkError::None);
        CHECK(errorOf(sealed("i=", invitationBody("a\nb", "M", "", ""))) == LinkError::BadField);
        CHECK(errorOf(sealed("r=", resultBody("q", 1, "fi", "T", "a\nb", {1}))) == LinkError::BadField);
    }
    SUBCASE("a language is a tag") {
        for (const char* language : {"f i", "-fi", "1a", "fi_FI", "äö", "abcdefghijklmnopq"}) {
            CAPTURE(language);
            CHECK(errorOf(sealed("i=", invitationBody("T", "M", language, ""))) == LinkError::BadField);
            CHECK(errorOf(sealed("r=", resultBody("q", 1, language, "T", "N", {1}))) == LinkError::BadField);
        }
    }
}

TEST_CASE("a field longer than its limit is a bad field") {
    const std::string team(kLinkTeamMaxBytes, 't'), message(kLinkMessageMaxBytes, 'm');
    const std::string id(kLinkQuestionnaireIdMaxBytes, 'q');
    CHECK(errorOf(sealed("i=", invitationBody(team, team, "", message))) == LinkError::None);
    CHECK(errorOf(sealed("i=", invitationBody(team + "t", "M", "", ""))) == LinkError::BadField);
    CHECK(errorOf(sealed("i=", invitationBody("T", team + "t", "", ""))) == LinkError::BadField);
    CHECK(errorOf(sealed("i=", invitationBody("T", "M", "", message + "m"))) == LinkError::BadField);
    CHECK(errorOf(sealed("r=", resultBody(id, 1, "fi", team, team, {1}))) == LinkError::None);
    CHECK(errorOf(sealed("r=", resultBody(id + "q", 1, "fi", "T", "N", {1}))) == LinkError::BadField);
    CHECK(errorOf(sealed("r=", resultBody("q", 1, "fi", team + "t", "N", {1}))) == LinkError::BadField);
    CHECK(errorOf(sealed("r=", resultBody("q", 1, "fi", "T", team + "n", {1}))) == LinkError::BadField);
    CHECK(errorOf(sealed("r=", resultBody("", 1, "fi", "T", "N", {1}))) == LinkError::BadField);
    CHECK(errorOf(sealed("r=", resultBody("q", 65536, "fi", "T", "N", {1}))) == LinkError::BadField);
}

TEST_CASE("answers beyond the limit or badly packed are refused") {
    CHECK(errorOf(sealed("r=", resultBody("q", 1, "fi", "T", "N", std::vector<int>(kLinkMaxAnswers, 7)))) ==
          LinkError::None);
    CHECK(errorOf(sealed("r=", resultBody("q", 1, "fi", "T", "N", std::vector<int>(kLinkMaxAnswers + 1, 7)))) ==
          LinkError::BadField);
    CHECK(errorOf(sealed("r=", resultBody("q", 1, "fi", "T", "N", std::vector<int>(200, 1)))) ==
          LinkError::BadField);

    Bytes body = resultBody("q", 1, "fi", "T", "N", {1, 2, 3, 4, 7});
    SUBCASE("set padding bits") {
        body.back() |= 0x01;
        CHECK(errorOf(sealed("r=", body)) == LinkError::Malformed);
    }
    SUBCASE("missing answer bytes") {
        body.pop_back();
        CHECK(errorOf(sealed("r=", body)) == LinkError::Malformed);
    }
    SUBCASE("bytes after the last field") {
        body.push_back(0);
        CHECK(errorOf(sealed("r=", body)) == LinkError::Malformed);
    }
}

TEST_CASE("bodies no encoder writes are malformed") {
    CHECK(errorOf(sealed("i=", {})) == LinkError::Malformed);                   // no kind byte
    CHECK(errorOf(sealed("i=", {3, 0, 0, 0, 0})) == LinkError::Malformed);      // unknown kind
    CHECK(errorOf(sealed("i=", {1, 0, 0, 0})) == LinkError::Malformed);         // a field missing
    CHECK(errorOf(sealed("i=", {1, 0x81, 0x00, 0, 0, 0})) == LinkError::Malformed);  // non-minimal varint
    CHECK(errorOf(sealed("i=", {1, 5, 'a'})) == LinkError::Malformed);          // string past the end
    CHECK(errorOf(sealed("r=", {2, 1, 'q', 0x80, 0x80, 0x80, 0x01})) == LinkError::Malformed);  // long varint
    Bytes tooShort{1, 3, 0, 0, 0};  // announces 3 bytes: less than the checksum itself
    CHECK(errorOf(link("i=", tooShort)) == LinkError::Malformed);
}

// ================================================================ encoding policy

TEST_CASE("typed text is fitted to its limit, never refused") {
    SUBCASE("cut between characters") {
        const std::string text = std::string(59, 'a') + "ä";  // 61 bytes
        CHECK(fitLinkText(text, 60, false) == std::string(59, 'a'));
        Invitation invitation{text, text, "", ""};
        const Invitation back = roundTrip(invitation);
        CHECK(back.team == std::string(59, 'a'));
        CHECK(back.manager == std::string(59, 'a'));
    }
    SUBCASE("invalid UTF-8 and controls dropped, line breaks kept only in the message") {
        CHECK(fitLinkText("a\xFF" "b\xC3", 60, false) == "ab");
        CHECK(fitLinkText("a\tb\nc\r\nd\x01", 60, false) == "a b c d");  // "\r\n" is one break
        CHECK(fitLinkText("a\r\nb\tc", 280, true) == "a\nb c");
        const Invitation back = roundTrip(Invitation{"T\x01", "M\n", "", "a\r\nb\x7F"});
        CHECK(back.team == "T");
        CHECK(back.manager == "M ");
        CHECK(back.message == "a\nb");
    }
    SUBCASE("a long message and name") {
        const Invitation back = roundTrip(Invitation{"T", "M", "en", std::string(1000, 'x')});
        CHECK(back.message.size() == kLinkMessageMaxBytes);
        SharedResult result = sampleResult();
        result.name = std::string(500, 'n');
        CHECK(roundTrip(result).name.size() == kLinkNameMaxBytes);
    }
}

TEST_CASE("program data that breaks the rules is a bug and throws") {
    const auto throwsFor = [](auto change) {
        SharedResult result = sampleResult();
        change(result);
        CHECK_THROWS_AS(encodeResult(result), std::invalid_argument);
    };
    throwsFor([](SharedResult& r) { r.answers[3] = 8; });
    throwsFor([](SharedResult& r) { r.answers[0] = -1; });
    throwsFor([](SharedResult& r) { r.answers.assign(kLinkMaxAnswers + 1, 1); });
    throwsFor([](SharedResult& r) { r.questionnaireId = ""; });
    throwsFor([](SharedResult& r) { r.questionnaireId = std::string(kLinkQuestionnaireIdMaxBytes + 1, 'q'); });
    throwsFor([](SharedResult& r) { r.questionnaireId = "bad\xFF"; });
    throwsFor([](SharedResult& r) { r.questionnaireVersion = -1; });
    throwsFor([](SharedResult& r) { r.questionnaireVersion = kLinkMaxQuestionnaireVersion + 1; });
    throwsFor([](SharedResult& r) { r.language = "f i"; });
    Invitation invitation = sampleInvitation();
    invitation.language = "not a tag";
    CHECK_THROWS_AS(encodeInvitation(invitation), std::invalid_argument);
}

TEST_CASE("every error has an id") {
    for (LinkError e : {LinkError::None, LinkError::Empty, LinkError::Malformed, LinkError::Truncated,
                        LinkError::Checksum, LinkError::UnknownVersion, LinkError::Oversized,
                        LinkError::WrongKind, LinkError::BadField})
        CHECK(std::string(linkErrorId(e)) != "unknown");
}

// ================================================================ fuzz regressions

TEST_CASE("every input kept from fuzzing is refused without a crash") {
    namespace fs = std::filesystem;
    const fs::path dir = FUZZ_REGRESSIONS_DIR;
    REQUIRE_MESSAGE(fs::is_directory(dir), "run from the repository root or define FUZZ_REGRESSIONS_DIR");
    int files = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (!entry.is_regular_file() || entry.path().filename().string().front() == '.') continue;
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string fragment{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        CAPTURE(entry.path().filename().string());
        const DecodedLink decoded = decodeFragment(fragment);
        CHECK(decoded.kind != LinkKind::None);  // each file is meant to be a damaged link
        CHECK(decoded.error != LinkError::None);
        checkNothingFilled(decoded);
        CHECK(decodeExpecting(fragment, LinkKind::Invitation).error != LinkError::None);
        CHECK(decodeExpecting(fragment, LinkKind::Result).error != LinkError::None);
        ++files;
    }
    CHECK(files > 0);
}
