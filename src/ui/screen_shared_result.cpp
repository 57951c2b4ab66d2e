// A result someone shared, read-only and re-scored from its raw answers by this build:
// opened from a result link, or from the manager's team view.
#include "app.hpp"
#include "fonts.hpp"
#include "imgui.h"
#include "result_view.hpp"
#include "widgets.hpp"

namespace ui {


void App::drawSharedResult() {
    const bool fromTeam = openedMember_ >= 0 && openedMember_ < static_cast<int>(team_.members().size());
    if (!fromTeam && !openedResult_) { go(Screen::Welcome); return; }
    const core::TeamMember member = fromTeam ? team_.members()[openedMember_] : core::TeamMember::from(*openedResult_);
    const float w = layout_.width;
    const float bw = layout_.narrow ? w : 320.0f;

    vspace(layout_.gap * 0.5f);
    text(member.name.empty() ? t("shared.titleAnonymous") : core::format(t("shared.title"), {{"name", member.name}}),
         fonts().title, color::text, w);
    if (!member.team.empty()) text(core::format(t("shared.team"), {{"team", member.team}}), fonts().bold, color::text, w);
    text(t("shared.readOnly"), fonts().body, color::muted, w);
    vspace(layout_.gap * 0.5f);

    if (member.questionnaireVersion > content_.instrument.version && member.questionnaireId == content_.instrument.id) {
        text(t("team.outcome.unknownVersion"), fonts().bold, color::warning, w);
    } else if (!core::fits(content_.instrument, member)) {
        text(t(member.questionnaireId != content_.instrument.id ? "team.outcome.wrongQuestionnaire"
                                                                 : "team.outcome.wrongLength"),
             fonts().bold, color::warning, w);
    } else {
        const core::Result result = core::resultOf(content_.instrument, member);
        viewJson_ = resultJson(result);
        drawResultView(content_, texts(), result, layout_);
    }
    vspace(layout_.gap);

    if (!fromTeam) {
        if (openedResultAdded_) {
            text(t("shared.added"), fonts().bold, color::primary, w);
        } else if (button(t("shared.add"), "add-to-team", ButtonKind::Primary, bw)) {
            core::AddResult r = team_.add(*openedResult_, core::fingerprintOf(*openedResult_), host_.nowMs());
            openedResultAdded_ = r == core::AddResult::Added || r == core::AddResult::Duplicate;
            if (!openedResultAdded_) pasteOutcomes_ = {core::PasteOutcome{"", core::LinkError::None, r}};
        }
        vspace(4);
    }
    if (button(t("invite.openTeam"), "open-team", ButtonKind::Secondary, bw)) go(Screen::Team);
    vspace(4);
    if (button(t("nav.home"), "home", ButtonKind::Quiet, bw)) go(Screen::Welcome);
}

}  // namespace ui
