// The storage the app writes to: localStorage in the browser (src/platform), a map in
// tests and whenever the browser refuses to store anything.
#pragma once
#include <map>
#include <optional>
#include <string>

namespace core {

enum class WriteResult { Ok, Full, Unavailable };

class KeyValueStore {
public:
    virtual ~KeyValueStore() = default;
    virtual bool persistent() const = 0;  // false: data is lost when the page closes
    virtual std::optional<std::string> get(const std::string& key) const = 0;
    virtual WriteResult set(const std::string& key, const std::string& value) = 0;
    virtual void remove(const std::string& key) = 0;
};

// In-memory store. `capacity` (bytes over all values) lets tests act out a full storage.
class MemoryStore : public KeyValueStore {
public:
    explicit MemoryStore(bool persistent = true, std::size_t capacity = SIZE_MAX)
        : persistent_(persistent), capacity_(capacity) {}
    bool persistent() const override { return persistent_; }
    std::optional<std::string> get(const std::string& key) const override {
        auto it = values_.find(key);
        if (it == values_.end()) return std::nullopt;
        return it->second;
    }
    WriteResult set(const std::string& key, const std::string& value) override {
        std::size_t used = 0;
        for (const auto& [k, v] : values_)
            if (k != key) used += k.size() + v.size();
        if (used + key.size() + value.size() > capacity_) return WriteResult::Full;
        values_[key] = value;
        return WriteResult::Ok;
    }
    void remove(const std::string& key) override { values_.erase(key); }
    const std::map<std::string, std::string>& values() const { return values_; }

private:
    bool persistent_;
    std::size_t capacity_;
    std::map<std::string, std::string> values_;
};

}  // namespace core
