// Fuzzes the encoders: any invitation or result the program may hand them (typed text being
// anything at all) must encode to a link within the limits that decodes to the fitted data.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "invariants.hpp"

namespace {

std::string anyLanguage(FuzzedDataProvider& in) {
    static const char* const kTags[] = {"", "fi", "en", "en-GB", "sv", "zh-Hant-TW"};
    return kTags[in.ConsumeIntegralInRange<std::size_t>(0, sizeof kTags / sizeof kTags[0] - 1)];
}

void invitation(FuzzedDataProvider& in) {
    core::Invitation sent;
    sent.team = in.ConsumeRandomLengthString(200);
    sent.manager = in.ConsumeRandomLengthString(200);
    sent.language = anyLanguage(in);
    sent.message = in.ConsumeRandomLengthString(600);
    const std::string fragment = core::encodeInvitation(sent);
    fuzz::require(fragment.size() <= core::kLinkMaxFragmentChars, "invitation link too long");
    const core::DecodedLink link = core::decodeFragment(fragment);
    fuzz::require(link.kind == core::LinkKind::Invitation && link.error == core::LinkError::None,
                  "encoded invitation does not decode");
    const core::Invitation& got = link.invitation;
    fuzz::require(got.team == core::fitLinkText(sent.team, core::kLinkTeamMaxBytes, false), "team changed");
    fuzz::require(got.manager == core::fitLinkText(sent.manager, core::kLinkManagerMaxBytes, false), "manager changed");
    fuzz::require(got.language == sent.language, "language changed");
    fuzz::require(got.message == core::fitLinkText(sent.message, core::kLinkMessageMaxBytes, true), "message changed");
    fuzz::checkDecoded(fragment, link);
}

void result(FuzzedDataProvider& in) {
    core::SharedResult sent;
    // A questionnaire id comes from the program's own data: make a valid one from anything.
    sent.questionnaireId = core::fitLinkText(in.ConsumeRandomLengthString(40), core::kLinkQuestionnaireIdMaxBytes, false);
    if (sent.questionnaireId.empty()) sent.questionnaireId = "seller-hc";
    sent.questionnaireVersion = in.ConsumeIntegralInRange<int>(0, core::kLinkMaxQuestionnaireVersion);
    sent.language = anyLanguage(in);
    sent.team = in.ConsumeRandomLengthString(200);
    sent.name = in.ConsumeRandomLengthString(200);
    const std::size_t count = in.ConsumeIntegralInRange<std::size_t>(0, core::kLinkMaxAnswers);
    for (std::size_t i = 0; i < count; ++i)
        sent.answers.push_back(in.ConsumeIntegralInRange<int>(0, core::kLinkMaxAnswerValue));
    const std::string fragment = core::encodeResult(sent);
    fuzz::require(fragment.size() <= core::kLinkMaxFragmentChars, "result link too long");
    const core::DecodedLink link = core::decodeFragment(fragment);
    fuzz::require(link.kind == core::LinkKind::Result && link.error == core::LinkError::None,
                  "encoded result does not decode");
    const core::SharedResult& got = link.result;
    fuzz::require(got.questionnaireId == sent.questionnaireId, "questionnaire id changed");
    fuzz::require(got.questionnaireVersion == sent.questionnaireVersion, "questionnaire version changed");
    fuzz::require(got.language == sent.language, "language changed");
    fuzz::require(got.team == core::fitLinkText(sent.team, core::kLinkTeamMaxBytes, false), "team changed");
    fuzz::require(got.name == core::fitLinkText(sent.name, core::kLinkNameMaxBytes, false), "name changed");
    fuzz::require(got.answers == sent.answers, "answers changed");
    fuzz::checkDecoded(fragment, link);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    if (in.ConsumeBool()) invitation(in);
    else result(in);
    return 0;
}
