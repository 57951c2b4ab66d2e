#include "item_registry.hpp"

#include <cstdio>
#include <unordered_map>
#include "imgui.h"
#include "imgui_internal.h"

namespace ui {

namespace {
std::vector<UiItem> building;
std::vector<UiItem> finished;
std::unordered_map<ImGuiID, std::size_t> indexOfId;  // within `building`

std::string visibleLabel(const char* label) {
    const char* end = ImGui::FindRenderedTextEnd(label);
    return std::string(label, end);
}

void appendJsonString(std::string& out, const std::string& s) {
    out += '"';
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') { out += '\\'; out += static_cast<char>(c); }
        else if (c < 0x20) { char buf[8]; std::snprintf(buf, sizeof buf, "\\u%04x", c); out += buf; }
        else out += static_cast<char>(c);
    }
    out += '"';
}
}  // namespace

void registryBeginFrame() {
    building.clear();
    indexOfId.clear();
}

void registryEndFrame() {
    // Only widgets that reported a visible label are listed (scrollbars and plain layout
    // items come without one; every widget of ours has a visible label).
    finished.clear();
    for (UiItem& item : building)
        if (item.hasInfo && !item.label.empty()) finished.push_back(std::move(item));
}

const std::vector<UiItem>& registryItems() { return finished; }

bool registryTextFieldAt(float x, float y) {
    for (const UiItem& it : finished)
        if (it.inputable && x >= it.x && x < it.x + it.w && y >= it.y && y < it.y + it.h) return true;
    return false;
}

std::string registryItemsJson() {
    std::string out = "[";
    char buf[160];
    for (std::size_t i = 0; i < finished.size(); ++i) {
        const UiItem& it = finished[i];
        if (i) out += ',';
        out += "{\"label\":";
        appendJsonString(out, it.label);
        std::snprintf(buf, sizeof buf, ",\"x\":%.1f,\"y\":%.1f,\"w\":%.1f,\"h\":%.1f,\"disabled\":%s", it.x, it.y,
                      it.w, it.h, it.disabled ? "true" : "false");
        out += buf;
        if (it.checkable) out += it.checked ? ",\"checked\":true" : ",\"checked\":false";
        out += '}';
    }
    return out + "]";
}

}  // namespace ui

// ---- ImGui's test-engine hooks (signatures from imgui_internal.h) -------------------

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& bb, const ImGuiLastItemData* data) {
    if (!data) return;  // a whole window registering itself (e.g. ImGui's hidden "Debug" window)
    ImGuiWindow* window = ctx->CurrentWindow;
    ImRect visible = bb;
    if (window) visible.ClipWithFull(window->ClipRect);
    if (visible.GetWidth() <= 0.5f || visible.GetHeight() <= 0.5f) return;  // scrolled out of view
    // Widgets inside a popup or another window on top are still reported: tests look for
    // labels, and the top-most window is drawn last so its items come last.
    ui::UiItem item;
    item.id = id;
    item.x = visible.Min.x;
    item.y = visible.Min.y;
    item.w = visible.GetWidth();
    item.h = visible.GetHeight();
    item.disabled = data && (data->InFlags & ImGuiItemFlags_Disabled);
    auto found = ui::indexOfId.find(id);
    if (found != ui::indexOfId.end()) { ui::building[found->second] = item; return; }
    ui::indexOfId[id] = ui::building.size();
    ui::building.push_back(item);
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
    auto found = ui::indexOfId.find(id);
    if (found == ui::indexOfId.end() || !label) return;
    ui::UiItem& item = ui::building[found->second];
    item.label = ui::visibleLabel(label);
    item.hasInfo = true;
    item.checkable = (flags & ImGuiItemStatusFlags_Checkable) != 0;
    item.checked = (flags & ImGuiItemStatusFlags_Checked) != 0;
    item.inputable = (flags & ImGuiItemStatusFlags_Inputable) != 0;
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
