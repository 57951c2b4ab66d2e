// The canvas as an ImGui platform: WebGL2 context, input from emscripten/html5.h,
// devicePixelRatio-correct sizing and fonts, and frames drawn only when something changed.
#pragma once
#include <functional>

namespace platform {

struct WindowCallbacks {
    std::function<void()> buildFrame;            // between NewFrame and Render
    std::function<void()> afterFrame;            // after the frame is on screen
    std::function<void(float)> touchScroll;      // vertical drag in CSS px (positive = down)
    std::function<bool(float, float)> textFieldAt;  // a text field was drawn there last frame
};

// Creates the WebGL2 context and ImGui context on #canvas. False if WebGL2 is missing.
bool initWindow(const WindowCallbacks& callbacks);

// Asks for at least `frames` more frames (ImGui settles layout over a frame or two).
void requestFrames(int frames = 3);

// Clipboard text handed in by the page's paste event, then pasted into the focused field.
void pasteText(const char* text);

}  // namespace platform
