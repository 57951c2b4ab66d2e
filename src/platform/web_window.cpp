#include "web_window.hpp"

#include <emscripten.h>
#include <emscripten/html5.h>
#include <GLES3/gl3.h>
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <string>
#include "browser.hpp"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_internal.h"
#include "ui/fonts.hpp"

namespace platform {

namespace {
constexpr const char* kCanvas = "#canvas";

WindowCallbacks callbacks;
EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
int framesLeft = 0;
bool frameScheduled = false;
double fontPixelRatio = 0;
std::string clipboard;

// Touch: a tap is a click; a vertical drag scrolls and cancels the press.
struct TouchState {
    bool active = false;
    bool dragging = false;
    long id = 0;
    float startY = 0, lastY = 0, startX = 0;
} touch;
constexpr float kDragThreshold = 8.0f;
constexpr int kFramesAfterInput = 3;

// ---- size and pixel density ----------------------------------------------------------
void resizeCanvas() {
    double ratio = browser::devicePixelRatio();
    double w = browser::innerWidth(), h = browser::innerHeight();
    int fbw = static_cast<int>(std::lround(w * ratio)), fbh = static_cast<int>(std::lround(h * ratio));
    emscripten_set_canvas_element_size(kCanvas, fbw, fbh);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
    io.DisplayFramebufferScale = ImVec2(static_cast<float>(fbw / w), static_cast<float>(fbh / h));
    if (ratio != fontPixelRatio) {  // zoom or a move to another screen: re-rasterise text
        fontPixelRatio = ratio;
        ui::buildFonts(static_cast<float>(ratio));
        if (gl) {
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            ImGui_ImplOpenGL3_CreateFontsTexture();
        }
    }
}

// ---- the frame ---------------------------------------------------------------------
EM_BOOL onAnimationFrame(double, void*) {
    frameScheduled = false;
    ImGuiIO& io = ImGui::GetIO();
    static double last = 0;
    double now = emscripten_get_now();
    io.DeltaTime = last > 0 ? static_cast<float>(std::max(0.001, (now - last) / 1000.0)) : 1.0f / 60.0f;
    io.DeltaTime = std::min(io.DeltaTime, 0.1f);  // frames are sparse: don't let timers jump
    last = now;

    // Input is fed to ImGui a little at a time (a click is three frames: move, press,
    // release). The frames that draw its effect come after the frame that used it.
    const int queuedBefore = GImGui->InputEventsQueue.Size;
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    callbacks.buildFrame();
    ImGui::Render();
    int fbw = 0, fbh = 0;
    emscripten_get_canvas_element_size(kCanvas, &fbw, &fbh);
    glViewport(0, 0, fbw, fbh);
    ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    callbacks.afterFrame();

    // The cursor follows what is under it (a hand over things that can be clicked).
    static ImGuiMouseCursor shown = ImGuiMouseCursor_Arrow;
    ImGuiMouseCursor cursor = ImGui::GetMouseCursor();
    if (cursor != shown) {
        shown = cursor;
        browser::setCursor(cursor == ImGuiMouseCursor_Hand        ? "pointer"
                           : cursor == ImGuiMouseCursor_TextInput ? "text"
                                                                  : "default");
    }

    --framesLeft;
    // After a frame that used input: one frame to draw the new state, one for ImGui to
    // settle what it measures a frame late (scroll position, auto-sized cards).
    if (GImGui->InputEventsQueue.Size < queuedBefore) framesLeft = std::max(framesLeft, kFramesAfterInput);
    if (framesLeft > 0 || GImGui->InputEventsQueue.Size > 0) requestFrames(std::max(framesLeft, 1));
    return EM_FALSE;
}

// ---- input ---------------------------------------------------------------------------
ImGuiKey keyFromCode(const char* code) {
    struct Pair { const char* code; ImGuiKey key; };
    static const Pair named[] = {
        {"Tab", ImGuiKey_Tab}, {"ArrowLeft", ImGuiKey_LeftArrow}, {"ArrowRight", ImGuiKey_RightArrow},
        {"ArrowUp", ImGuiKey_UpArrow}, {"ArrowDown", ImGuiKey_DownArrow}, {"PageUp", ImGuiKey_PageUp},
        {"PageDown", ImGuiKey_PageDown}, {"Home", ImGuiKey_Home}, {"End", ImGuiKey_End},
        {"Insert", ImGuiKey_Insert}, {"Delete", ImGuiKey_Delete}, {"Backspace", ImGuiKey_Backspace},
        {"Space", ImGuiKey_Space}, {"Enter", ImGuiKey_Enter}, {"Escape", ImGuiKey_Escape},
        {"NumpadEnter", ImGuiKey_KeypadEnter}, {"ControlLeft", ImGuiKey_LeftCtrl},
        {"ControlRight", ImGuiKey_RightCtrl}, {"ShiftLeft", ImGuiKey_LeftShift}, {"ShiftRight", ImGuiKey_RightShift},
        {"AltLeft", ImGuiKey_LeftAlt}, {"AltRight", ImGuiKey_RightAlt}, {"MetaLeft", ImGuiKey_LeftSuper},
        {"MetaRight", ImGuiKey_RightSuper},
    };
    for (const Pair& p : named)
        if (std::strcmp(code, p.code) == 0) return p.key;
    if (std::strncmp(code, "Key", 3) == 0 && code[3] >= 'A' && code[3] <= 'Z' && !code[4])
        return static_cast<ImGuiKey>(ImGuiKey_A + (code[3] - 'A'));
    if (std::strncmp(code, "Digit", 5) == 0 && code[5] >= '0' && code[5] <= '9' && !code[6])
        return static_cast<ImGuiKey>(ImGuiKey_0 + (code[5] - '0'));
    if (std::strncmp(code, "Numpad", 6) == 0 && code[6] >= '0' && code[6] <= '9' && !code[7])
        return static_cast<ImGuiKey>(ImGuiKey_Keypad0 + (code[6] - '0'));
    return ImGuiKey_None;
}

void updateModifiers(const EmscriptenKeyboardEvent* e) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, e->ctrlKey);
    io.AddKeyEvent(ImGuiMod_Shift, e->shiftKey);
    io.AddKeyEvent(ImGuiMod_Alt, e->altKey);
    io.AddKeyEvent(ImGuiMod_Super, e->metaKey);
}

