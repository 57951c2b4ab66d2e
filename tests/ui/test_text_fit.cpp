// Do the shipped texts fit a 390 px wide phone? Measured for real, with the app's own font
// (ui::buildFonts at 1x, i.e. CSS pixels) and ImGui::CalcTextSize, as the screens measure
// them. The widths below come from the layout code (theme.cpp, widgets.cpp, the screens):
//
//   column          390 - 2 x 16 = 358 px (theme.cpp: phone margin 16)
//   statement       wrapped at 358 px in the title font: at most 5 lines
//   answer option   text starts 14 + 2 x 13 + 12 = 52 px in and stops 12 px before the
//                   right edge: 358 - 64 = 294 px, one line, in bold (the selected state)
//   Back / Next     (358 - 12) / 2 = 173 px wide less 2 x 14 px frame padding = 145 px, bold
//   other buttons   358 - 28 = 330 px, bold
//   facet short     110 px, body font (chart labels)
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "session.hpp"
#include "imgui_internal.h"
#include "ui/fonts.hpp"

using namespace uitest;

namespace {

constexpr float kColumn = 390.0f - 2 * 16.0f;
constexpr float kOptionText = kColumn - 64.0f;
constexpr float kNavButtonText = (kColumn - 12.0f) / 2 - 28.0f;
constexpr float kButtonText = kColumn - 28.0f;
constexpr float kFacetShort = 110.0f;
constexpr int kMaxStatementLines = 5;

struct Measured {
    std::string what;  // "fi item.need1"
    std::string text;
    float width = 0;   // unwrapped width
    int lines = 0;     // lines when wrapped at the limit
};

// Runs `measure` inside a frame of a headless ImGui context with the app's fonts.
template <class Fn>
void withFonts(Fn&& measure) {
    Headless ui(kPhone);
    ui.body = [&] {
        ImGui::Begin("measure");
        measure();
        ImGui::End();
    };
    ui.frames(1);
}

Measured measure(ImFont* font, const std::string& what, const std::string& text, float wrapWidth) {
    ImGui::PushFont(font);
    Measured m;
    m.what = what;
    m.text = text;
    m.width = ImGui::CalcTextSize(text.c_str()).x;
    const float h = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrapWidth).y;
    m.lines = static_cast<int>(std::lround(h / ImGui::GetFontSize()));
    ImGui::PopFont();
    return m;
}

std::string describe(const Measured& m) {
    return m.what + ": " + std::to_string(static_cast<int>(std::ceil(m.width))) + " px, " + std::to_string(m.lines) +
           " line(s): \"" + m.text + "\"";
}

const std::vector<const core::Texts*> languages() {
    return {&content().texts("en"), &content().texts("fi")};
}

}  // namespace

