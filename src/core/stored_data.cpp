#include "stored_data.hpp"

#include "json_archive.hpp"
#include "load_document.hpp"

namespace core {

namespace {
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

}  // namespace

std::string toJson(const Settings& s) { return save(s); }
std::string toJson(const Attempt& a) { return save(a); }
std::string toJson(const History& h) { return save(h); }

// Each type refuses a version newer than this build inside its serialize (versioning.hpp).
void fromJson(const std::string& json, Settings& s) { load(json, s); }
void fromJson(const std::string& json, Attempt& a) { load(json, a); }
void fromJson(const std::string& json, History& h) { load(json, h); }

template LoadOutcome loadDocument<Settings>(KeyValueStore&, const std::string&, Settings&, std::int64_t);
template LoadOutcome loadDocument<Attempt>(KeyValueStore&, const std::string&, Attempt&, std::int64_t);
template LoadOutcome loadDocument<History>(KeyValueStore&, const std::string&, History&, std::int64_t);

}  // namespace core
