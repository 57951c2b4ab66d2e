#include "theme.hpp"

#include <algorithm>

namespace ui {

Layout computeLayout(ImVec2 display) {
    Layout l;
    l.narrow = display.x < 600;
    float margin = l.narrow ? 16.0f : 32.0f;
    l.width = std::min(display.x - 2 * margin, 680.0f);
    l.left = std::max(margin, (display.x - l.width) * 0.5f);
    l.gap = l.narrow ? 12.0f : 16.0f;
    l.controlHeight = l.narrow ? 46.0f : 44.0f;
    return l;
}

void applyTheme() {
    ImGuiStyle& s = ImGui::GetStyle();
    s = ImGuiStyle();
    s.WindowPadding = ImVec2(0, 0);
    s.WindowBorderSize = 0;
    s.WindowRounding = 0;
    s.FramePadding = ImVec2(14, 10);
    s.FrameRounding = 10;
    s.FrameBorderSize = 1;
    s.ItemSpacing = ImVec2(10, 10);
    s.ItemInnerSpacing = ImVec2(8, 6);
    s.ScrollbarSize = 10;
    s.ScrollbarRounding = 6;
    s.GrabRounding = 6;
    s.PopupRounding = 10;
    s.PopupBorderSize = 1;
    s.TouchExtraPadding = ImVec2(2, 2);

    ImVec4* c = s.Colors;
    auto v = [](ImU32 col) { return ImGui::ColorConvertU32ToFloat4(col); };
    c[ImGuiCol_Text] = v(color::text);
    c[ImGuiCol_TextDisabled] = v(color::muted);
    c[ImGuiCol_WindowBg] = v(color::background);
    c[ImGuiCol_ChildBg] = v(color::surface);
    c[ImGuiCol_PopupBg] = v(color::surface);
    c[ImGuiCol_Border] = v(color::border);
    c[ImGuiCol_FrameBg] = v(color::surface);
    c[ImGuiCol_FrameBgHovered] = v(color::rgb(0xEEF3F5));
    c[ImGuiCol_FrameBgActive] = v(color::rgb(0xE3ECEF));
    c[ImGuiCol_Button] = v(color::surface);
    c[ImGuiCol_ButtonHovered] = v(color::rgb(0xEAF1F3));
    c[ImGuiCol_ButtonActive] = v(color::rgb(0xD9E6EA));
    c[ImGuiCol_CheckMark] = v(color::primary);
    c[ImGuiCol_SliderGrab] = v(color::primary);
    c[ImGuiCol_SliderGrabActive] = v(color::primaryActive);
    c[ImGuiCol_Header] = v(color::primarySoft);
    c[ImGuiCol_HeaderHovered] = v(color::rgb(0xCDE6E8));
    c[ImGuiCol_HeaderActive] = v(color::rgb(0xBBDCDF));
    c[ImGuiCol_ScrollbarBg] = v(color::rgb(0xF5F7F8, 0));
    c[ImGuiCol_ScrollbarGrab] = v(color::rgb(0xB8C4CC));
    c[ImGuiCol_Separator] = v(color::border);
    c[ImGuiCol_NavHighlight] = v(color::focus);
    c[ImGuiCol_TextSelectedBg] = v(color::rgb(0x9FD0D4));
    c[ImGuiCol_ModalWindowDimBg] = v(color::rgb(0x1C2A33, 90));
}

}  // namespace ui
