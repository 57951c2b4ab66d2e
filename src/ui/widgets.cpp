#include "widgets.hpp"

#include <algorithm>
#include <cmath>
#include "fonts.hpp"
#include "imgui_internal.h"
#include "core/qr.hpp"
#include "theme.hpp"

namespace ui {

void text(const std::string& s, ImFont* font, ImU32 color, float width) {
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextUnformatted(s.c_str(), s.c_str() + s.size());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void textBreakAnywhere(const std::string& s, ImFont* font, ImU32 color, float width) {
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));  // lines of one text, not items
    std::size_t start = 0;
    while (start < s.size()) {
        std::size_t end = start;
        float lineWidth = 0;  // ImGui applies no kerning: a line's width is the sum of its characters'
        while (end < s.size()) {
            std::size_t next = end + 1;
            while (next < s.size() && (static_cast<unsigned char>(s[next]) & 0xC0) == 0x80) ++next;  // whole UTF-8 characters
            const float w = ImGui::CalcTextSize(s.data() + end, s.data() + next).x;
            if (end > start && lineWidth + w > width) break;
            lineWidth += w;
            end = next;
        }
        ImGui::TextUnformatted(s.data() + start, s.data() + end);
        start = end;
    }
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void textCentered(const std::string& s, ImFont* font, ImU32 color, float width) {
    ImGui::PushFont(font);
    float w = ImGui::CalcTextSize(s.c_str()).x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (width - w) * 0.5f));
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextUnformatted(s.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

bool button(const std::string& label, const char* id, ButtonKind kind, float width, bool disabled) {
    ImGui::PushFont(kind == ButtonKind::Quiet ? fonts().body : fonts().bold);
    std::string full = label + "###" + id;
    ImU32 bg = color::surface, hover = color::rgb(0xEAF1F3), active = color::rgb(0xD9E6EA), fg = color::primary;
    ImU32 border = color::primary;
    if (kind == ButtonKind::Primary) { bg = color::primary; hover = color::primaryHover; active = color::primaryActive; fg = color::onPrimary; }
    if (kind == ButtonKind::Quiet) { bg = color::rgb(0xFFFFFF, 0); border = color::rgb(0xFFFFFF, 0); }
    if (disabled) { bg = color::rgb(0xE4E9EC); hover = active = bg; fg = color::muted; border = bg; }
    ImGui::PushStyleColor(ImGuiCol_Button, bg);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, hover);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, active);
    ImGui::PushStyleColor(ImGuiCol_Text, fg);
    ImGui::PushStyleColor(ImGuiCol_Border, border);
    float h = ImGui::GetFontSize() + 2 * 13.0f;
    ImGui::BeginDisabled(disabled);
    bool pressed = ImGui::Button(full.c_str(), ImVec2(width, h));
    if (!disabled && ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::EndDisabled();
    ImGui::PopStyleColor(5);
    ImGui::PopFont();
    return pressed;
}

bool answerOption(const std::string& label, int number, bool selected, float width, float height) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    ImGuiContext& g = *GImGui;
    std::string idLabel = label + "##answer" + std::to_string(number);
    ImGuiID id = window->GetID(idLabel.c_str());
    ImVec2 pos = window->DC.CursorPos;
    ImRect bb(pos, ImVec2(pos.x + width, pos.y + height));
    ImGui::ItemSize(bb);
    if (!ImGui::ItemAdd(bb, id)) return false;
    bool hovered = false, held = false;
    bool pressed = ImGui::ButtonBehavior(bb, id, &hovered, &held);
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);

    ImDrawList* dl = window->DrawList;
    ImU32 bg = selected ? color::primary : (held ? color::rgb(0xD9E6EA) : hovered ? color::rgb(0xEEF4F5) : color::surface);
    ImU32 fg = selected ? color::onPrimary : color::text;
    dl->AddRectFilled(bb.Min, bb.Max, bg, 10.0f);
    if (!selected) dl->AddRect(bb.Min, bb.Max, color::border, 10.0f, 0, 1.0f);
    ImGui::RenderNavHighlight(bb, id);

    // The number in a circle, so keys 1-7 are discoverable.
    float r = 13.0f;
    ImVec2 c(bb.Min.x + 14.0f + r, (bb.Min.y + bb.Max.y) * 0.5f);
    dl->AddCircleFilled(c, r, selected ? color::onPrimary : color::primarySoft, 24);
    ImGui::PushFont(fonts().bold);
    char num[4] = {static_cast<char>('0' + number), 0};
    ImVec2 ns = ImGui::CalcTextSize(num);
    dl->AddText(ImVec2(c.x - ns.x * 0.5f, c.y - ns.y * 0.5f), color::primary, num);
    ImGui::PopFont();

    ImGui::PushFont(selected ? fonts().bold : fonts().body);
    float textX = c.x + r + 12.0f;
    float wrap = bb.Max.x - 12.0f - textX;
    ImVec2 ts = ImGui::CalcTextSize(label.c_str(), nullptr, false, wrap);
    ImGui::PushStyleColor(ImGuiCol_Text, fg);
    ImGui::RenderTextWrapped(ImVec2(textX, c.y - ts.y * 0.5f), label.c_str(), nullptr, wrap);
    ImGui::PopStyleColor();
    ImGui::PopFont();

    IMGUI_TEST_ENGINE_ITEM_INFO(id, idLabel.c_str(),
                                g.LastItemData.StatusFlags | ImGuiItemStatusFlags_Checkable |
                                    (selected ? ImGuiItemStatusFlags_Checked : 0));
    return pressed;
}