TEST_SUITE("text fit") {

TEST_CASE("the measuring itself: wrapping and line counts behave as assumed") {
    withFonts([] {
        const ui::Fonts& f = ui::fonts();
        REQUIRE(f.title);
        REQUIRE(f.body);
        REQUIRE(f.bold);
        // One short word is one line; the same word repeated far beyond the width is several.
        CHECK(measure(f.title, "short", "Hi", kColumn).lines == 1);
        std::string longText;
        for (int i = 0; i < 40; ++i) longText += "customer ";
        const Measured m = measure(f.title, "long", longText, kColumn);
        CHECK(m.lines >= 3);
        CHECK(m.width > 2 * kColumn);
        // Semibold is at least as wide as regular for the same text.
        CHECK(measure(f.bold, "b", "Strongly disagree", 1000).width >=
              measure(f.body, "r", "Strongly disagree", 1000).width);
    });
}

TEST_CASE("every character of the texts is in the font atlas") {
    // A character outside the atlas's ranges (src/ui/fonts.cpp) is drawn as '?', even when
    // the subset font file has it.
    withFonts([] {
        const ui::Fonts& f = ui::fonts();
        for (const core::Texts* t : languages())
            for (const auto& [key, text] : t->all()) {
                const char* s = text.c_str();
                const char* end = s + text.size();
                while (s < end) {
                    unsigned int c = 0;
                    s += ImTextCharFromUtf8(&c, s, end);
                    if (c == '\n') continue;
                    for (ImFont* font : {f.body, f.bold, f.title}) {
                        if (font->FindGlyphNoFallback(static_cast<ImWchar>(c))) continue;
                        CAPTURE(t->language());
                        CAPTURE(key);
                        CAPTURE(c);
                        FAIL_CHECK("character missing from the font atlas");
                        break;
                    }
                }
            }
    });
}

TEST_CASE("no word of any text is wider than the phone column") {
    // A word cannot wrap: one wider than the column runs off the screen. Measured in the
    // title font, the widest the screens use for running text.
    withFonts([] {
        Measured widest;
        for (const core::Texts* t : languages())
            for (const auto& [key, text] : t->all()) {
                std::string word;
                for (std::size_t i = 0; i <= text.size(); ++i) {
                    if (i < text.size() && text[i] != ' ' && text[i] != '\n') {
                        word += text[i];
                        continue;
                    }
                    if (word.empty()) continue;
                    const Measured m = measure(ui::fonts().title, t->language() + " " + key, word, 1e6f);
                    CHECK_MESSAGE(m.width <= kColumn, "word wider than the column: " << describe(m));
                    if (m.width > widest.width) widest = m;
                    word.clear();
                }
            }
        MESSAGE("widest word (title font, limit " << kColumn << " px): " << describe(widest));
    });
}

TEST_CASE("every text fits a 390 px phone screen") {
    withFonts([] {
        const ui::Fonts& f = ui::fonts();
        const core::Instrument& in = content().instrument;
        std::vector<Measured> statements, options, navButtons, buttons, facets;

        for (const core::Texts* t : languages()) {
            const std::string lang = t->language() + " ";
            for (const core::ItemDef& item : in.items) {
                const std::string key = "item." + item.id;
                statements.push_back(measure(f.title, lang + key, t->get(key), kColumn));
            }
            for (int v = 1; v <= 7; ++v) {
                const std::string key = "answer." + std::to_string(v);
                options.push_back(measure(f.bold, lang + key, t->get(key), kOptionText));
            }
            for (const char* key : {"nav.back", "nav.next", "nav.finish"})
                navButtons.push_back(measure(f.bold, lang + key, t->get(key), kNavButtonText));
            for (const auto& [key, text] : t->all())
                if (key.rfind("welcome.", 0) == 0 &&
                    (key == "welcome.start" || key == "welcome.resume" || key == "welcome.restart" ||
                     key == "welcome.lastResult"))
                    buttons.push_back(measure(f.bold, lang + key, text, kButtonText));
            for (const char* key : {"results.retake", "nav.home", "notice.dismiss"})
                buttons.push_back(measure(f.bold, lang + key, t->get(key), kButtonText));
            // A quiet button, in the body font.
            buttons.push_back(measure(f.body, lang + "lang.other", t->get("lang.other"), kButtonText));
            for (const core::FacetDef& facet : in.facets) {
                const std::string key = "facet." + facet.id + ".short";
                facets.push_back(measure(f.body, lang + key, t->get(key), kFacetShort));
            }
        }

        REQUIRE(statements.size() == 84);
        REQUIRE(options.size() == 14);
        REQUIRE(buttons.size() == 16);
        REQUIRE(facets.size() == 20);

        auto byWidth = [](const Measured& a, const Measured& b) { return a.width < b.width; };
        auto byLines = [](const Measured& a, const Measured& b) {
            return a.lines != b.lines ? a.lines < b.lines : a.width < b.width;
        };

        for (const Measured& m : statements)
            CHECK_MESSAGE(m.lines <= kMaxStatementLines, "statement longer than 5 lines: " << describe(m));
        for (const Measured& m : options)
            CHECK_MESSAGE(m.lines == 1, "answer label wraps in its option: " << describe(m));
        for (const Measured& m : navButtons)
            CHECK_MESSAGE(m.width <= kNavButtonText, "Back/Next label wider than its half row: " << describe(m));
        for (const Measured& m : buttons)
            CHECK_MESSAGE(m.width <= kButtonText, "button label wider than the column: " << describe(m));
        for (const Measured& m : facets)
            CHECK_MESSAGE(m.width <= kFacetShort, "facet short name wider than 110 px: " << describe(m));

        // The widest case of each kind, for the report (printed on every run).
        MESSAGE("widest statement (title font, wrapped at " << kColumn << " px): "
                << describe(*std::max_element(statements.begin(), statements.end(), byLines)));
        MESSAGE("widest answer label (bold, limit " << kOptionText << " px): "
                << describe(*std::max_element(options.begin(), options.end(), byWidth)));
        MESSAGE("widest Back/Next/Finish label (bold, limit " << kNavButtonText << " px): "
                << describe(*std::max_element(navButtons.begin(), navButtons.end(), byWidth)));
        MESSAGE("widest other button label (limit " << kButtonText << " px): "
                << describe(*std::max_element(buttons.begin(), buttons.end(), byWidth)));
        MESSAGE("widest facet short name (body, limit " << kFacetShort << " px): "
                << describe(*std::max_element(facets.begin(), facets.end(), byWidth)));
    });
}

TEST_CASE("the top bar fits: app title and language button side by side on a phone") {
    // app.cpp: the language button is label + 28 px wide, right-aligned 14 px past the column
    // edge; the title (bold) starts at the column's left. Leave at least 8 px between them.
    withFonts([] {
        const ui::Fonts& f = ui::fonts();
        for (const core::Texts* t : languages()) {
            const Measured title = measure(f.bold, t->language() + " app.title", t->get("app.title"), 1e6f);
            const Measured lang = measure(f.body, t->language() + " lang.other", t->get("lang.other"), 1e6f);
            const float buttonLeft = kColumn - (lang.width + 28.0f) + 14.0f;
            CHECK_MESSAGE(title.width + 8.0f <= buttonLeft,
                          "title runs into the language button: " << describe(title) << " / " << describe(lang));
        }
    });
}

}  // TEST_SUITE
