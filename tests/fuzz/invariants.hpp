// What must hold for every decoded link, whatever the input. A broken rule stops the
// fuzzer like a crash (__builtin_trap), so libFuzzer saves the input that broke it.
#pragma once
#include <cstdio>
#include <string>
#include <string_view>

#include "core/links.hpp"

namespace fuzz {

inline void require(bool ok, const char* rule) {
    if (ok) return;
    std::fprintf(stderr, "link invariant broken: %s\n", rule);
    __builtin_trap();
}

inline bool isEmpty(const core::Invitation& i) {
    return i.team.empty() && i.manager.empty() && i.language.empty() && i.message.empty();
}

inline bool isEmpty(const core::SharedResult& r) {
    return r.questionnaireId.empty() && r.questionnaireVersion == 0 && r.language.empty() &&
           r.team.empty() && r.name.empty() && r.answers.empty();
}

// The fragment as decodeFragment reads it: white space around and one '#' removed.
inline std::string_view linkText(std::string_view fragment) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!fragment.empty() && space(fragment.front())) fragment.remove_prefix(1);
    while (!fragment.empty() && space(fragment.back())) fragment.remove_suffix(1);
    if (!fragment.empty() && fragment.front() == '#') fragment.remove_prefix(1);
    return fragment;
}

// Checks one decoded fragment: a failure fills nothing in; a success is within every limit
// and, the format being canonical, re-encodes to exactly the text that was read.
inline void checkDecoded(std::string_view fragment, const core::DecodedLink& link) {
    using core::LinkError;
    using core::LinkKind;
    if (link.kind == LinkKind::None) {
        require(link.error == LinkError::None, "no link but an error");
        require(isEmpty(link.invitation) && isEmpty(link.result), "no link but data");
        return;
    }
    if (link.error != LinkError::None) {
        require(isEmpty(link.invitation) && isEmpty(link.result), "data from a bad link");
        return;
    }
    require(linkText(fragment).size() <= core::kLinkMaxFragmentChars, "oversized link accepted");
    if (link.kind == LinkKind::Invitation) {
        require(isEmpty(link.result), "result data in an invitation");
        const core::Invitation& i = link.invitation;
        require(i.team.size() <= core::kLinkTeamMaxBytes && i.manager.size() <= core::kLinkManagerMaxBytes &&
                    i.message.size() <= core::kLinkMessageMaxBytes && i.language.size() <= core::kLinkLanguageMaxBytes,
                "invitation field over its limit");
        require(core::encodeInvitation(i) == linkText(fragment), "invitation does not re-encode to itself");
    } else {
        require(isEmpty(link.invitation), "invitation data in a result");
        const core::SharedResult& r = link.result;
        require(r.answers.size() <= core::kLinkMaxAnswers, "too many answers");
        for (int a : r.answers) require(a >= 0 && a <= core::kLinkMaxAnswerValue, "answer out of range");
        require(core::encodeResult(r) == linkText(fragment), "result does not re-encode to itself");
    }
}

}  // namespace fuzz
