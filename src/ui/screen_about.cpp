// About and storage: whether the browser agreed to keep our data, and how much is stored.
#include <cmath>
#include <cstdio>
#include "app.hpp"
#include "fonts.hpp"
#include "widgets.hpp"

namespace ui {

namespace {
std::string bytes(double n) {
    char buf[32];
    if (n < 1024 * 1024) std::snprintf(buf, sizeof buf, "%.0f KB", n / 1024.0);
    else if (n < 1024.0 * 1024 * 1024) std::snprintf(buf, sizeof buf, "%.1f MB", n / (1024.0 * 1024));
    else std::snprintf(buf, sizeof buf, "%.1f GB", n / (1024.0 * 1024 * 1024));
    return buf;
}
}  // namespace

void App::drawAbout() {
    const float w = layout_.width;
    drawHeading("about.title", "about.lead");
    StorageInfo info = host_.storageInfo();
    text(t(!info.known ? "about.persistUnknown" : info.persisted ? "about.persisted" : "about.notPersisted"), fonts().body,
         color::text, w);
    if (info.usageBytes >= 0 && info.quotaBytes > 0)
        text(core::format(t("about.usage"), {{"used", bytes(info.usageBytes)}, {"quota", bytes(info.quotaBytes)}}),
             fonts().body, color::text, w);
    else
        text(t("about.usageUnknown"), fonts().body, color::muted, w);
    text(core::format(t("about.results"), {{"n", std::to_string(quiz_.finished().size())}}), fonts().body, color::text, w);
    if (!quiz_.persistent()) text(t("notice.storageUnavailable"), fonts().body, color::warning, w);
    text(core::format(t("about.version"), {{"version", content_.instrument.id + " v" + std::to_string(content_.instrument.version)}}),
         fonts().body, color::muted, w);
    vspace(layout_.gap);
    if (button(t("nav.home"), "home", ButtonKind::Quiet, layout_.narrow ? w : 320.0f)) go(Screen::Welcome);
}

}  // namespace ui
