// One statement at a time on the 7-point agreement scale, with progress and Back / Next.
#include "app.hpp"
#include "fonts.hpp"
#include "imgui.h"
#include "widgets.hpp"

namespace ui {

void App::goNext() {
    std::int64_t now = host_.nowMs();
    if (quiz_.onLastStatement()) {
        if (quiz_.finish(now)) go(Screen::Results);
    } else if (quiz_.next(now)) {
        screenChanged_ = true;  // a new statement starts at the top
        hideKeyboardFocus();
    }
}

void App::goBack() {
    if (quiz_.back(host_.nowMs())) {
        screenChanged_ = true;
        hideKeyboardFocus();
    } else {
        go(Screen::Welcome);
    }
}

void App::handleQuestionKeys() {
    if (ImGui::GetIO().WantTextInput) return;
    // Once a person moves the keyboard focus with Tab, Enter and the arrows belong to it:
    // Enter activates the focused widget and the arrows move between widgets. Answering by
    // number, or a new statement, hands them back to going on and back.
    if (ImGui::IsKeyPressed(ImGuiKey_Tab, false)) tabbing_ = true;
    const bool focusShown = tabbing_;
    for (int v = 1; v <= 7; ++v) {
        if (ImGui::IsKeyPressed(static_cast<ImGuiKey>(ImGuiKey_0 + v), false) ||
            ImGui::IsKeyPressed(static_cast<ImGuiKey>(ImGuiKey_Keypad0 + v), false)) {
            quiz_.answer(v, host_.nowMs());
            hideKeyboardFocus();  // answering by number: Enter goes on again
            return;
        }
    }
    if (!focusShown && (ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false) ||
                        ImGui::IsKeyPressed(ImGuiKey_RightArrow, false))) {
        goNext();
        hideKeyboardFocus();  // ImGui took the arrow as a move too
    } else if (ImGui::IsKeyPressed(ImGuiKey_Backspace, false) || (!focusShown && ImGui::IsKeyPressed(ImGuiKey_LeftArrow, false))) {
        goBack();
        hideKeyboardFocus();
    }
}

void App::drawQuestion() {
    const core::Attempt* a = quiz_.current();
    if (!a) { go(Screen::Welcome); return; }
    handleQuestionKeys();
    a = quiz_.current();
    if (!a) return;  // finished by a key press this frame

    const float w = layout_.width;
    const int total = static_cast<int>(a->answers.size());
    const int n = a->position + 1;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(10, 4));
    progressBar(static_cast<float>(quiz_.answeredCount()) / static_cast<float>(total), w);
    text(core::format(t("question.progress"), {{"n", std::to_string(n)}, {"total", std::to_string(total)}}),
         fonts().body, color::muted, w);
    vspace(layout_.gap * 0.5f);
    text(t("question.frame"), fonts().body, color::muted, w);
    ImGui::PopStyleVar();
    const std::string& itemId = a->answers[a->position].itemId;
    text(t("item." + itemId), fonts().title, color::text, w);
    vspace(layout_.gap);

    const int selected = quiz_.currentAnswer();
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(10, layout_.narrow ? 6.0f : 8.0f));
    for (int v = 1; v <= 7; ++v) {
        if (answerOption(t("answer." + std::to_string(v)), v, selected == v, w, layout_.controlHeight))
            quiz_.answer(v, host_.nowMs());
    }
    ImGui::PopStyleVar();
    vspace(layout_.gap * 0.5f);

    const float bw = (w - 12.0f) * 0.5f;
    if (button(t("nav.back"), "back", ButtonKind::Secondary, bw)) goBack();
    ImGui::SameLine(0, 12.0f);
    const bool last = quiz_.onLastStatement();
    if (button(t(last ? "nav.finish" : "nav.next"), "next", ButtonKind::Primary, bw, !quiz_.canGoNext())) goNext();
    if (!layout_.narrow) {
        vspace(layout_.gap * 0.5f);
        text(t("question.keysHint"), fonts().body, color::muted, w);
    }
}

}  // namespace ui
