// Collects every interactive widget of a frame from ImGui's item hooks (built with
// IMGUI_ENABLE_TEST_ENGINE): its visible label, on-screen rectangle and state. The web
// build publishes this as window.__ui.items; the native UI tests click through it.
#pragma once
#include <string>
#include <vector>

namespace ui {

struct UiItem {
    unsigned id = 0;
    std::string label;            // visible text: the ImGui label without its "##..." part
    float x = 0, y = 0, w = 0, h = 0;  // visible part, in ImGui (CSS pixel) coordinates
    bool checkable = false;
    bool checked = false;
    bool disabled = false;
    bool hasInfo = false;         // reported a label: an interactive widget
    bool inputable = false;       // a text field
};

// Call once per frame around NewFrame()..Render().
void registryBeginFrame();
void registryEndFrame();

// Items of the last completed frame, in submission order.
const std::vector<UiItem>& registryItems();

// True when the last frame had a text field at (x, y).
bool registryTextFieldAt(float x, float y);

// The items as a JSON array for window.__ui.items.
std::string registryItemsJson();

}  // namespace ui
