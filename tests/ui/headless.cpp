#include "headless.hpp"

#include <stdexcept>
#include "imgui_internal.h"
#include "ui/fonts.hpp"
#include "ui/theme.hpp"

namespace uitest {

Headless::Headless(ImVec2 display) {
    if (ImGui::GetCurrentContext()) throw std::logic_error("one headless ImGui driver at a time");
    context_ = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;  // as the web platform layer sets it
    io.DisplaySize = display;
    io.DeltaTime = 1.0f / 60.0f;
    GImGui->TestEngineHookItems = true;
    if (!ui::buildFonts(1.0f)) throw std::runtime_error("the embedded UI font is missing");
    ui::applyTheme();
}

Headless::~Headless() {
    ImGui::DestroyContext(context_);
}

void Headless::setDisplay(ImVec2 display) { ImGui::GetIO().DisplaySize = display; }

void Headless::frames(int n) {
    for (int i = 0; i < n; ++i) {
        if (beforeFrame) beforeFrame();
        ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
        ui::registryBeginFrame();
        ImGui::NewFrame();
        if (body) body();
        ImGui::Render();
        ui::registryEndFrame();
        ++frameCount_;
    }
}

bool Headless::isFallbackWindow(const ui::UiItem& item) {
    // ImGui opens the implicit window "Debug##Default" every frame; it registers itself as
    // an item (its id is the hash of its name) although nothing is drawn in it.
    return item.id == ImHashStr("Debug##Default");
}

std::vector<ui::UiItem> Headless::items() {
    std::vector<ui::UiItem> out;
    for (const ui::UiItem& item : ui::registryItems())
        if (!isFallbackWindow(item)) out.push_back(item);
    return out;
}

std::vector<ui::UiItem> Headless::all(const std::string& label) const {
    std::vector<ui::UiItem> out;
    for (const ui::UiItem& item : ui::registryItems())
        if (item.label == label && !isFallbackWindow(item)) out.push_back(item);
    return out;
}

const ui::UiItem* Headless::find(const std::string& label) const {
    const ui::UiItem* found = nullptr;
    for (const ui::UiItem& item : ui::registryItems()) {
        if (item.label != label || isFallbackWindow(item)) continue;
        if (found) return nullptr;  // ambiguous
        found = &item;
    }
    return found;
}

bool Headless::click(const std::string& label) {
    const ui::UiItem* item = find(label);
    if (!item) return false;
    clickAt(ImVec2(item->x + item->w * 0.5f, item->y + item->h * 0.5f));
    return true;
}

void Headless::clickAt(ImVec2 pos) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(pos.x, pos.y);
    frames(1);
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
    frames(1);
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
    frames(kFramesPerEvent);
}

void Headless::key(ImGuiKey k) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(k, true);
    frames(1);
    io.AddKeyEvent(k, false);
    frames(kFramesPerEvent);
}

void Headless::wheel(float dy) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f);
    io.AddMouseWheelEvent(0, dy);
    frames(kFramesPerEvent);
}

bool Headless::reveal(const std::string& label, int maxSteps) {
    for (int i = 0; i < maxSteps && !find(label); ++i) wheel(-1.0f);
    return find(label) != nullptr;
}

}  // namespace uitest
