// Every text a person reads, per language, from assets/text/<lang>.json.
#pragma once
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace core {

class Texts {
public:
    // Parses {"language": "fi", "name": "Suomi", "texts": {"key": "text", ...}}.
    // Throws DataError on malformed input.
    static Texts parse(const std::string& json);

    const std::string& language() const { return language_; }
    const std::string& name() const { return name_; }
    bool has(const std::string& key) const { return texts_.count(key) != 0; }
    // The text for `key`; a missing key shows as "[key]" so it is noticed, never crashes.
    const std::string& get(const std::string& key) const;
    const std::map<std::string, std::string>& all() const { return texts_; }

private:
    std::string language_, name_;
    std::map<std::string, std::string> texts_;
    mutable std::map<std::string, std::string> missing_;
};

// Replaces {name} placeholders: format("{n} of {total}", {{"n","3"},{"total","42"}}).
std::string format(const std::string& text, const std::vector<std::pair<std::string, std::string>>& values);

}  // namespace core
