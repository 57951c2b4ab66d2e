// Every browser API the app uses, wrapped once (the EM_JS bodies are in browser.cpp).
// Web build only: the native twin for tests lives beside the UI tests.
#pragma once
#include <optional>
#include <string>

namespace platform::browser {

// Window and screen
double devicePixelRatio();
double innerWidth();
double innerHeight();
std::string preferredLanguage();  // navigator.language
double nowMs();                   // Date.now()

// localStorage. Each call reports failures instead of throwing into C++.
bool storageUsable();             // false when storage is switched off or blocked
std::optional<std::string> storageGet(const std::string& key);
enum class StorageWrite { Ok, Full, Unavailable };
StorageWrite storageSet(const std::string& key, const std::string& value);
void storageRemove(const std::string& key);

// Address bar
std::string locationHash();       // without '#'
std::string pageUrl();            // origin + path + search, no fragment
void replaceHash(const std::string& fragment);

// Clipboard and share sheet
void copyText(const std::string& text);
bool canShare();
void share(const std::string& title, const std::string& url);

// Service worker update and storage persistence (glue in web/index.html)
void applyUpdate();
bool updateReady();
struct StorageEstimate { bool known; bool persisted; double usage; double quota; };
StorageEstimate storageEstimate();

// The mouse cursor over the canvas: "default", "pointer" or "text".
void setCursor(const char* cssCursor);

// Automation surface: window.__ui and window.__appReady.
void publishUi(int frame, const char* screen, const std::string& itemsJson, const std::string& viewJson);
void markReady();

// Soft keyboard for text fields on phones (a hidden <input> that forwards text).
void showTextInput(bool shown);
bool textInputFocused();

// hashchange and the hidden <input>'s text go to the exported app_* functions.
void listenForPageEvents();

}  // namespace platform::browser
