// The body of loadDocument (declared in stored_data.hpp), included by the core sources
// that load a stored document. Kept out of the public header because it catches
// exceptions, and the screens that include the header are built without them.
#pragma once
#include "data_error.hpp"
#include "stored_data.hpp"

namespace core {

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

}  // namespace core
