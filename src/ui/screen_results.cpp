// The result of the latest finished attempt, re-scored from its raw answers.
#include <cmath>
#include "app.hpp"
#include "fonts.hpp"
#include "imgui.h"
#include "widgets.hpp"

namespace ui {

namespace {
const char* scaleLevelKey(const core::ScoreSummary& s) {
    if (s.score >= 67) return "high";
    if (s.score >= 50) return "mid";
    return "low";
}
const char* bandKey(core::Band b) {
    switch (b) {
        case core::Band::MostlyDisagrees: return "band.mostlyDisagrees";
        case core::Band::Mixed: return "band.mixed";
        case core::Band::MostlyAgrees: return "band.mostlyAgrees";
        case core::Band::StronglyAgrees: return "band.stronglyAgrees";
    }
    return "band.mixed";
}
std::string whole(double v) { return std::to_string(static_cast<int>(std::lround(v))); }
}  // namespace

void App::drawResults() {
    const core::Attempt* attempt = quiz_.latestFinished();
    if (!attempt) { go(Screen::Welcome); return; }
    const core::Result result = core::score(content_.instrument, *attempt);
    const float w = layout_.width;

    vspace(layout_.gap);
    text(t("results.title"), fonts().title, color::text, w);
    vspace(layout_.gap * 0.5f);
    text(t("results.selfReport"), fonts().body, color::muted, w);
    vspace(layout_.gap);

    for (const core::ScoreSummary& s : result.scales) {
        const std::string scaleKey = "scale." + s.id;
        beginCard(("scale-" + s.id).c_str(), w);
        const float inner = w - 32;
        text(t(scaleKey + ".name"), fonts().bold, color::text, inner);
        if (s.scored) {
            ImGui::PushFont(fonts().score);
            ImGui::PushStyleColor(ImGuiCol_Text, s.id == "helpfulness" ? color::helpfulness : color::coachability);
            ImGui::TextUnformatted(whole(s.score).c_str());
            ImGui::PopStyleColor();
            ImGui::PopFont();
            ImGui::SameLine();
            ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 16);
            text(t(bandKey(s.band)), fonts().bold, color::text, inner * 0.6f);
            text(core::format(t("results.interval"), {{"low", whole(s.low)}, {"high", whole(s.high)}}), fonts().body,
                 color::muted, inner);
            vspace(4);
            text(t(scaleKey + ".means"), fonts().body, color::text, inner);
            vspace(4);
            text(t(scaleKey + "." + scaleLevelKey(s)), fonts().body, color::text, inner);
        } else {
            text(t("results.notScored"), fonts().body, color::muted, inner);
        }
        endCard();
        vspace(layout_.gap * 0.5f);
    }

    vspace(layout_.gap * 0.5f);
    text(t("results.developmentOnly"), fonts().body, color::muted, w);
    vspace(layout_.gap * 0.5f);
    text(t("results.nothingLeft"), fonts().body, color::muted, w);
    vspace(layout_.gap);
    const float bw = layout_.narrow ? w : 320.0f;
    if (button(t("results.retake"), "retake", ButtonKind::Primary, bw)) {
        quiz_.start(language_, attempt->team, host_.nowMs());
        go(Screen::Question);
    }
    vspace(layout_.gap * 0.25f);
    if (button(t("nav.home"), "home", ButtonKind::Secondary, bw)) go(Screen::Welcome);
}

}  // namespace ui
