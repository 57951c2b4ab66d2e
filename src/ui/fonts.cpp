#include "fonts.hpp"

#include <string>
#include "core/embedded_assets.hpp"

namespace ui {

namespace {
Fonts current;

// Same ranges as scripts/subset_font.py: everything a person may type into a name field.
const ImWchar kTextRanges[] = {0x0020, 0x007E, 0x00A0, 0x017F, 0x2010, 0x2027, 0x2030, 0x203A, 0x20AC, 0x20AC,
                               0x2190, 0x2193, 0x2212, 0x2212, 0x2713, 0x2713,
                               0x03B1, 0x03B1, 0};  // α: Cronbach's alpha in the team view
// What the semibold subset lacks (scripts/subset_font.py) is taken from the regular face.
const ImWchar kBorrowedRanges[] = {0x0100, 0x017F, 0x2190, 0x2193, 0x2212, 0x2212, 0x2713, 0x2713, 0};
// The big score font only ever shows numbers and a few signs: keep the atlas small.
const ImWchar kScoreRanges[] = {0x0020, 0x0039, 0x2013, 0x2013, 0};

// Whole device pixels (an even number), so glyphs stay on the pixel grid.
float extraLeading(float size, float ratio, float lineHeight) {
    return 2.0f * static_cast<float>(static_cast<int>(size * ratio * (lineHeight - 1.0f) * 0.5f + 0.5f));
}

// ImGui spaces lines by the font size; running text reads better with more air. The
// glyphs are moved down by half the extra space here, and the font's size is raised by
// the whole extra space after the atlas is built (see spaceLines).
ImFont* add(std::string_view data, float size, float ratio, const ImWchar* ranges, float lineHeight,
            bool merge = false) {
    ImFontConfig cfg;
    cfg.MergeMode = merge;  // glyphs the font already has are kept
    cfg.GlyphOffset.y = extraLeading(size, ratio, lineHeight) * 0.5f;
    cfg.FontDataOwnedByAtlas = false;  // the bytes are static, compiled into the program
    cfg.OversampleH = 1;               // rasterised at full device resolution already
    cfg.OversampleV = 1;
    cfg.PixelSnapH = true;
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<char*>(data.data()), static_cast<int>(data.size()),
                                                      size * ratio, &cfg, ranges);
}
}  // namespace

const Fonts& fonts() { return current; }

bool buildFonts(float pixelRatio) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    std::string_view regular = core::embeddedAsset("font/ui-regular.otf");
    std::string_view semibold = core::embeddedAsset("font/ui-semibold.otf");
    if (regular.empty() || semibold.empty()) return false;  // a build defect: the atlas stays empty
    current.body = add(regular, kBodySize, pixelRatio, kTextRanges, kBodyLineHeight);
    current.bold = add(semibold, kBodySize, pixelRatio, kTextRanges, kBodyLineHeight);
    add(regular, kBodySize, pixelRatio, kBorrowedRanges, kBodyLineHeight, true);
    current.title = add(semibold, kTitleSize, pixelRatio, kTextRanges, kTitleLineHeight);
    add(regular, kTitleSize, pixelRatio, kBorrowedRanges, kTitleLineHeight, true);
    current.score = add(semibold, kScoreSize, pixelRatio, kScoreRanges, 1.0f);
    io.FontDefault = current.body;
    io.FontGlobalScale = 1.0f / pixelRatio;
    io.Fonts->Build();
    // Line advance follows FontSize while glyph quads keep their baked size.
    current.body->FontSize += extraLeading(kBodySize, pixelRatio, kBodyLineHeight);
    current.bold->FontSize += extraLeading(kBodySize, pixelRatio, kBodyLineHeight);
    current.title->FontSize += extraLeading(kTitleSize, pixelRatio, kTitleLineHeight);
    return true;
}

}  // namespace ui
