// Colours, spacing and the responsive column every screen lays out in.
#pragma once
#include "imgui.h"

namespace ui {

namespace color {
constexpr ImU32 rgb(unsigned hex, unsigned alpha = 255) {
    return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, alpha);
}
inline const ImU32 background = rgb(0xF5F7F8);
inline const ImU32 surface = rgb(0xFFFFFF);
inline const ImU32 border = rgb(0xC9D3DA);
inline const ImU32 text = rgb(0x1C2A33);
inline const ImU32 muted = rgb(0x52616B);
inline const ImU32 primary = rgb(0x0E6A73);
inline const ImU32 primaryHover = rgb(0x0B5960);
inline const ImU32 primaryActive = rgb(0x084950);
inline const ImU32 primarySoft = rgb(0xDDEFF0);
inline const ImU32 onPrimary = rgb(0xFFFFFF);
inline const ImU32 helpfulness = rgb(0x0E6A73);   // chart colour of the first scale
inline const ImU32 coachability = rgb(0xB4531A);  // chart colour of the second scale
inline const ImU32 warningSoft = rgb(0xFFF4DC);
inline const ImU32 warning = rgb(0x8A5A00);
inline const ImU32 focus = rgb(0x2B6CB0);
}  // namespace color

// The column all screens use: full width on a phone, a readable measure on a desktop.
struct Layout {
    float left = 0;      // x of the column
    float width = 0;     // column width
    bool narrow = false; // phone-sized viewport
    float gap = 12;      // vertical space between blocks
    float controlHeight = 48;  // buttons and answer options: a comfortable touch target
};

Layout computeLayout(ImVec2 display);
void applyTheme();

}  // namespace ui
