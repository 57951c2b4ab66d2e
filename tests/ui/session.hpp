// The whole app as the browser runs it, natively (as src/app/main.cpp wires it): the
// shipped content, a Quiz and a Team on a store the test owns (so a second Session on the same store is a reload), ui::App, a FakeHost
// clock, and the headless ImGui driver. Labels come from the texts of the app's current
// language: t("nav.next"), never hard-coded English.
#pragma once
#include <memory>
#include <string>
#include "core/content.hpp"
#include "core/quiz.hpp"
#include "core/team.hpp"
#include "fake_host.hpp"
#include "headless.hpp"
#include "ui/app.hpp"

namespace uitest {

// Loaded once for all tests (what the program compiles in).
const core::Content& content();

class Session {
public:
    explicit Session(core::KeyValueStore& store, ImVec2 display = kPhone, const std::string& browserLanguage = "en");

    FakeHost host;
    core::Quiz quiz;
    core::Team team;
    ui::App app;
    Headless ui;

    static constexpr std::int64_t kMsPerFrame = 50;

    const std::string& t(const std::string& key) const { return content().texts(app.language()).get(key); }
    std::string screen() const { return app.screenId(); }
    int position() const { return quiz.current() ? quiz.current()->position : -1; }
    // The answer option for point `v` (1..7) of the agreement scale, in the current language.
    const ui::UiItem* option(int v) const { return ui.find(t("answer." + std::to_string(v))); }
    // Point of the option shown checked, 0 if none; -1 if an option is missing.
    int checkedOption() const;
};

}  // namespace uitest