void progressBar(float fraction, float width) {
    ImVec2 p = ImGui::GetCursorScreenPos();
    float h = 6.0f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + width, p.y + h), color::rgb(0xDCE3E7), h * 0.5f);
    float f = std::clamp(fraction, 0.0f, 1.0f);
    if (f > 0) dl->AddRectFilled(p, ImVec2(p.x + std::max(h, width * f), p.y + h), color::primary, h * 0.5f);
    ImGui::Dummy(ImVec2(width, h));
}

void vspace(float pixels) { ImGui::Dummy(ImVec2(1, pixels)); }

void rule(float width) {
    ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddLine(p, ImVec2(p.x + width, p.y), color::border, 1.0f);
    ImGui::Dummy(ImVec2(width, 1));
}

void beginCard(const char* id, float width, ImU32 background) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, background ? background : color::surface);
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 12.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16, 14));
    ImGui::BeginChild(id, ImVec2(width, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_Border);
}

void endCard() {
    ImGui::EndChild();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
}

}  // namespace ui

// ---- text field, radio, QR code --------------------------------------------------------

namespace ui {

bool textField(const std::string& label, const char* id, char* buffer, std::size_t size, float width,
               float multilineHeight) {
    text(label, fonts().bold, color::text, width);
    ImGui::PushFont(fonts().body);
    ImGui::PushID(id);
    ImGui::SetNextItemWidth(width);
    bool changed = multilineHeight > 0
                       ? ImGui::InputTextMultiline("##field", buffer, size, ImVec2(width, multilineHeight))
                       : ImGui::InputText("##field", buffer, size);
    // Report the visible label for this field (ImGui only knows "##field").
    ImGuiContext& g = *GImGui;
    std::string reported = label + "##" + id;
    IMGUI_TEST_ENGINE_ITEM_INFO(g.LastItemData.ID, reported.c_str(), g.LastItemData.StatusFlags | ImGuiItemStatusFlags_Inputable);
    ImGui::PopID();
    ImGui::PopFont();
    return changed;
}

bool radio(const std::string& label, const char* id, bool selected) {
    ImGui::PushFont(fonts().body);
    // The circle's size follows the frame padding; the theme's padding suits buttons, not
    // this circle. The row stays a comfortable touch target through the item spacing.
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(4, 4));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(10, 14));
    std::string full = label + "###" + id;
    bool pressed = ImGui::RadioButton(full.c_str(), selected);
    // ImGui 1.90 does not report a radio button as checkable: say so, for window.__ui.
    ImGuiContext& g = *GImGui;
    IMGUI_TEST_ENGINE_ITEM_INFO(g.LastItemData.ID, full.c_str(),
                                g.LastItemData.StatusFlags | ImGuiItemStatusFlags_Checkable |
                                    ((selected || pressed) ? ImGuiItemStatusFlags_Checked : 0));
    ImGui::PopStyleVar(2);
    ImGui::PopFont();
    return pressed;
}

void qrCode(const std::string& text, float size) {
    const core::QrMatrix qr = core::qrMatrixFor(text);
    if (qr.size == 0) {
        ImGui::Dummy(ImVec2(1, 1));
        return;
    }
    ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const int quiet = 4;  // the standard's quiet zone, in modules
    // Whole pixels per module keep the edges sharp for a camera.
    const float module = std::floor(size / static_cast<float>(qr.size + 2 * quiet));
    const float drawn = module * static_cast<float>(qr.size + 2 * quiet);
    dl->AddRectFilled(p, ImVec2(p.x + drawn, p.y + drawn), IM_COL32_WHITE, 8.0f);
    for (int y = 0; y < qr.size; ++y)
        for (int x = 0; x < qr.size; ++x)
            if (qr.at(x, y)) {
                ImVec2 a(p.x + (x + quiet) * module, p.y + (y + quiet) * module);
                dl->AddRectFilled(a, ImVec2(a.x + module, a.y + module), IM_COL32(0, 0, 0, 255));
            }
    ImGui::Dummy(ImVec2(drawn, drawn));
}

}  // namespace ui
