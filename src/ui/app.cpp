#include "app.hpp"

#include "fonts.hpp"
#include "imgui.h"
#include "widgets.hpp"

namespace ui {

App::App(const core::Content& content, core::Quiz& quiz, Host& host, std::string browserLanguage)
    : content_(content), quiz_(quiz), host_(host) {
    const std::string& chosen = quiz_.settings().language;
    language_ = content_.hasLanguage(chosen) ? chosen : core::languageFromBrowser(browserLanguage);
    // A person who reloads mid-quiz comes back to the statement they were on.
    if (quiz_.current()) go(Screen::Question);
}

const char* App::screenId() const {
    switch (screen_) {
        case Screen::Welcome: return "welcome";
        case Screen::Question: return "question";
        case Screen::Results: return "results";
    }
    return "welcome";
}

void App::go(Screen s) {
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

    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                             ImGuiWindowFlags_NoBringToFrontOnFocus;
    flags &= ~ImGuiWindowFlags_NoScrollbar;
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
    switch (screen_) {
        case Screen::Welcome: drawWelcome(); break;
        case Screen::Question: drawQuestion(); break;
        case Screen::Results: drawResults(); break;
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
    for (core::Notice n : quiz_.notices()) {
        const char* key = n == core::Notice::UnreadableKeptAside ? "notice.unreadable"
                          : n == core::Notice::StorageFull       ? "notice.storageFull"
                                                                 : "notice.storageUnavailable";
        const char* id = n == core::Notice::UnreadableKeptAside ? "notice-unreadable"
                         : n == core::Notice::StorageFull       ? "notice-full"
                                                                : "notice-unavailable";
        show(key, id, [&] { quiz_.dismissNotice(n); });
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
