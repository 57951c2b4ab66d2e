// The app's screens and the navigation between them. Draws what core owns (the quiz,
// its stored attempts) and turns clicks and keys into calls on core.
#pragma once
#include <optional>
#include <string>
#include <vector>
#include "core/content.hpp"
#include "core/links.hpp"
#include "core/quiz.hpp"
#include "core/scoring.hpp"
#include "core/team.hpp"
#include "host.hpp"
#include "theme.hpp"

namespace ui {

enum class Screen { Welcome, Question, Results, Share, Invite, SharedResult, Team, About };

class App {
public:
    App(const core::Content& content, core::Quiz& quiz, core::Team& team, Host& host, std::string browserLanguage);

    // Opens what a link's fragment carries (an invitation or a shared result). A damaged
    // link only shows a message: nothing is saved from it.
    void openLink(const std::string& fragment);

    // Builds one ImGui frame; call between ImGui::NewFrame() and ImGui::Render().
    void frame();

    const char* screenId() const;
    // What the current screen shows, as JSON for window.__ui.view (tests and, later, an
    // accessible mirror): the result's profile, bands and flags, or the team's counts.
    const std::string& viewJson() const { return viewJson_; }
    Screen screen() const { return screen_; }
    const std::string& language() const { return language_; }

    // Events from the platform.
    void onUpdateReady() { updateReady_ = true; }
    void onTouchScroll(float dy) { pendingScroll_ += dy; }
    void onStorageChanged();

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
    void drawShare();
    void drawInvite();
    void drawSharedResult();
    void drawTeam();
    void drawAbout();
    void drawLinkError();
    void drawHeading(const char* titleKey, const char* leadKey);  // a screen's title and lead
    void drawLinkPanel(const std::string& url, const char* id, bool withQr);
    void handleQuestionKeys();
    void goNext();
    void goBack();
    void startQuiz();
    void hideKeyboardFocus();
    std::string effectiveLanguage(const std::string& browserLanguage) const;

    const core::Content& content_;
    core::Quiz& quiz_;
    core::Team& team_;
    Host& host_;
    std::string language_;
    Screen screen_ = Screen::Welcome;
    Layout layout_;
    bool screenChanged_ = true;
    bool updateReady_ = false;
    float pendingScroll_ = 0;
    bool tabbing_ = false;  // the person moves the keyboard focus with Tab on this screen
    std::string viewJson_ = "{}";

    // From links
    std::optional<core::Invitation> invitation_;
    std::optional<core::SharedResult> openedResult_;
    core::LinkError linkError_ = core::LinkError::None;
    bool openedResultAdded_ = false;

    // Forms (ImGui edits these buffers in place)
    char inviteTeam_[64] = {};
    char inviteManager_[64] = {};
    char inviteMessage_[290] = {};
    int inviteLanguage_ = 0;  // 0 = each person's browser language, 1 = Finnish, 2 = English
    std::string inviteLink_;
    bool inviteNeedsTeam_ = false;
    char shareName_[64] = {};
    char pasteBox_[8192] = {};
    std::vector<core::PasteOutcome> pasteOutcomes_;
    bool pasteFoundNothing_ = false;
    bool confirmDelete_ = false;
    std::string copiedId_;  // the link panel whose link was copied last
    int openedMember_ = -1;  // team member whose result is open (SharedResult screen)
};

}  // namespace ui
