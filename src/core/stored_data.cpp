#include "stored_data.hpp"

#include "json_archive.hpp"

CEREAL_CLASS_VERSION(core::Settings, 1)
CEREAL_CLASS_VERSION(core::History, 1)

namespace core {

namespace {
// The newest version of each stored type this build can read. A document written by a
// newer build (a rollback, or a newer tab) is treated as unreadable and kept aside.
template <class T>
constexpr std::uint32_t knownVersion() { return cereal::detail::Version<T>::version; }

template <class T>
std::string save(const T& doc) {
    return saveJson([&](auto& ar) { ar(cereal::make_nvp("doc", doc)); });
}

template <class T>
void load(const std::string& json, T& doc) {
    T fresh;
    loadJson(json, [&](auto& ar) { ar(cereal::make_nvp("doc", fresh)); });
    doc = std::move(fresh);
}

// cereal writes "cereal_class_version" only the first time a type appears; we check the
// outer document's version by hand because cereal itself would accept any number.
void checkVersion(const std::string& json, std::uint32_t newest) {
    std::uint32_t version = 0;
    loadJson(json, [&](auto& ar) {
        ar.setNextName("doc");
        ar.startNode();
        ar(cereal::make_nvp("cereal_class_version", version));
        ar.finishNode();
    });
    if (version == 0 || version > newest)
        throw DataError("stored document has version " + std::to_string(version));
}
}  // namespace

std::string toJson(const Settings& s) { return save(s); }
std::string toJson(const Attempt& a) { return save(a); }
std::string toJson(const History& h) { return save(h); }

void fromJson(const std::string& json, Settings& s) {
    checkVersion(json, knownVersion<Settings>());
    load(json, s);
}
void fromJson(const std::string& json, Attempt& a) {
    checkVersion(json, knownVersion<Attempt>());
    load(json, a);
}
void fromJson(const std::string& json, History& h) {
    checkVersion(json, knownVersion<History>());
    load(json, h);
}

template <class T>
LoadOutcome loadDocument(KeyValueStore& store, const std::string& key, T& out, std::int64_t nowMs) {
    std::optional<std::string> raw = store.get(key);
    if (!raw) return {LoadStatus::Missing, {}};
    try {
        fromJson(*raw, out);
        return {LoadStatus::Loaded, {}};
    } catch (const DataError&) {
        out = T{};
        std::string aside = key + ".unreadable." + std::to_string(nowMs);
        if (store.set(aside, *raw) != WriteResult::Ok) return {LoadStatus::Unreadable, {}};
        store.remove(key);
        return {LoadStatus::KeptAside, aside};
    }
}

template LoadOutcome loadDocument<Settings>(KeyValueStore&, const std::string&, Settings&, std::int64_t);
template LoadOutcome loadDocument<Attempt>(KeyValueStore&, const std::string&, Attempt&, std::int64_t);
template LoadOutcome loadDocument<History>(KeyValueStore&, const std::string&, History&, std::int64_t);

}  // namespace core
