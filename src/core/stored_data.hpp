// The documents kept in storage, one per concern, each a versioned cereal type:
//   sellerquiz.settings   Settings
//   sellerquiz.attempt    the Attempt in progress
//   sellerquiz.results    History (finished attempts, raw answers kept for re-scoring)
// Unreadable data is never overwritten: it is moved aside under "<key>.unreadable.<ms>".
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>
#include "attempt.hpp"
#include "key_value_store.hpp"

namespace core {

constexpr std::uint32_t kSettingsVersion = 1;
constexpr std::uint32_t kHistoryVersion = 1;

struct Settings {
    std::string language;  // "" = follow the browser; "fi" / "en" once the person chose

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        if constexpr (Archive::is_loading::value) refuseUnknownVersion("settings", version, kSettingsVersion);
        ar(cereal::make_nvp("language", language));
    }
};

struct History {
    std::vector<Attempt> attempts;  // oldest first

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        if constexpr (Archive::is_loading::value) refuseUnknownVersion("results", version, kHistoryVersion);
        ar(cereal::make_nvp("attempts", attempts));
    }
};

namespace keys {
inline const std::string settings = "sellerquiz.settings";
inline const std::string attempt = "sellerquiz.attempt";
inline const std::string results = "sellerquiz.results";
}  // namespace keys

enum class LoadStatus {
    Missing,     // nothing stored yet
    Loaded,
    KeptAside,   // could not be read; the raw text was moved to another key
    Unreadable,  // could not be read, and not moved either (storage full): left untouched
};

struct LoadOutcome {
    LoadStatus status = LoadStatus::Missing;
    std::string asideKey;  // where the unreadable text now is (KeptAside)
};

// Serialisation of each document (the JSON text is what goes into localStorage).
std::string toJson(const Settings&);
std::string toJson(const Attempt&);
std::string toJson(const History&);
// Throw DataError on anything unreadable, including a version newer than this build knows.
void fromJson(const std::string& json, Settings&);
void fromJson(const std::string& json, Attempt&);
void fromJson(const std::string& json, History&);

// Reads `key` into `out` with the document's fromJson. On failure `out` is left default and
// the raw text is moved aside to "<key>.unreadable.<nowMs>"; if even that cannot be written
// (storage full), the text stays where it is and the status is Unreadable: the caller must
// then never write to `key`. Defined in load_document.hpp, for core's own sources.
template <class T>
LoadOutcome loadDocument(KeyValueStore& store, const std::string& key, T& out, std::int64_t nowMs);

}  // namespace core

CEREAL_CLASS_VERSION(core::Settings, core::kSettingsVersion)
CEREAL_CLASS_VERSION(core::History, core::kHistoryVersion)
