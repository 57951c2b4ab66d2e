#include "app.hpp"

#include <algorithm>

#include "fonts.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "widgets.hpp"

namespace ui {

App::App(const core::Content& content, core::Quiz& quiz, core::Team& team, Host& host, std::string browserLanguage)
    : content_(content), quiz_(quiz), team_(team), host_(host) {
    const std::string& chosen = quiz_.settings().language;
    language_ = content_.hasLanguage(chosen) ? chosen : core::languageFromBrowser(browserLanguage);
    // A person who reloads mid-quiz comes back to the statement they were on.
    if (quiz_.current()) go(Screen::Question);
}

void App::openLink(const std::string& fragment) {
    core::DecodedLink link = core::decodeFragment(fragment);
    if (link.kind == core::LinkKind::None) return;  // an ordinary address
    linkError_ = link.error;
    if (link.error != core::LinkError::None) {
        go(quiz_.current() ? screen_ : Screen::Welcome);
        screenChanged_ = true;
        return;
    }
    if (link.kind == core::LinkKind::Invitation) {
        invitation_ = link.invitation;
        // The manager's language choice applies unless the person picked one themselves.
        if (quiz_.settings().language.empty() && content_.hasLanguage(link.invitation.language))
            language_ = link.invitation.language;
        if (!quiz_.current()) go(Screen::Welcome);
    } else {
        openedResult_ = link.result;
        openedResultAdded_ = false;
        openedMember_ = -1;
        go(Screen::SharedResult);
    }
}

void App::onStorageChanged() {
    // Another tab finished or restarted the quiz: show what is stored now.
    if (screen_ == Screen::Question && !quiz_.current()) go(quiz_.latestFinished() ? Screen::Results : Screen::Welcome);
}

void App::startQuiz() {
    quiz_.start(language_, invitation_ ? invitation_->team : std::string(), host_.nowMs());
    go(Screen::Question);
}

const char* App::screenId() const {
    switch (screen_) {
        case Screen::Welcome: return "welcome";
        case Screen::Question: return "question";
        case Screen::Results: return "results";
        case Screen::Share: return "share";
        case Screen::Invite: return "invite";
        case Screen::SharedResult: return "shared-result";
        case Screen::Team: return "team";
        case Screen::About: return "about";
    }
    return "welcome";
}

void App::hideKeyboardFocus() {
    // The focus ring belongs to the screen it was moved on; a new screen or statement
    // starts without one, so Enter and the arrows go on and back until Tab is pressed.
    tabbing_ = false;
    if (ImGuiContext* g = ImGui::GetCurrentContext()) g->NavDisableHighlight = true;
}

void App::go(Screen s) {
    hideKeyboardFocus();
    screen_ = s;
    screenChanged_ = true;
    if (s == Screen::Question) quiz_.showStatement(host_.nowMs());
}

void App::setLanguage(const std::string& language) {
    language_ = language;
    quiz_.setLanguage(language);
}

void App::frame() {
    ImGuiIO& io = ImGui::GetIO();
    layout_ = computeLayout(io.DisplaySize);

    viewJson_ = "{}";
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    // One full-window page that scrolls vertically (with a scrollbar, unlike NoDecoration).
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("##main", nullptr, flags);
    if (screenChanged_) {
        ImGui::SetScrollY(0);
        screenChanged_ = false;
    }
    if (pendingScroll_ != 0) {
        ImGui::SetScrollY(ImGui::GetScrollY() + pendingScroll_);
        pendingScroll_ = 0;
    }

    drawTopBar();
    ImGui::SetCursorPosX(layout_.left);
    ImGui::BeginGroup();
    drawNotices();
    drawLinkError();
    switch (screen_) {
        case Screen::Welcome: drawWelcome(); break;
        case Screen::Question: drawQuestion(); break;
        case Screen::Results: drawResults(); break;
        case Screen::Share: drawShare(); break;
        case Screen::Invite: drawInvite(); break;
        case Screen::SharedResult: drawSharedResult(); break;
        case Screen::Team: drawTeam(); break;
        case Screen::About: drawAbout(); break;
    }
    vspace(layout_.gap * 2);
    ImGui::EndGroup();
    ImGui::End();
}

void App::drawTopBar() {
    const float top = layout_.narrow ? 8.0f : 16.0f;
    const std::string other = language_ == "fi" ? "en" : "fi";
    const std::string& label = t("lang.other");
    ImGui::PushFont(fonts().body);
    const float w = ImGui::CalcTextSize(label.c_str()).x + 28.0f;
    const float h = ImGui::GetFontSize() + 26.0f;  // the quiet button's height
    ImGui::PopFont();

    ImGui::PushFont(fonts().bold);
    ImGui::SetCursorPos(ImVec2(layout_.left, top + (h - ImGui::GetFontSize()) * 0.5f));
    ImGui::PushStyleColor(ImGuiCol_Text, color::primary);
    ImGui::TextUnformatted(t("app.title").c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();

    ImGui::SetCursorPos(ImVec2(layout_.left + layout_.width - w + 14.0f, top));
    if (button(label, "language", ButtonKind::Quiet, w)) setLanguage(other);
    vspace(layout_.narrow ? 4.0f : 12.0f);
}

void App::drawNotices() {
    auto show = [&](const char* key, const char* id, auto onDismiss) {
        beginCard(id, layout_.width, color::warningSoft);
        float inner = layout_.width - 32;
        text(t(key), fonts().body, color::text, inner);
        if (button(t("notice.dismiss"), id, ButtonKind::Secondary, 0)) onDismiss();
        endCard();
        vspace(layout_.gap * 0.5f);
    };
    std::vector<core::Notice> notices = quiz_.notices();
    for (core::Notice n : team_.notices())
        if (std::find(notices.begin(), notices.end(), n) == notices.end()) notices.push_back(n);
    for (core::Notice n : notices) {
        const char* key = n == core::Notice::UnreadableKeptAside ? "notice.unreadable"
                          : n == core::Notice::StorageFull       ? "notice.storageFull"
                                                                 : "notice.storageUnavailable";
        const char* id = n == core::Notice::UnreadableKeptAside ? "notice-unreadable"
                         : n == core::Notice::StorageFull       ? "notice-full"
                                                                : "notice-unavailable";
        show(key, id, [&] { quiz_.dismissNotice(n); team_.dismissNotice(n); });
        break;  // one at a time: the next shows once this one is dismissed
    }
    if (updateReady_) {
        beginCard("update", layout_.width, color::primarySoft);
        text(t("update.ready"), fonts().body, color::text, layout_.width - 32);
        if (button(t("update.apply"), "apply-update", ButtonKind::Primary, 0)) host_.applyUpdate();
        ImGui::SameLine();
        if (button(t("update.later"), "later-update", ButtonKind::Quiet, 0)) updateReady_ = false;
        endCard();
        vspace(layout_.gap * 0.5f);
    }
}

}  // namespace ui

namespace ui {

void App::drawHeading(const char* titleKey, const char* leadKey) {
    vspace(layout_.gap * 0.5f);
    text(t(titleKey), fonts().title, color::text, layout_.width);
    text(t(leadKey), fonts().body, color::text, layout_.width);
    vspace(layout_.gap * 0.5f);
}

void App::drawLinkError() {
    if (linkError_ == core::LinkError::None) return;
    beginCard("link-error", layout_.width, color::warningSoft);
    const float inner = layout_.width - 32;
    text(t("link.error.title"), fonts().bold, color::text, inner);
    text(t(std::string("link.error.") + core::linkErrorId(linkError_)), fonts().body, color::text, inner);
    text(t("link.error.nothingChanged"), fonts().body, color::muted, inner);
    if (button(t("notice.dismiss"), "dismiss-link-error", ButtonKind::Secondary, 0)) {
        linkError_ = core::LinkError::None;
        host_.setFragment("");
    }
    endCard();
    vspace(layout_.gap * 0.5f);
}

void App::drawLinkPanel(const std::string& url, const char* id, bool withQr) {
    const float w = layout_.width;
    beginCard(id, w);
    const float inner = w - 32;
    textBreakAnywhere(url, fonts().body, color::text, inner);
    vspace(2);
    text(core::format(t("link.length"), {{"n", std::to_string(url.size())}}), fonts().body, color::muted, inner);
    vspace(4);
    const float bw = layout_.narrow ? inner : 200.0f;
    if (button(t("link.copy"), (std::string(id) + "-copy").c_str(), ButtonKind::Primary, bw)) {
        host_.copyText(url);
        copiedId_ = id;
    }
    if (host_.canShare()) {
        if (!layout_.narrow) ImGui::SameLine();
        if (button(t("link.share"), (std::string(id) + "-share").c_str(), ButtonKind::Secondary, bw))
            host_.share(t("app.title"), url);
    }
    if (copiedId_ == id) text(t("link.copied"), fonts().body, color::primary, inner);
    if (withQr) {
        vspace(6);
        text(t("invite.qr"), fonts().body, color::muted, inner);
        qrCode(url, std::min(inner, 300.0f));
    }
    endCard();
}

}  // namespace ui
