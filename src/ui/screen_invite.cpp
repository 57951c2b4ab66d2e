// Manager mode: make an invitation link (with a QR code) that opens the quiz for a team.
#include <cstring>
#include "app.hpp"
#include "fonts.hpp"
#include "imgui.h"
#include "widgets.hpp"

namespace ui {

void App::drawInvite() {
    const float w = layout_.width;
    const float fieldW = layout_.narrow ? w : 420.0f;
    drawHeading("invite.title", "invite.lead");

    bool changed = false;
    changed |= textField(t("invite.team"), "invite-team", inviteTeam_, sizeof inviteTeam_, fieldW);
    vspace(4);
    changed |= textField(t("invite.manager"), "invite-manager", inviteManager_, sizeof inviteManager_, fieldW);
    vspace(4);
    text(t("invite.language"), fonts().bold, color::text, w);
    const char* choices[3] = {"invite.languageBrowser", "invite.languageFi", "invite.languageEn"};
    for (int i = 0; i < 3; ++i) {
        if (radio(t(choices[i]), choices[i], inviteLanguage_ == i)) {
            inviteLanguage_ = i;
            changed = true;
        }
    }
    vspace(4);
    changed |= textField(t("invite.message"), "invite-message", inviteMessage_, sizeof inviteMessage_, fieldW, 96.0f);
    if (changed) inviteLink_.clear();  // the shown link must always match the form
    vspace(layout_.gap * 0.5f);

    if (inviteNeedsTeam_ && inviteTeam_[0] == 0) text(t("invite.needTeam"), fonts().bold, color::warning, w);
    if (button(t("invite.create"), "create-invite", ButtonKind::Primary, layout_.narrow ? w : 320.0f)) {
        inviteNeedsTeam_ = inviteTeam_[0] == 0;
        if (!inviteNeedsTeam_) {
            core::Invitation inv;
            inv.team = inviteTeam_;
            inv.manager = inviteManager_;
            inv.language = inviteLanguage_ == 1 ? "fi" : inviteLanguage_ == 2 ? "en" : "";
            inv.message = inviteMessage_;
            inviteLink_ = host_.pageUrl() + "#" + core::encodeInvitation(inv);
            copiedId_.clear();
        }
    }
    if (!inviteLink_.empty()) {
        vspace(layout_.gap * 0.5f);
        text(t("invite.link"), fonts().bold, color::text, w);
        drawLinkPanel(inviteLink_, "invite-link", true);
    }
    vspace(layout_.gap);
    if (button(t("invite.openTeam"), "open-team", ButtonKind::Secondary, layout_.narrow ? w : 320.0f)) go(Screen::Team);
    vspace(4);
    if (button(t("nav.home"), "home", ButtonKind::Quiet, layout_.narrow ? w : 320.0f)) go(Screen::Welcome);
}

}  // namespace ui
