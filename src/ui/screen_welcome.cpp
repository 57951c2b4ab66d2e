// The first screen: what this is, how long it takes, that answers stay in this browser —
// and, when opened from a manager's invitation, who invited the team.
#include "app.hpp"
#include "fonts.hpp"
#include "widgets.hpp"

namespace ui {

void App::drawWelcome() {
    const float w = layout_.width;
    vspace(layout_.gap);
    if (invitation_) {
        beginCard("invitation", w, color::primarySoft);
        const float inner = w - 32;
        const core::Invitation& inv = *invitation_;
        text(core::format(t("welcome.invited"), {{"manager", inv.manager.empty() ? "–" : inv.manager}, {"team", inv.team}}),
             fonts().bold, color::text, inner);
        if (!inv.message.empty()) {
            text(core::format(t("welcome.message"), {{"manager", inv.manager}}), fonts().body, color::muted, inner);
            text(inv.message, fonts().body, color::text, inner);
        }
        endCard();
        vspace(layout_.gap);
    }
    text(t("welcome.title"), fonts().title, color::text, w);
    vspace(layout_.gap * 0.5f);
    text(t("welcome.lead"), fonts().body, color::text, w);
    vspace(layout_.gap * 0.5f);
    text(t("welcome.duration"), fonts().bold, color::text, w);
    vspace(layout_.gap * 0.25f);
    text(t("welcome.privacy"), fonts().body, color::muted, w);
    vspace(layout_.gap * 1.5f);

    const float bw = layout_.narrow ? w : 320.0f;
    if (const core::Attempt* a = quiz_.current()) {
        std::string progress = core::format(t("question.progress"),
                                            {{"n", std::to_string(a->position + 1)},
                                             {"total", std::to_string(a->answers.size())}});
        text(progress, fonts().body, color::muted, w);
        vspace(layout_.gap * 0.5f);
        if (button(t("welcome.resume"), "resume", ButtonKind::Primary, bw)) go(Screen::Question);
        vspace(layout_.gap * 0.25f);
        if (button(t("welcome.restart"), "restart", ButtonKind::Secondary, bw)) startQuiz();
    } else {
        if (button(t("welcome.start"), "start", ButtonKind::Primary, bw)) startQuiz();
    }
    if (quiz_.latestFinished()) {
        vspace(layout_.gap * 0.25f);
        if (button(t("welcome.lastResult"), "last-result", ButtonKind::Secondary, bw)) go(Screen::Results);
    }

    vspace(layout_.gap * 2);
    rule(w);
    vspace(layout_.gap * 0.5f);
    if (button(t("manager.open"), "manager", ButtonKind::Quiet, 0)) go(Screen::Invite);
    ImGui::SameLine();
    if (button(t("team.title"), "team", ButtonKind::Quiet, 0)) go(Screen::Team);
    if (!layout_.narrow) ImGui::SameLine();
    if (button(t("about.open"), "about", ButtonKind::Quiet, 0)) go(Screen::About);
}

}  // namespace ui
