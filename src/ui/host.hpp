// What the screens need from the browser. src/platform implements it for the web; the
// UI tests implement a native twin. Screens never call browser APIs directly.
#pragma once
#include <cstdint>
#include <string>

namespace ui {

struct StorageInfo {
    bool known = false;      // the browser answered
    bool persisted = false;  // the browser agreed to keep our storage
    double usageBytes = -1;
    double quotaBytes = -1;
};

class Host {
public:
    virtual ~Host() = default;
    virtual std::int64_t nowMs() = 0;
    virtual void copyText(const std::string& text) = 0;
    virtual bool canShare() = 0;
    virtual void share(const std::string& title, const std::string& url) = 0;
    virtual std::string pageUrl() = 0;                 // the page's address without its fragment
    virtual void setFragment(const std::string& fragment) = 0;  // "" removes it
    virtual void applyUpdate() = 0;                    // switch to the waiting new version
    virtual StorageInfo storageInfo() = 0;
};

}  // namespace ui
