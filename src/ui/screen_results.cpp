// The seller's own latest result, re-scored from its raw answers by the current code.
#include "app.hpp"
#include "fonts.hpp"
#include "imgui.h"
#include "result_view.hpp"
#include "widgets.hpp"

namespace ui {

void App::drawResults() {
    const core::Attempt* attempt = quiz_.latestFinished();
    if (!attempt) { go(Screen::Welcome); return; }
    const core::Result result = core::score(content_.instrument, *attempt);
    viewJson_ = resultJson(result);
    const float w = layout_.width;

    vspace(layout_.gap * 0.5f);
    text(t("results.title"), fonts().title, color::text, w);
    vspace(4);
    drawResultView(content_, texts(), result, layout_);
    vspace(layout_.gap * 0.5f);
    text(t("results.nothingLeft"), fonts().bold, color::text, w);
    vspace(layout_.gap);

    const float bw = layout_.narrow ? w : 320.0f;
    if (button(t("share.open"), "share", ButtonKind::Primary, bw)) go(Screen::Share);
    vspace(4);
    if (button(t("results.retake"), "retake", ButtonKind::Secondary, bw)) {
        quiz_.start(language_, attempt->team, host_.nowMs());
        go(Screen::Question);
    }
    vspace(4);
    if (button(t("nav.home"), "home", ButtonKind::Quiet, bw)) go(Screen::Welcome);
}

}  // namespace ui
