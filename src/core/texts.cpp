#include "texts.hpp"

#include "json_archive.hpp"
#include <cereal/types/string.hpp>

namespace core {

namespace {
// A JSON object of string -> string, read name by name (cereal's own std::map format is
// an array of key/value pairs, which is awkward to write by hand).
struct FlatObject {
    std::map<std::string, std::string>* out;
    template <class Archive>
    void load(Archive& ar) {
        while (const char* name = ar.getNodeName()) {
            std::string key = name, value;
            ar(value);
            (*out)[key] = std::move(value);
        }
    }
};
}  // namespace

Texts Texts::parse(const std::string& json) {
    Texts t;
    FlatObject flat{&t.texts_};
    loadJson(json, [&](auto& ar) {
        ar(cereal::make_nvp("language", t.language_), cereal::make_nvp("name", t.name_),
           cereal::make_nvp("texts", flat));
    });
    if (t.language_.empty()) throw DataError("texts: missing language");
    return t;
}

const std::string& Texts::get(const std::string& key) const {
    auto it = texts_.find(key);
    if (it != texts_.end()) return it->second;
    auto m = missing_.find(key);
    if (m == missing_.end()) m = missing_.emplace(key, "[" + key + "]").first;
    return m->second;
}

std::string format(const std::string& text, const std::vector<std::pair<std::string, std::string>>& values) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        bool replaced = false;
        if (text[i] == '{') {
            for (const auto& [name, value] : values) {
                if (text.compare(i + 1, name.size(), name) == 0 && i + 1 + name.size() < text.size() &&
                    text[i + 1 + name.size()] == '}') {
                    out += value;
                    i += name.size() + 2;
                    replaced = true;
                    break;
                }
            }
        }
        if (!replaced) out += text[i++];
    }
    return out;
}

}  // namespace core