EM_BOOL onKey(int type, const EmscriptenKeyboardEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
    updateModifiers(e);
    ImGuiKey key = keyFromCode(e->code);
    if (key != ImGuiKey_None) io.AddKeyEvent(key, down);
    // Printable characters arrive as the key's text; shortcuts (Ctrl/Cmd) are not text.
    const bool shortcut = e->ctrlKey || e->metaKey;
    const bool typingIntoAgent = browser::textInputFocused();
    if (down && !shortcut && !typingIntoAgent && e->key[0] && std::strlen(e->key) <= 4) {
        unsigned char c0 = static_cast<unsigned char>(e->key[0]);
        bool single = (c0 < 0x80) ? e->key[1] == 0 : true;  // "Enter", "Shift" are names, not text
        if (single && (c0 >= 0x20 && c0 != 0x7F)) io.AddInputCharactersUTF8(e->key);
    }
    requestFrames();
    // Keep keys the app uses from scrolling the page or leaving it (Backspace, Tab).
    // Ctrl/Cmd shortcuts go through so copy and paste events still fire.
    if (shortcut) return EM_FALSE;
    const bool printable = e->key[0] && (static_cast<unsigned char>(e->key[0]) >= 0x80 || e->key[1] == 0);
    if (typingIntoAgent && printable) return EM_FALSE;  // the hidden input must receive it
    return key != ImGuiKey_None || (down && printable) ? EM_TRUE : EM_FALSE;
}

EM_BOOL onMouseMove(int, const EmscriptenMouseEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    io.AddMousePosEvent(static_cast<float>(e->targetX), static_cast<float>(e->targetY));
    requestFrames();
    return EM_FALSE;
}

EM_BOOL onMouseButton(int type, const EmscriptenMouseEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    int button = e->button == 0 ? 0 : e->button == 2 ? 1 : e->button == 1 ? 2 : -1;
    if (button < 0) return EM_FALSE;
    io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    io.AddMousePosEvent(static_cast<float>(e->targetX), static_cast<float>(e->targetY));
    io.AddMouseButtonEvent(button, type == EMSCRIPTEN_EVENT_MOUSEDOWN);
    requestFrames();
    return EM_FALSE;  // let the canvas take keyboard focus on click
}

EM_BOOL onWheel(int, const EmscriptenWheelEvent* e, void*) {
    // Pixels (deltaMode 0) to ImGui's wheel units: about one notch per 100 px.
    double scale = e->deltaMode == DOM_DELTA_PIXEL ? 1.0 / 100.0 : e->deltaMode == DOM_DELTA_LINE ? 1.0 / 3.0 : 1.0;
    ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(-e->deltaX * scale), static_cast<float>(-e->deltaY * scale));
    requestFrames();
    return EM_TRUE;
}

const EmscriptenTouchPoint* changedTouch(const EmscriptenTouchEvent* e) {
    for (int i = 0; i < e->numTouches; ++i)
        if (e->touches[i].isChanged && (!touch.active || e->touches[i].identifier == touch.id)) return &e->touches[i];
    return nullptr;
}

