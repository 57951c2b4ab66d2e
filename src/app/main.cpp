// Wires the three layers together: platform (browser), ui (screens), core (rules, data).
#include <emscripten.h>
#include <cstdio>
#include <memory>
#include "core/content.hpp"
#include "core/quiz.hpp"
#include "core/team.hpp"
#include "imgui.h"
#include "platform/browser.hpp"
#include "platform/local_store.hpp"
#include "platform/web_host.hpp"
#include "platform/web_window.hpp"
#include "ui/app.hpp"
#include "ui/item_registry.hpp"
#include "ui/theme.hpp"

namespace {
struct Program {
    core::Content content;
    platform::LocalStore store;
    platform::WebHost host;
    std::unique_ptr<core::Quiz> quiz;
    std::unique_ptr<core::Team> team;
    std::unique_ptr<ui::App> app;
    int frame = 0;
};
Program* program = nullptr;

void buildFrame() {
    ui::registryBeginFrame();
    program->app->frame();
}

void afterFrame() {
    ui::registryEndFrame();
    // While a text field is active, a hidden <input> holds focus so phones show a keyboard
    // (and only then: otherwise the canvas has the keys).
    const bool wants = ImGui::GetIO().WantTextInput;
    if (wants != platform::browser::textInputFocused()) platform::browser::showTextInput(wants);
    ++program->frame;
    platform::browser::publishUi(program->frame, program->app->screenId(), ui::registryItemsJson(),
                                 program->app->viewJson());
    // Ready once a real screen is on the canvas (the second frame: ImGui sizes its
    // windows in the first).
    static bool ready = false;
    if (!ready && program->frame >= 2) {
        ready = true;
        platform::browser::markReady();  // also gives the canvas the keyboard focus, once
    }
}
}  // namespace

// Called from the page (web/index.html): the service worker has a new version waiting.
extern "C" EMSCRIPTEN_KEEPALIVE void app_update_ready() {
    if (!program) return;
    program->app->onUpdateReady();
    platform::requestFrames();
}

// Called from the page: navigator.storage answered (persisted, usage, quota).
extern "C" EMSCRIPTEN_KEEPALIVE void app_storage_info_changed() { platform::requestFrames(); }

// Called from the page's paste event with the pasted text.
extern "C" EMSCRIPTEN_KEEPALIVE void app_paste(const char* text) { platform::pasteText(text); }

// Another tab changed our stored data: read it again so this tab doesn't overwrite it.
extern "C" EMSCRIPTEN_KEEPALIVE void app_storage_changed() {
    if (!program) return;
    program->quiz->load(program->host.nowMs());
    program->team->load(program->host.nowMs());
    program->app->onStorageChanged();
    platform::requestFrames();
}

// Called when the address's fragment changes (a link pasted into an open app).
extern "C" EMSCRIPTEN_KEEPALIVE void app_hash_changed() {
    if (!program) return;
    program->app->openLink(platform::browser::locationHash());
    platform::requestFrames();
}

// Text typed into the hidden <input> (on-screen keyboards, IMEs, desktop typing).
extern "C" EMSCRIPTEN_KEEPALIVE void app_text_input(const char* text) {
    ImGui::GetIO().AddInputCharactersUTF8(text);
    platform::requestFrames();
}

int main() {
    program = new Program();
    std::string error;
    if (!core::loadEmbeddedContent(program->content, error)) {
        std::fprintf(stderr, "content could not be read: %s\n", error.c_str());
        return 1;
    }
    program->quiz = std::make_unique<core::Quiz>(program->content.instrument, program->store);
    program->quiz->load(program->host.nowMs());
    program->team = std::make_unique<core::Team>(program->content.instrument, program->store);
    program->team->load(program->host.nowMs());

    platform::WindowCallbacks callbacks;
    callbacks.buildFrame = buildFrame;
    callbacks.afterFrame = afterFrame;
    callbacks.touchScroll = [](float dy) { program->app->onTouchScroll(dy); };
    callbacks.textFieldAt = ui::registryTextFieldAt;
    if (!platform::initWindow(callbacks)) {
        std::fprintf(stderr, "WebGL2 is not available\n");
        return 1;
    }
    ui::applyTheme();
    program->app = std::make_unique<ui::App>(program->content, *program->quiz, *program->team, program->host,
                                             platform::browser::preferredLanguage());
    program->app->openLink(platform::browser::locationHash());
    platform::browser::listenForPageEvents();
    if (platform::browser::updateReady()) program->app->onUpdateReady();
    platform::requestFrames();
    return 0;  // the runtime stays alive: frames come from events (no main loop)
}
