// Writes the fuzzers' seed corpus and the hand-made nasty inputs kept as regressions.
// Run by hand after a format change (the files are committed; the fuzz run does not need it):
//   g++ -std=c++17 -Isrc tests/fuzz/make_inputs.cpp src/core/links.cpp
//       src/core/base64url.cpp src/core/checksum.cpp -o /tmp/make_inputs
//   /tmp/make_inputs tests/fuzz
// Inputs that a fuzz run found are copied to regressions/ by hand and never rewritten here.
#include <cstdint>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "core/base64url.hpp"
#include "core/checksum.hpp"
#include "core/links.hpp"

namespace {

using Bytes = std::vector<std::uint8_t>;
std::string outDir;

void write(const std::string& path, const std::string& content) {
    std::ofstream(outDir + "/" + path, std::ios::binary) << content;
}

void writeBytes(const std::string& path, const Bytes& bytes) { write(path, std::string(bytes.begin(), bytes.end())); }

Bytes seal(std::uint8_t version, const Bytes& body) {
    Bytes bytes{version};
    std::uint32_t length = static_cast<std::uint32_t>(body.size() + 4);
    while (length >= 0x80) {
        bytes.push_back(static_cast<std::uint8_t>(0x80 | (length & 0x7F)));
        length >>= 7;
    }
    bytes.push_back(static_cast<std::uint8_t>(length));
    bytes.insert(bytes.end(), body.begin(), body.end());
    const std::uint32_t crc = core::crc32(bytes.data(), bytes.size());
    for (int shift = 24; shift >= 0; shift -= 8) bytes.push_back(static_cast<std::uint8_t>(crc >> shift));
    return bytes;
}

std::string sealed(const std::string& prefix, const Bytes& body, std::uint8_t version = 1) {
    return prefix + core::encodeBase64Url(seal(version, body));
}

// The body of an encoded link: payload without version, length and checksum.
Bytes bodyOf(const std::string& fragment) {
    Bytes bytes;
    core::decodeBase64Url(fragment.substr(2), bytes);
    const std::size_t header = bytes.size() - 4 > 0x7F + 2 ? 3 : 2;
    return Bytes(bytes.begin() + static_cast<long>(header), bytes.end() - 4);
}

Bytes withSelector(std::uint8_t selector, const Bytes& body) {
    Bytes out{selector};
    out.insert(out.end(), body.begin(), body.end());
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: make_inputs <tests/fuzz>\n";
        return 2;
    }
    outDir = argv[1];

    const core::Invitation invitation{"Myynti Itä-Suomi", "Päivi Åkerlund", "fi", "Hei!\nTäyttäkää perjantaihin."};
    const core::Invitation bare{"Team", "Ann", "", ""};
    core::SharedResult result{"seller-hc", 1, "fi", "Myynti Itä-Suomi", "Jörö", {}};
    for (int i = 0; i < 42; ++i) result.answers.push_back(i % 8);
    core::SharedResult anonymous{"seller-hc", 2, "en", "", "", {7, 1, 0, 4}};
    const std::string inv = core::encodeInvitation(invitation);
    const std::string res = core::encodeResult(result);

    // ---------------------------------------------------------- seeds: fuzz_decode
    write("corpus/fuzz_decode/invitation", inv);
    write("corpus/fuzz_decode/invitation-bare-hash", "#" + core::encodeInvitation(bare));
    write("corpus/fuzz_decode/result", res);
    write("corpus/fuzz_decode/result-anonymous", core::encodeResult(anonymous));
    write("corpus/fuzz_decode/future-version", sealed("r=", {2, 1, 2, 3}, 2));
    write("corpus/fuzz_decode/no-link", "#top");

    // ---------------------------------------------------------- seeds: fuzz_body
    writeBytes("corpus/fuzz_body/invitation", withSelector(0, bodyOf(inv)));
    writeBytes("corpus/fuzz_body/invitation-bare", withSelector(0, bodyOf(core::encodeInvitation(bare))));
    writeBytes("corpus/fuzz_body/result", withSelector(1, bodyOf(res)));
    writeBytes("corpus/fuzz_body/result-anonymous", withSelector(1, bodyOf(core::encodeResult(anonymous))));

    // ---------------------------------------------------------- seeds: fuzz_roundtrip
    write("corpus/fuzz_roundtrip/finnish", "\x01Myynti Itä-Suomi\\Päivi Åkerlund\\Hei\nkaikki\\");
    write("corpus/fuzz_roundtrip/emoji", "\x02\U0001F600\U0001F600\\\xFF\xFE\\\xC3\\abc\r\n\t");
    write("corpus/fuzz_roundtrip/answers", std::string("seller-hc\\Team\\Name\\") + std::string(64, '\x07') + "\x40\x00\x03");

    // ---------------------------------------------------------- nasty inputs kept as regressions
    write("regressions/empty-invitation", "i=");
    write("regressions/empty-result-hash", "#r=");
    write("regressions/oversized", "r=" + std::string(3000, 'A'));
    write("regressions/not-base64", "i=AQ+/AA==");
    write("regressions/nul-inside", std::string("r=AQ\0AAAA", 9));
    write("regressions/dangling-char", inv + "A");
    write("regressions/padding", res + "==");
    write("regressions/truncated-result", res.substr(0, res.size() / 2));
    write("regressions/truncated-one-char", "i=A");
    write("regressions/altered-char", [&] { std::string s = res; s[20] = s[20] == 'A' ? 'B' : 'A'; return s; }());
    write("regressions/wrong-kind-prefix", "i=" + res.substr(2));
    write("regressions/future-version", sealed("i=", {1, 0, 0, 0, 0}, 2));
    write("regressions/huge-announced-length", "i=" + core::encodeBase64Url({1, 0xFF, 0x7F, 0, 0, 0, 0, 0}));
    write("regressions/endless-varint", "i=" + core::encodeBase64Url({1, 0x80, 0x80, 0x80, 0x80, 0x80}));
    write("regressions/length-below-checksum", "i=" + core::encodeBase64Url({1, 2, 0, 0}));
    write("regressions/unknown-kind", sealed("i=", {9}));
    write("regressions/string-past-end", sealed("i=", {1, 0x7F, 'a'}));
    write("regressions/answer-count-255", sealed("r=", {2, 1, 'q', 1, 0, 0, 0, 0xFF, 0x01, 0xFF}));
    write("regressions/answers-missing", sealed("r=", {2, 1, 'q', 1, 0, 0, 0, 64, 0xFF}));
    write("regressions/invalid-utf8-team", sealed("i=", {1, 3, 'a', 0xED, 0xA0, 0, 0, 0}));
    write("regressions/overlong-utf8-name", sealed("r=", {2, 1, 'q', 1, 0, 0, 2, 0xC0, 0xAF, 0}));
    write("regressions/language-with-space", sealed("i=", {1, 0, 0, 3, 'f', ' ', 'i', 0}));
    write("regressions/trailing-byte", sealed("i=", {1, 0, 0, 0, 0, 0}));
    write("regressions/whitespace-inside", "r= \t AQ");
    std::cout << "inputs written under " << outDir << "\n";
    return 0;
}
