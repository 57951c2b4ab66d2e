#include "local_store.hpp"

#include "browser.hpp"

namespace platform {

LocalStore::LocalStore() : usable_(browser::storageUsable()), memory_(false) {}

std::optional<std::string> LocalStore::get(const std::string& key) const {
    return usable_ ? browser::storageGet(key) : memory_.get(key);
}

core::WriteResult LocalStore::set(const std::string& key, const std::string& value) {
    if (!usable_) return memory_.set(key, value);
    switch (browser::storageSet(key, value)) {
        case browser::StorageWrite::Ok: return core::WriteResult::Ok;
        case browser::StorageWrite::Full: return core::WriteResult::Full;
        case browser::StorageWrite::Unavailable: return core::WriteResult::Unavailable;
    }
    return core::WriteResult::Unavailable;
}

void LocalStore::remove(const std::string& key) {
    if (usable_) browser::storageRemove(key);
    else memory_.remove(key);
}

}  // namespace platform
