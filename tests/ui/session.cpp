#include "session.hpp"

namespace uitest {

const core::Content& content() {
    static const core::Content c = core::loadEmbeddedContent();
    return c;
}

namespace {
// Quiz and Team are loaded before the App reads them, as src/app/main.cpp does.
template <class T>
T& loaded(T& x, std::int64_t now) {
    x.load(now);
    return x;
}
}  // namespace

Session::Session(core::KeyValueStore& store, ImVec2 display, const std::string& browserLanguage)
    : quiz(content().instrument, store),
      team(content().instrument, store),
      app(content(), loaded(quiz, host.now), loaded(team, host.now), host, browserLanguage),
      ui(display) {
    ui.body = [this] { app.frame(); };
    ui.beforeFrame = [this] { host.now += kMsPerFrame; };
    ui.frames(2);  // ImGui sizes its windows in the first frame
}

int Session::checkedOption() const {
    int checked = 0;
    for (int v = 1; v <= 7; ++v) {
        const ui::UiItem* o = option(v);
        if (!o || !o->checkable) return -1;
        if (o->checked) {
            if (checked) return -1;  // two checked
            checked = v;
        }
    }
    return checked;
}

}  // namespace uitest