EM_BOOL onTouch(int type, const EmscriptenTouchEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    const EmscriptenTouchPoint* t = changedTouch(e);
    if (!t) return EM_TRUE;
    float x = static_cast<float>(t->targetX), y = static_cast<float>(t->targetY);
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    switch (type) {
        case EMSCRIPTEN_EVENT_TOUCHSTART:
            if (touch.active) break;  // a second finger: ignore
            touch = {true, false, t->identifier, y, y, x};
            io.AddMousePosEvent(x, y);
            io.AddMouseButtonEvent(0, true);
            break;
        case EMSCRIPTEN_EVENT_TOUCHMOVE:
            if (!touch.dragging && (std::fabs(y - touch.startY) > kDragThreshold || std::fabs(x - touch.startX) > kDragThreshold)) {
                touch.dragging = true;
                io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);  // leave the pressed widget: no click
            }
            if (touch.dragging && callbacks.touchScroll) callbacks.touchScroll(touch.lastY - y);
            touch.lastY = y;
            break;
        default:  // end or cancel
            if (!touch.dragging && type == EMSCRIPTEN_EVENT_TOUCHEND) {
                io.AddMousePosEvent(x, y);
                // Phones (iOS above all) show their keyboard only for a focus given inside
                // the touch event itself, not from the frame that follows it.
                if (callbacks.textFieldAt && callbacks.textFieldAt(x, y)) browser::showTextInput(true);
            }
            io.AddMouseButtonEvent(0, false);
            io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);  // fingers don't hover
            touch.active = false;
            break;
    }
    requestFrames();
    return EM_TRUE;  // no emulated mouse events after a touch: one tap is one click
}

EM_BOOL onResize(int, const EmscriptenUiEvent*, void*) {
    resizeCanvas();
    requestFrames();
    return EM_FALSE;
}

EM_BOOL onFocus(int type, const EmscriptenFocusEvent*, void*) {
    ImGui::GetIO().AddFocusEvent(type == EMSCRIPTEN_EVENT_FOCUS);
    requestFrames();
    return EM_FALSE;
}

const char* getClipboard(void*) { return clipboard.c_str(); }
void setClipboard(void*, const char* text) {
    clipboard = text ? text : "";
    browser::copyText(clipboard);
}
}  // namespace

void requestFrames(int frames) {
    framesLeft = std::max(framesLeft, frames);
    if (!frameScheduled) {
        frameScheduled = true;
        emscripten_request_animation_frame(onAnimationFrame, nullptr);
    }
}

void pasteText(const char* text) {
    clipboard = text ? text : "";
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, true);
    io.AddKeyEvent(ImGuiKey_V, true);
    io.AddKeyEvent(ImGuiKey_V, false);
    io.AddKeyEvent(ImGuiMod_Ctrl, false);
    requestFrames();
}

bool initWindow(const WindowCallbacks& cbs) {
    callbacks = cbs;
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = EM_FALSE;
    attrs.antialias = EM_FALSE;  // ImGui anti-aliases its own shapes
    attrs.depth = EM_FALSE;
    attrs.stencil = EM_FALSE;
    attrs.preserveDrawingBuffer = EM_FALSE;
    gl = emscripten_webgl_create_context(kCanvas, &attrs);
    if (gl <= 0) return false;
    emscripten_webgl_make_context_current(gl);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing of ImGui's own is stored
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    io.BackendPlatformName = "html5";
    io.GetClipboardTextFn = getClipboard;
    io.SetClipboardTextFn = setClipboard;
    GImGui->TestEngineHookItems = true;  // publishes widgets for window.__ui

    resizeCanvas();
    ImGui_ImplOpenGL3_Init("#version 300 es");

    const char* target = EMSCRIPTEN_EVENT_TARGET_WINDOW;
    emscripten_set_keydown_callback(target, nullptr, EM_FALSE, onKey);
    emscripten_set_keyup_callback(target, nullptr, EM_FALSE, onKey);
    emscripten_set_mousemove_callback(kCanvas, nullptr, EM_FALSE, onMouseMove);
    emscripten_set_mousedown_callback(kCanvas, nullptr, EM_FALSE, onMouseButton);
    emscripten_set_mouseup_callback(target, nullptr, EM_FALSE, onMouseButton);
    emscripten_set_wheel_callback(kCanvas, nullptr, EM_FALSE, onWheel);
    emscripten_set_touchstart_callback(kCanvas, nullptr, EM_FALSE, onTouch);
    emscripten_set_touchmove_callback(kCanvas, nullptr, EM_FALSE, onTouch);
    emscripten_set_touchend_callback(kCanvas, nullptr, EM_FALSE, onTouch);
    emscripten_set_touchcancel_callback(kCanvas, nullptr, EM_FALSE, onTouch);
    emscripten_set_resize_callback(target, nullptr, EM_FALSE, onResize);
    emscripten_set_focus_callback(target, nullptr, EM_FALSE, onFocus);
    emscripten_set_blur_callback(target, nullptr, EM_FALSE, onFocus);
    return true;
}

}  // namespace platform
