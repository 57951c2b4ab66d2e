// The native twin of ui::Host for UI tests: a clock the test moves, and a record of every
// call the screens make to the browser.
#pragma once
#include <cstdint>
#include <string>
#include <vector>
#include "ui/host.hpp"

namespace uitest {

class FakeHost : public ui::Host {
public:
    std::int64_t now = 1720000000000;  // ms; Session moves it forward every frame
    std::vector<std::string> copied;
    std::vector<std::pair<std::string, std::string>> shared;  // (title, url)
    std::vector<std::string> fragments;                        // every setFragment, in order
    bool shareAvailable = false;
    std::string url = "https://example.test/app/";
    int updatesApplied = 0;
    ui::StorageInfo storage;

    std::int64_t nowMs() override { return now; }
    void copyText(const std::string& text) override { copied.push_back(text); }
    bool canShare() override { return shareAvailable; }
    void share(const std::string& title, const std::string& u) override { shared.emplace_back(title, u); }
    std::string pageUrl() override { return url; }
    void setFragment(const std::string& fragment) override { fragments.push_back(fragment); }
    void applyUpdate() override { ++updatesApplied; }
    ui::StorageInfo storageInfo() override { return storage; }
};

}  // namespace uitest
