#include "browser.hpp"

#include <emscripten.h>
#include <cstdlib>

// clang-format off
EM_JS(double, js_device_pixel_ratio, (), { return window.devicePixelRatio || 1; });
EM_JS(double, js_inner_width, (), { return window.innerWidth; });
EM_JS(double, js_inner_height, (), { return window.innerHeight; });
EM_JS(char*, js_language, (), { return newCString(navigator.language || "en"); });
EM_JS(double, js_now, (), { return Date.now(); });

// Probing writes a key: some browsers expose localStorage but throw on every write
// (storage switched off, or Safari's old private mode). A full storage still counts as
// usable: what is stored can be read, and a failed write is told when it happens.
EM_JS(int, js_storage_usable, (), {
  const k = "__sellerquiz_probe";
  try { localStorage.getItem(k); } catch (e) { return 0; }
  try { localStorage.setItem(k, "1"); localStorage.removeItem(k); return 1; }
  catch (e) {
    const full = e && (e.name === "QuotaExceededError" || e.name === "NS_ERROR_DOM_QUOTA_REACHED" || e.code === 22);
    return full ? 1 : 0;
  }
});
EM_JS(char*, js_storage_get, (const char* key), {
  try { const v = localStorage.getItem(UTF8ToString(key)); return v === null ? 0 : newCString(v); }
  catch (e) { return 0; }
});
EM_JS(int, js_storage_set, (const char* key, const char* value), {
  try { localStorage.setItem(UTF8ToString(key), UTF8ToString(value)); return 0; }
  catch (e) {
    const full = e && (e.name === "QuotaExceededError" || e.name === "NS_ERROR_DOM_QUOTA_REACHED" || e.code === 22);
    return full ? 1 : 2;
  }
});
EM_JS(void, js_storage_remove, (const char* key), {
  try { localStorage.removeItem(UTF8ToString(key)); } catch (e) {}
});

