// A small headless Dear ImGui driver for native UI tests: an ImGui context with the app's
// fonts and theme and no renderer, frames run on demand, and input fed the way a platform
// layer feeds it (io.AddMousePosEvent / AddMouseButtonEvent / AddKeyEvent). Widgets are
// found through ui::registryItems(), the same list the web build publishes as
// window.__ui.items, and clicked at their centre.
//
// One driver at a time: the fonts (ui::fonts()) and the item registry are process-wide.
#pragma once
#include <functional>
#include <string>
#include <vector>
#include "imgui.h"
#include "ui/item_registry.hpp"

namespace uitest {

inline const ImVec2 kPhone(390, 844);
inline const ImVec2 kDesktop(1280, 800);

class Headless {
public:
    explicit Headless(ImVec2 display);
    ~Headless();
    Headless(const Headless&) = delete;
    Headless& operator=(const Headless&) = delete;

    // What one frame draws (between NewFrame and Render), and what runs before each frame
    // (e.g. moving a fake clock).
    std::function<void()> body;
    std::function<void()> beforeFrame;

    void setDisplay(ImVec2 display);
    void frames(int n = 1);

    // Items of the last frame, without ImGui's hidden fallback window (see isFallbackWindow).
    static std::vector<ui::UiItem> items();
    static bool isFallbackWindow(const ui::UiItem& item);
    // Items of the last frame whose visible label is exactly `label`.
    std::vector<ui::UiItem> all(const std::string& label) const;
    // The only item labelled `label`, or nullptr (none, or several: see all()).
    const ui::UiItem* find(const std::string& label) const;

    // The web layer draws 3 frames after every input event (src/platform/web_window.cpp):
    // a change made while a frame is drawn shows from the next frame, and an auto-sized
    // card appearing for the first time is hidden for one frame.
    static constexpr int kFramesPerEvent = 3;

    // Moves the mouse to the item's centre, presses and releases the left button, with a
    // frame after each event (ImGui trickles input: one change per frame), kFramesPerEvent
    // after the release. False when no single item has that label.
    bool click(const std::string& label);
    void clickAt(ImVec2 pos);
    // Presses and releases a key, a frame after each.
    void key(ImGuiKey k);
    // Mouse wheel over the middle of the screen (negative: scroll down).
    void wheel(float dy);
    // Scrolls down with the wheel until an item labelled `label` is on screen.
    bool reveal(const std::string& label, int maxSteps = 40);

    int frameCount() const { return frameCount_; }

private:
    ImGuiContext* context_ = nullptr;
    int frameCount_ = 0;
};

}  // namespace uitest
