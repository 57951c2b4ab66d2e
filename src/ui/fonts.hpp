// The UI fonts (Inter, subset at build time and compiled in), rasterised at the screen's
// pixel density so text stays crisp on 2x and 3x phones and after browser zoom.
#pragma once
#include "imgui.h"

namespace ui {

struct Fonts {
    ImFont* body = nullptr;   // running text, answer labels, buttons
    ImFont* bold = nullptr;   // emphasis at body size
    ImFont* title = nullptr;  // statements and headings
    ImFont* score = nullptr;  // the big numbers on the result screen
};

const Fonts& fonts();

// Rebuilds the atlas for `pixelRatio` (CSS px → device px). Sizes stay in CSS pixels:
// glyphs are rasterised pixelRatio times larger and drawn scaled back by 1/pixelRatio.
// Returns false when the embedded font is missing (ImGui's pixel font is not built in).
bool buildFonts(float pixelRatio);

constexpr float kBodySize = 17.0f;
constexpr float kTitleSize = 23.0f;
constexpr float kScoreSize = 40.0f;
constexpr float kBodyLineHeight = 1.4f;   // as a multiple of the font size
constexpr float kTitleLineHeight = 1.3f;

}  // namespace ui
