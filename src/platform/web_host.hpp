// ui::Host for the browser: each call goes to one wrapper in browser.hpp.
#pragma once
#include "browser.hpp"
#include "ui/host.hpp"

namespace platform {

class WebHost : public ui::Host {
public:
    std::int64_t nowMs() override { return static_cast<std::int64_t>(browser::nowMs()); }
    void copyText(const std::string& text) override { browser::copyText(text); }
    bool canShare() override { return browser::canShare(); }
    void share(const std::string& title, const std::string& url) override { browser::share(title, url); }
    std::string pageUrl() override { return browser::pageUrl(); }
    void setFragment(const std::string& fragment) override { browser::replaceHash(fragment); }
    void applyUpdate() override { browser::applyUpdate(); }
    ui::StorageInfo storageInfo() override {
        browser::StorageEstimate e = browser::storageEstimate();
        return {e.known, e.persisted, e.usage, e.quota};
    }
};

}  // namespace platform
