// Share links: everything travels in the URL fragment (after '#'), which browsers never
// send to the host, so a team's names and answers stay between the people who share them.
//
//   invitation  "i=<payload>"  a manager invites a team (team, manager, language, message)
//   result      "r=<payload>"  a seller sends a finished attempt back (raw answers + ids)
//
// Payload, format version 1 (bytes, then base64url without padding):
//
//   [0]      format version = 1
//   [1..]    body length N: varint (LEB128, 1-2 bytes, minimal) = bytes that follow it,
//            checksum included. Lets a cut link be told apart from a changed one.
//   [ ]      kind: 1 = invitation, 2 = result (must agree with the "i="/"r=" prefix)
//   [ ]      fields of the kind, see below
//   [last 4] CRC-32 (big-endian) of every byte before it, version byte included
//
//   string   = varint byte length + UTF-8 bytes
//   invitation fields: team, manager, language, message                 (4 strings)
//   result fields:     questionnaireId (string), questionnaireVersion (varint),
//                      language, team, name (strings), answer count (varint),
//                      answers packed 3 bits each, first answer in the high bits of the
//                      first byte, the last byte's unused low bits zero.
//
// The envelope (version byte first, length, CRC-32 last) is frozen for every future format
// version; only what lies between may change. So a link made by a newer release still
// passes the length and checksum checks here and is reported as UnknownVersion ("made by
// a newer version of the app"), while a damaged version byte is reported as Checksum.
//
// Every decoded payload must be canonical (minimal varints, zero padding bits, canonical
// base64url, no trailing bytes): then a link that decodes re-encodes to exactly itself,
// which the fuzzers check.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace core {

// ---------------------------------------------------------------- limits
// Text limits are in UTF-8 bytes (what the link carries), not characters: "Ä" is 2 bytes.
constexpr std::size_t kLinkTeamMaxBytes = 60;
constexpr std::size_t kLinkManagerMaxBytes = 60;
constexpr std::size_t kLinkNameMaxBytes = 60;
constexpr std::size_t kLinkMessageMaxBytes = 280;
constexpr std::size_t kLinkQuestionnaireIdMaxBytes = 32;
constexpr std::size_t kLinkLanguageMaxBytes = 16;   // a BCP 47 tag such as "fi" or "en-GB"
constexpr std::size_t kLinkMaxAnswers = 64;
constexpr int kLinkMaxAnswerValue = 7;               // 1..7 agreement, 0 = not answered
constexpr int kLinkMaxQuestionnaireVersion = 65535;
constexpr std::size_t kLinkMaxFragmentChars = 2048;  // whole fragment, prefix included
constexpr int kLinkFormatVersion = 1;

// ---------------------------------------------------------------- data
struct Invitation {
    std::string team;
    std::string manager;
    std::string language;  // "" = each person's browser language, else e.g. "fi" or "en"
    std::string message;   // optional; may contain line breaks
};

struct SharedResult {
    std::string questionnaireId;
    int questionnaireVersion = 0;
    std::string language;  // language the statements were shown in
    std::string team;      // team tag from the invitation, "" if none
    std::string name;      // optional
    std::vector<int> answers;  // 0..7, 0 = unanswered, in the questionnaire's item order
};

enum class LinkKind { None, Invitation, Result };

enum class LinkError {
    None,
    Empty,           // "i=" or "r=" with nothing after it
    Malformed,       // not base64url, or bytes that no encoder writes
    Truncated,       // fewer bytes than the link announces: it was cut when copied
    Checksum,        // the bytes were changed
    UnknownVersion,  // intact, but made by a newer format version
    Oversized,       // longer than kLinkMaxFragmentChars
    WrongKind,       // a result where an invitation was expected, or the other way round
    BadField,        // intact, but a field breaks a rule (invalid UTF-8, too long, ...)
};

// Stable lower-case id for logs and text keys, e.g. "truncated".
const char* linkErrorId(LinkError error);

// ---------------------------------------------------------------- encoding
// Policy for input that does not fit, split by where the input comes from:
//  - Text a person typed (team, manager, name, message) is fitted, never refused: invalid
//    UTF-8 and control characters are dropped (a tab or line break becomes a space, a
//    carriage return is dropped, the message keeps its line breaks), then the text is cut
//    at a character boundary to its limit.
//    The UI can show the fitted text first with fitLinkText.
//  - Data the program made (questionnaire id and version, language, answers) must already
//    be valid: otherwise std::invalid_argument is thrown, since that is a bug to fix.
// Both return the fragment without '#', e.g. "i=AQ...".
std::string encodeInvitation(const Invitation& invitation);
std::string encodeResult(const SharedResult& result);
// As encodeResult, but "" instead of a throw (for callers built without exceptions).
std::string encodeResultOrEmpty(const SharedResult& result);

// What the encoders do to a typed text (see above). `multiline` keeps '\n'.
std::string fitLinkText(std::string_view text, std::size_t maxBytes, bool multiline);

// ---------------------------------------------------------------- decoding
struct DecodedLink {
    LinkKind kind = LinkKind::None;    // what the prefix says, also when there is an error
    LinkError error = LinkError::None;
    Invitation invitation;             // filled only when kind == Invitation and no error
    SharedResult result;               // filled only when kind == Result and no error
};

// Accepts the fragment with or without its leading '#' (surrounding white space is
// ignored, as pasting often adds some). A fragment without a link prefix ("", "#",
// "#top") is kind None with error None. Never throws; on any error nothing is filled in.
DecodedLink decodeFragment(std::string_view fragment);

// As decodeFragment, but a link of the other kind is reported as WrongKind (kind is then
// the kind found). A fragment with no link stays kind None, error None.
DecodedLink decodeExpecting(std::string_view fragment, LinkKind expected);

}  // namespace core
