// The first screen: what this is, how long it takes, that answers stay in this browser.
#include "app.hpp"
#include "fonts.hpp"
#include "widgets.hpp"

namespace ui {

void App::drawWelcome() {
    const float w = layout_.width;
    vspace(layout_.gap);
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
        if (button(t("welcome.restart"), "restart", ButtonKind::Secondary, bw)) {
            quiz_.start(language_, a->team, host_.nowMs());
            go(Screen::Question);
        }
    } else {
        if (button(t("welcome.start"), "start", ButtonKind::Primary, bw)) {
            quiz_.start(language_, "", host_.nowMs());
            go(Screen::Question);
        }
    }
    if (quiz_.latestFinished()) {
        vspace(layout_.gap * 0.25f);
        if (button(t("welcome.lastResult"), "last-result", ButtonKind::Secondary, bw)) go(Screen::Results);
    }
}

}  // namespace ui
