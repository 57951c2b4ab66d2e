// A seller shares a finished result back, by choice: they see exactly what the link holds.
#include <cmath>
#include "app.hpp"
#include "fonts.hpp"
#include "imgui.h"
#include "widgets.hpp"

namespace ui {

void App::drawShare() {
    const core::Attempt* attempt = quiz_.latestFinished();
    if (!attempt) { go(Screen::Welcome); return; }
    const float w = layout_.width;
    drawHeading("share.title", "share.lead");
    textField(t("share.name"), "share-name", shareName_, sizeof shareName_, layout_.narrow ? w : 360.0f);
    vspace(layout_.gap * 0.5f);

    core::SharedResult shared;
    shared.questionnaireId = attempt->questionnaireId;
    shared.questionnaireVersion = attempt->questionnaireVersion;
    shared.language = attempt->language;
    shared.team = core::fitLinkText(attempt->team, core::kLinkTeamMaxBytes, false);
    shared.name = core::fitLinkText(shareName_, core::kLinkNameMaxBytes, false);
    std::string answers;
    for (const core::ItemAnswer& a : attempt->answers) {
        if (!shared.answers.empty() && shared.answers.size() % 7 == 0) answers += ' ';  // groups of 7 read and wrap better
        shared.answers.push_back(a.value);
        answers += a.value ? static_cast<char>('0' + a.value) : '-';
    }
    // Empty for stored data this build cannot share (e.g. an unknown questionnaire).
    const std::string fragment = core::encodeResultOrEmpty(shared);

    const core::Result result = core::score(content_.instrument, *attempt);
    auto scoreText = [&](const char* scale) {
        const core::ScoreSummary* s = result.scale(scale);
        return s && s->scored ? std::to_string(static_cast<int>(std::lround(s->score))) : std::string("–");
    };
    text(t("share.contains"), fonts().bold, color::text, w);
    const float inner = w - 32;
    beginCard("share-contents", w);
    text(core::format(t("share.containsName"), {{"name", shared.name.empty() ? t("share.noName") : shared.name}}),
         fonts().body, color::text, inner);
    text(core::format(t("share.containsTeam"), {{"team", shared.team.empty() ? t("share.noTeam") : shared.team}}),
         fonts().body, color::text, inner);
    text(core::format(t("share.containsQuestionnaire"),
                      {{"id", shared.questionnaireId},
                       {"version", std::to_string(shared.questionnaireVersion)},
                       {"language", content_.texts(shared.language).name()}}),
         fonts().body, color::text, inner);
    text(core::format(t("share.containsAnswers"), {{"n", std::to_string(shared.answers.size())}, {"answers", answers}}),
         fonts().body, color::text, inner);
    text(core::format(t("share.containsScores"),
                      {{"h", scoreText(core::kHelpfulnessScale)}, {"c", scoreText(core::kCoachabilityScale)}}),
         fonts().body, color::text, inner);
    text(t("share.containsNothingElse"), fonts().body, color::muted, inner);
    endCard();
    vspace(layout_.gap * 0.5f);
    if (!fragment.empty()) drawLinkPanel(host_.pageUrl() + "#" + fragment, "result-link", false);
    vspace(layout_.gap);
    if (button(t("nav.back"), "back-to-result", ButtonKind::Secondary, layout_.narrow ? w : 320.0f)) go(Screen::Results);
}

}  // namespace ui
