// The app driven like a person drives it: clicks at the centre of widgets found by their
// visible label in the item registry, and key presses, over the shipped content. Labels are
// taken from the texts (Session::t), expected positions from the layout rules in
// src/ui/theme.cpp, written out here by hand.
#include <doctest/doctest.h>

#include <string>

#include "core/stored_data.hpp"
#include "session.hpp"

using namespace uitest;

namespace {

bool hasMissingText(std::string* which = nullptr) {
    for (const ui::UiItem& item : Headless::items()) {
        if (item.label.size() >= 2 && item.label.front() == '[' && item.label.back() == ']') {
            if (which) *which = item.label;
            return true;
        }
    }
    return false;
}

// Every item of the last frame lies inside the display, horizontally.
void checkInsideDisplay(ImVec2 display) {
    for (const ui::UiItem& item : Headless::items()) {
        CAPTURE(item.label);
        CHECK(item.x >= 0);
        CHECK(item.x + item.w <= display.x + 0.5f);
    }
}

void start(Session& s) {
    REQUIRE(s.screen() == "welcome");
    REQUIRE(s.ui.click(s.t("welcome.start")));
    REQUIRE(s.screen() == "question");
}

}  // namespace

TEST_SUITE("ui") {

TEST_CASE("welcome: Start opens statement 1 with seven unchecked options and Next disabled") {
    core::MemoryStore store;
    Session s(store);
    CHECK(s.screen() == "welcome");
    CHECK(s.app.language() == "en");
    const ui::UiItem* startButton = s.ui.find(s.t("welcome.start"));
    REQUIRE(startButton);
    CHECK_FALSE(startButton->disabled);
    CHECK_FALSE(startButton->checkable);
    CHECK(s.ui.find(s.t("welcome.resume")) == nullptr);  // nothing to resume
    CHECK(s.ui.find(s.t("lang.other")) != nullptr);
    CHECK(s.quiz.current() == nullptr);

    REQUIRE(s.ui.click(s.t("welcome.start")));
    CHECK(s.screen() == "question");
    REQUIRE(s.quiz.current());
    CHECK(s.position() == 0);
    CHECK(s.quiz.current()->language == "en");
    for (int v = 1; v <= 7; ++v) {
        CAPTURE(v);
        const ui::UiItem* o = s.option(v);
        REQUIRE(o);
        CHECK(o->checkable);
        CHECK_FALSE(o->checked);
        CHECK_FALSE(o->disabled);
    }
    const ui::UiItem* next = s.ui.find(s.t("nav.next"));
    REQUIRE(next);
    CHECK(next->disabled);
    const ui::UiItem* back = s.ui.find(s.t("nav.back"));
    REQUIRE(back);
    CHECK_FALSE(back->disabled);
    std::string missing;
    CHECK_MESSAGE(!hasMissingText(&missing), "a label shows a missing text: " << missing);
}

TEST_CASE("click an answer: checked, Next enabled; Next and Back keep the answer") {
    core::MemoryStore store;
    Session s(store);
    start(s);
    REQUIRE(s.ui.click(s.t("answer.6")));
    CHECK(s.quiz.currentAnswer() == 6);
    CHECK(s.checkedOption() == 6);
    REQUIRE(s.ui.find(s.t("nav.next")));
    CHECK_FALSE(s.ui.find(s.t("nav.next"))->disabled);

    // Changing the answer moves the check.
    REQUIRE(s.ui.click(s.t("answer.2")));
    CHECK(s.checkedOption() == 2);

    REQUIRE(s.ui.click(s.t("nav.next")));
    CHECK(s.position() == 1);
    CHECK(s.checkedOption() == 0);  // statement 2 not answered yet
    CHECK(s.ui.find(s.t("nav.next"))->disabled);

    REQUIRE(s.ui.click(s.t("nav.back")));
    CHECK(s.screen() == "question");
    CHECK(s.position() == 0);
    CHECK(s.checkedOption() == 2);
    CHECK_FALSE(s.ui.find(s.t("nav.next"))->disabled);
}

TEST_CASE("Next is disabled until the statement is answered, and clicking it does nothing") {
    core::MemoryStore store;
    Session s(store);
    start(s);
    const ui::UiItem* next = s.ui.find(s.t("nav.next"));
    REQUIRE(next);
    CHECK(next->disabled);
    REQUIRE(s.ui.click(s.t("nav.next")));
    CHECK(s.position() == 0);
    s.ui.key(ImGuiKey_Enter);  // nor the key
    CHECK(s.position() == 0);
    s.ui.key(ImGuiKey_RightArrow);
    CHECK(s.position() == 0);
    CHECK(s.ui.find(s.t("nav.next"))->disabled);
}

TEST_CASE("keys: a number answers, Enter and the right arrow go on, Backspace and the left arrow go back") {
    core::MemoryStore store;
    Session s(store);
    start(s);
    s.ui.key(ImGuiKey_5);
    CHECK(s.quiz.currentAnswer() == 5);
    CHECK(s.checkedOption() == 5);
    s.ui.key(ImGuiKey_Enter);
    CHECK(s.position() == 1);
    s.ui.key(ImGuiKey_Keypad3);
    CHECK(s.checkedOption() == 3);
    s.ui.key(ImGuiKey_RightArrow);
    CHECK(s.position() == 2);
    s.ui.key(ImGuiKey_7);
    s.ui.key(ImGuiKey_1);  // the last key wins
    CHECK(s.checkedOption() == 1);
    s.ui.key(ImGuiKey_Backspace);
    CHECK(s.position() == 1);
    CHECK(s.checkedOption() == 3);
    s.ui.key(ImGuiKey_LeftArrow);
    CHECK(s.position() == 0);
    CHECK(s.checkedOption() == 5);
    s.ui.key(ImGuiKey_8);  // not a point of the scale
    s.ui.key(ImGuiKey_0);
    CHECK(s.checkedOption() == 5);
    // Back from the first statement returns to the welcome screen, which offers to resume.
    s.ui.key(ImGuiKey_Backspace);
    CHECK(s.screen() == "welcome");
    REQUIRE(s.ui.click(s.t("welcome.resume")));
    CHECK(s.screen() == "question");
    CHECK(s.position() == 0);
    CHECK(s.checkedOption() == 5);
}

TEST_CASE("a click then keys: each action happens once") {
    // A click leaves ImGui's keyboard focus on the clicked widget; Enter must still move
    // one statement, not also press the focused widget.
    core::MemoryStore store;
    Session s(store);
    start(s);
    REQUIRE(s.ui.click(s.t("answer.4")));
    s.ui.key(ImGuiKey_Enter);
    CHECK(s.position() == 1);
    CHECK(s.checkedOption() == 0);
    s.ui.key(ImGuiKey_6);
    REQUIRE(s.ui.click(s.t("nav.next")));
    CHECK(s.position() == 2);
    s.ui.key(ImGuiKey_2);
    s.ui.key(ImGuiKey_Enter);
    CHECK(s.position() == 3);
    s.ui.key(ImGuiKey_LeftArrow);
    s.ui.key(ImGuiKey_LeftArrow);
    CHECK(s.position() == 1);
    CHECK(s.checkedOption() == 6);
    s.ui.key(ImGuiKey_RightArrow);
    CHECK(s.position() == 2);
    CHECK(s.checkedOption() == 2);
}

TEST_CASE("resume: a new Quiz and App on the same store open the same statement, answer checked") {
    core::MemoryStore store;
    {
        Session s(store);
        start(s);
        s.ui.key(ImGuiKey_4);
        s.ui.key(ImGuiKey_Enter);
        s.ui.key(ImGuiKey_6);
        s.ui.key(ImGuiKey_Enter);
        REQUIRE(s.ui.click(s.t("answer.2")));
        REQUIRE(s.position() == 2);
    }
    Session s(store);
    CHECK(s.quiz.notices().empty());
    CHECK(s.screen() == "question");
    CHECK(s.position() == 2);
    CHECK(s.checkedOption() == 2);
    s.ui.key(ImGuiKey_Backspace);
    CHECK(s.checkedOption() == 6);
    s.ui.key(ImGuiKey_Backspace);
    CHECK(s.checkedOption() == 4);
}

TEST_CASE("answering all 42 statements with the keyboard reaches the results") {
    core::MemoryStore store;
    Session s(store);
    start(s);
    const int total = static_cast<int>(content().instrument.items.size());
    REQUIRE(total == 42);
    for (int i = 0; i < total; ++i) {
        CAPTURE(i);
        REQUIRE(s.screen() == "question");
        REQUIRE(s.position() == i);
        const bool last = i == total - 1;
        CHECK(s.ui.find(s.t(last ? "nav.finish" : "nav.next")) != nullptr);
        s.ui.key(static_cast<ImGuiKey>(ImGuiKey_1 + i % 7));
        REQUIRE(s.checkedOption() == 1 + i % 7);
        s.ui.key(ImGuiKey_Enter);
    }
    CHECK(s.screen() == "results");
    CHECK(s.quiz.current() == nullptr);
    REQUIRE(s.quiz.finished().size() == 1);
    const core::Attempt& done = s.quiz.finished()[0];
    REQUIRE(done.answers.size() == 42);
    for (int i = 0; i < total; ++i) {
        CAPTURE(i);
        CHECK(done.answers[i].itemId == content().instrument.items[i].id);
        CHECK(done.answers[i].value == 1 + i % 7);
        CHECK(done.answers[i].millis > 0);  // the time on screen was counted
    }
    CHECK(s.ui.reveal(s.t("results.retake")));  // at the end of a long page
    CHECK_FALSE(store.get(core::keys::attempt).has_value());
    CHECK(store.get(core::keys::results).has_value());
    std::string missing;
    CHECK_MESSAGE(!hasMissingText(&missing), "a label shows a missing text: " << missing);

    // Retake starts a fresh attempt at statement 1.
    REQUIRE(s.ui.click(s.t("results.retake")));
    CHECK(s.screen() == "question");
    CHECK(s.position() == 0);
    CHECK(s.checkedOption() == 0);
}

TEST_CASE("the language button switches the texts and keeps the answers") {
    core::MemoryStore store;
    Session s(store);
    start(s);
    const core::Texts& en = content().texts("en");
    const core::Texts& fi = content().texts("fi");
    REQUIRE(en.get("answer.5") != fi.get("answer.5"));
    REQUIRE(s.ui.click(en.get("answer.5")));
    REQUIRE(s.ui.click(en.get("nav.next")));
    REQUIRE(s.ui.click(en.get("answer.3")));
    REQUIRE(s.position() == 1);

    REQUIRE(s.ui.click(en.get("lang.other")));
    CHECK(s.app.language() == "fi");
    CHECK(s.ui.find(en.get("answer.3")) == nullptr);
    const ui::UiItem* fiOption = s.ui.find(fi.get("answer.3"));
    REQUIRE(fiOption);
    CHECK(fiOption->checked);
    CHECK(s.ui.find(fi.get("lang.other")) != nullptr);
    CHECK(s.ui.find(fi.get("nav.next")) != nullptr);
    CHECK(s.position() == 1);
    REQUIRE(s.ui.click(fi.get("nav.back")));
    CHECK(s.checkedOption() == 5);
    CHECK(s.quiz.settings().language == "fi");
    std::string missing;
    CHECK_MESSAGE(!hasMissingText(&missing), "a label shows a missing text: " << missing);

    // Switching back.
    REQUIRE(s.ui.click(fi.get("lang.other")));
    CHECK(s.app.language() == "en");
    CHECK(s.ui.find(en.get("answer.5")) != nullptr);
    CHECK(s.checkedOption() == 5);
}

TEST_CASE("the chosen language is remembered over a reload, whatever the browser prefers") {
    core::MemoryStore store;
    {
        Session s(store, kPhone, "en-US");
        CHECK(s.app.language() == "en");
        REQUIRE(s.ui.click(s.t("lang.other")));
        CHECK(s.app.language() == "fi");
    }
    Session s(store, kPhone, "en-US");
    CHECK(s.app.language() == "fi");
    CHECK(s.ui.find(content().texts("fi").get("welcome.start")) != nullptr);
}

TEST_CASE("a Finnish browser starts in Finnish") {
    core::MemoryStore store;
    Session s(store, kPhone, "fi-FI");
    CHECK(s.app.language() == "fi");
    CHECK(s.ui.find(content().texts("fi").get("welcome.start")) != nullptr);
    CHECK(s.ui.find(content().texts("en").get("welcome.start")) == nullptr);
}

TEST_CASE("a corrupt stored attempt: the notice shows, the app starts, the text is kept aside") {
    core::MemoryStore store;
    const std::string corrupt = "{\"doc\": {\"cereal_class_version\": 1, \"answers\": [oops";
    store.set(core::keys::attempt, corrupt);
    Session s(store);
    CHECK(s.screen() == "welcome");
    REQUIRE(s.quiz.notices().size() == 1);
    CHECK(s.quiz.notices()[0] == core::Notice::UnreadableKeptAside);
    const ui::UiItem* dismiss = s.ui.find(s.t("notice.dismiss"));
    REQUIRE(dismiss);
    CHECK_FALSE(dismiss->disabled);
    // The notice is above the Start button, and the Start button works.
    const ui::UiItem* startButton = s.ui.find(s.t("welcome.start"));
    REQUIRE(startButton);
    CHECK(dismiss->y < startButton->y);
    bool kept = false;
    for (const auto& [key, value] : store.values())
        if (key.rfind(core::keys::attempt + ".unreadable.", 0) == 0 && value == corrupt) kept = true;
    CHECK(kept);

    REQUIRE(s.ui.click(s.t("notice.dismiss")));
    CHECK(s.quiz.notices().empty());
    CHECK(s.ui.find(s.t("notice.dismiss")) == nullptr);
    start(s);
    s.ui.key(ImGuiKey_3);
    CHECK(s.checkedOption() == 3);
}

TEST_CASE("a store that keeps nothing: the storage-unavailable notice shows, the quiz still works") {
    core::MemoryStore store(false);
    Session s(store);
    REQUIRE(s.quiz.notices().size() == 1);
    CHECK(s.quiz.notices()[0] == core::Notice::StorageUnavailable);
    REQUIRE(s.ui.find(s.t("notice.dismiss")));
    start(s);
    CHECK(s.ui.find(s.t("notice.dismiss")) != nullptr);  // still shown on the statements
    s.ui.key(ImGuiKey_6);
    s.ui.key(ImGuiKey_Enter);
    CHECK(s.position() == 1);
    REQUIRE(s.ui.click(s.t("notice.dismiss")));
    CHECK(s.quiz.notices().empty());
    CHECK(s.ui.find(s.t("notice.dismiss")) == nullptr);
    CHECK(s.position() == 1);
    CHECK(store.values().empty());
}

TEST_CASE("storage that fills up during the quiz: the notice appears, the answers stay on screen") {
    core::MemoryStore store(true, 400);  // too small for an attempt of 42 statements
    Session s(store);
    CHECK(s.quiz.notices().empty());
    CHECK(s.ui.find(s.t("notice.dismiss")) == nullptr);
    start(s);
    REQUIRE(s.quiz.notices().size() == 1);
    CHECK(s.quiz.notices()[0] == core::Notice::StorageFull);
    CHECK(s.ui.find(s.t("notice.dismiss")) != nullptr);
    s.ui.key(ImGuiKey_2);
    CHECK(s.checkedOption() == 2);
    s.ui.key(ImGuiKey_Enter);
    CHECK(s.position() == 1);
}

TEST_CASE("layout: the phone column is the screen less 16 px each side; the desktop one 680 px, centred") {
    // theme.cpp: narrow below 600 px wide: margin 16; otherwise margin 32 and at most 680 wide.
    SUBCASE("phone 390 x 844") {
        core::MemoryStore store;
        Session s(store, kPhone);
        checkInsideDisplay(kPhone);
        const ui::UiItem* startButton = s.ui.find(s.t("welcome.start"));
        REQUIRE(startButton);
        CHECK(startButton->x == doctest::Approx(16));
        CHECK(startButton->w == doctest::Approx(358));
        start(s);
        checkInsideDisplay(kPhone);
        for (int v = 1; v <= 7; ++v) {
            CAPTURE(v);
            REQUIRE(s.option(v));
            CHECK(s.option(v)->x == doctest::Approx(16));
            CHECK(s.option(v)->w == doctest::Approx(358));
            CHECK(s.option(v)->h == doctest::Approx(46));
            CHECK(s.option(v)->y + s.option(v)->h <= 844);  // all seven on screen without scrolling
        }
        // Back and Next share the row: (358 - 12) / 2 = 173 px each, Next 12 px after Back.
        const ui::UiItem* back = s.ui.find(s.t("nav.back"));
        const ui::UiItem* next = s.ui.find(s.t("nav.next"));
        REQUIRE(back);
        REQUIRE(next);
        CHECK(back->x == doctest::Approx(16));
        CHECK(back->w == doctest::Approx(173));
        CHECK(next->x == doctest::Approx(16 + 173 + 12));
        CHECK(next->y == doctest::Approx(back->y));
        CHECK(next->y + next->h <= 844);
        // The options are in order, top to bottom.
        for (int v = 2; v <= 7; ++v) CHECK(s.option(v)->y > s.option(v - 1)->y);
    }
    SUBCASE("desktop 1280 x 800") {
        core::MemoryStore store;
        Session s(store, kDesktop);
        checkInsideDisplay(kDesktop);
        const ui::UiItem* startButton = s.ui.find(s.t("welcome.start"));
        REQUIRE(startButton);
        CHECK(startButton->x == doctest::Approx(300));  // (1280 - 680) / 2
        CHECK(startButton->w == doctest::Approx(320));
        start(s);
        checkInsideDisplay(kDesktop);
        for (int v = 1; v <= 7; ++v) {
            CAPTURE(v);
            REQUIRE(s.option(v));
            CHECK(s.option(v)->x == doctest::Approx(300));
            CHECK(s.option(v)->w == doctest::Approx(680));
            CHECK(s.option(v)->h == doctest::Approx(44));
        }
        s.ui.key(ImGuiKey_7);
        s.ui.key(ImGuiKey_Enter);
        CHECK(s.position() == 1);
    }
}

TEST_CASE("resizing from desktop to phone keeps the statement and its answer") {
    core::MemoryStore store;
    Session s(store, kDesktop);
    start(s);
    s.ui.key(ImGuiKey_4);
    s.ui.setDisplay(kPhone);
    s.ui.frames(2);
    CHECK(s.position() == 0);
    CHECK(s.checkedOption() == 4);
    REQUIRE(s.option(4));
    CHECK(s.option(4)->w == doctest::Approx(358));
    checkInsideDisplay(kPhone);
}

// ImGui registers every window as an item with its name; the implicit fallback window
// "Debug##Default" has a visible name but is never drawn, so it must not be listed.
TEST_CASE("the registry lists only drawn widgets, not ImGui's hidden fallback window") {
    core::MemoryStore store;
    Session s(store);
    for (const ui::UiItem& item : ui::registryItems()) {
        CAPTURE(item.label);
        CHECK_FALSE(Headless::isFallbackWindow(item));
    }
}

}  // TEST_SUITE
