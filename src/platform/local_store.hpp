// core::KeyValueStore over the browser's localStorage; falls back to memory when the
// browser refuses storage, so the quiz still works (and says that nothing is kept).
#pragma once
#include "core/key_value_store.hpp"

namespace platform {

class LocalStore : public core::KeyValueStore {
public:
    LocalStore();
    bool persistent() const override { return usable_; }
    std::optional<std::string> get(const std::string& key) const override;
    core::WriteResult set(const std::string& key, const std::string& value) override;
    void remove(const std::string& key) override;

private:
    bool usable_;
    core::MemoryStore memory_;  // used when localStorage is unusable
};

}  // namespace platform
