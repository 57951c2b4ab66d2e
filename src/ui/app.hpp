// The app's screens and the navigation between them. Draws what core owns (the quiz,
// its stored attempts) and turns clicks and keys into calls on core.
#pragma once
#include <string>
#include "core/content.hpp"
#include "core/quiz.hpp"
#include "core/scoring.hpp"
#include "host.hpp"
#include "theme.hpp"

namespace ui {

enum class Screen { Welcome, Question, Results };

class App {
public:
    App(const core::Content& content, core::Quiz& quiz, Host& host, std::string browserLanguage);

    // Builds one ImGui frame; call between ImGui::NewFrame() and ImGui::Render().
    void frame();

    const char* screenId() const;
    Screen screen() const { return screen_; }
    const std::string& language() const { return language_; }

    // Events from the platform.
    void onUpdateReady() { updateReady_ = true; }
    void onTouchScroll(float dy) { pendingScroll_ += dy; }

private:
    const core::Texts& texts() const { return content_.texts(language_); }
    const std::string& t(const std::string& key) const { return texts().get(key); }
    void go(Screen s);
    void setLanguage(const std::string& language);

    void drawTopBar();
    void drawNotices();
    void drawWelcome();
    void drawQuestion();
    void drawResults();
    void handleQuestionKeys();
    void goNext();
    void goBack();

    const core::Content& content_;
    core::Quiz& quiz_;
    Host& host_;
    std::string language_;
    Screen screen_ = Screen::Welcome;
    Layout layout_;
    bool screenChanged_ = true;
    bool updateReady_ = false;
    float pendingScroll_ = 0;
};

}  // namespace ui