EM_JS(char*, js_location_hash, (), { return newCString(decodeURIComponent(location.hash.replace(/^#/, ""))); });
EM_JS(char*, js_page_url, (), { return newCString(location.origin + location.pathname + location.search); });
EM_JS(void, js_replace_hash, (const char* fragment), {
  const f = UTF8ToString(fragment);
  history.replaceState(null, "", f ? "#" + f : location.pathname + location.search);
});

// Clipboard: the async API where allowed, with a textarea + execCommand fallback (http
// pages on a LAN address, older browsers). Called from a click, so it has user activation.
EM_JS(void, js_copy_text, (const char* text), {
  const t = UTF8ToString(text);
  const fallback = () => {
    const ta = document.createElement("textarea");
    ta.value = t; ta.setAttribute("readonly", ""); ta.style.position = "fixed"; ta.style.opacity = "0";
    document.body.appendChild(ta); ta.select();
    try { document.execCommand("copy"); } catch (e) {}
    ta.remove();
    const c = document.getElementById("canvas"); if (c) c.focus();
  };
  if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(t).catch(fallback);
  else fallback();
});
EM_JS(int, js_can_share, (), { return navigator.share ? 1 : 0; });
EM_JS(void, js_share, (const char* title, const char* url), {
  navigator.share({ title: UTF8ToString(title), url: UTF8ToString(url) }).catch(() => {});
});

EM_JS(void, js_apply_update, (), { if (window.__appApplyUpdate) window.__appApplyUpdate(); });
EM_JS(int, js_update_ready, (), { return window.__updateReady ? 1 : 0; });
EM_JS(double, js_storage_info, (int field), {
  const i = window.__storageInfo;
  if (!i) return -1;
  if (field === 0) return i.persisted === null || i.persisted === undefined ? -1 : (i.persisted ? 1 : 0);
  const v = field === 1 ? i.usage : i.quota;
  return typeof v === "number" ? v : -1;
});

EM_JS(void, js_set_cursor, (const char* css), { document.getElementById("canvas").style.cursor = UTF8ToString(css); });

EM_JS(void, js_publish_ui, (int frame, const char* screen, const char* items, const char* view), {
  window.__ui = { frame: frame, screen: UTF8ToString(screen), items: JSON.parse(UTF8ToString(items)),
                  view: JSON.parse(UTF8ToString(view)) };
});
EM_JS(void, js_mark_ready, (), {
  if (!window.__appReady) { window.__appReady = true; window.dispatchEvent(new CustomEvent("app-ready")); }
  const c = document.getElementById("canvas");
  if (c && document.activeElement !== c) c.focus();
});
EM_JS(void, js_show_text_input, (int shown), {
  let input = document.getElementById("text-agent");
  if (!input) return;
  if (shown) { if (document.activeElement !== input) input.focus({ preventScroll: true }); }
  else if (document.activeElement === input) { input.blur(); const c = document.getElementById("canvas"); if (c) c.focus(); }
});
EM_JS(int, js_text_input_focused, (), {
  const input = document.getElementById("text-agent");
  return input && document.activeElement === input ? 1 : 0;
});
EM_JS(void, js_listen_for_page_events, (), {
  window.addEventListener("hashchange", () => Module._app_hash_changed());
  const input = document.getElementById("text-agent");
  if (!input) return;
  // Each change of the hidden field is handed over as text and the field emptied, so the
  // app's own text field stays the one place that holds what was typed.
  input.addEventListener("input", () => {
    const text = input.value;
    input.value = "";
    if (!text) return;
    const p = newCString(text);
    Module._app_text_input(p);
    _free(p);
  });
});
// clang-format on

namespace platform::browser {

namespace {
std::string take(char* s) {
    if (!s) return {};
    std::string out(s);
    std::free(s);
    return out;
}
}  // namespace

double devicePixelRatio() { return js_device_pixel_ratio(); }
double innerWidth() { return js_inner_width(); }
double innerHeight() { return js_inner_height(); }
std::string preferredLanguage() { return take(js_language()); }
double nowMs() { return js_now(); }

bool storageUsable() { return js_storage_usable() != 0; }
std::optional<std::string> storageGet(const std::string& key) {
    char* v = js_storage_get(key.c_str());
    if (!v) return std::nullopt;
    return take(v);
}
StorageWrite storageSet(const std::string& key, const std::string& value) {
    switch (js_storage_set(key.c_str(), value.c_str())) {
        case 0: return StorageWrite::Ok;
        case 1: return StorageWrite::Full;
        default: return StorageWrite::Unavailable;
    }
}
void storageRemove(const std::string& key) { js_storage_remove(key.c_str()); }

std::string locationHash() { return take(js_location_hash()); }
std::string pageUrl() { return take(js_page_url()); }
void replaceHash(const std::string& fragment) { js_replace_hash(fragment.c_str()); }

void copyText(const std::string& text) { js_copy_text(text.c_str()); }
bool canShare() { return js_can_share() != 0; }
void share(const std::string& title, const std::string& url) { js_share(title.c_str(), url.c_str()); }

void applyUpdate() { js_apply_update(); }
bool updateReady() { return js_update_ready() != 0; }
StorageEstimate storageEstimate() {
    double persisted = js_storage_info(0);
    return {persisted >= 0, persisted > 0, js_storage_info(1), js_storage_info(2)};
}

void setCursor(const char* cssCursor) { js_set_cursor(cssCursor); }

void publishUi(int frame, const char* screen, const std::string& itemsJson, const std::string& viewJson) {
    js_publish_ui(frame, screen, itemsJson.c_str(), viewJson.c_str());
}
void markReady() { js_mark_ready(); }
void showTextInput(bool shown) { js_show_text_input(shown ? 1 : 0); }
bool textInputFocused() { return js_text_input_focused() != 0; }
void listenForPageEvents() { js_listen_for_page_events(); }

}  // namespace platform::browser
