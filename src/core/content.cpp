#include "content.hpp"

#include "data_error.hpp"
#include "embedded_assets.hpp"

namespace core {

static std::string asset(const std::string& path) {
    std::string_view bytes = embeddedAsset(path);
    if (bytes.empty()) throw DataError("missing asset " + path);
    return std::string(bytes);
}

Content loadEmbeddedContent() {
    Content c;
    c.instrument = parseInstrument(asset("instrument.json"));
    c.languages.push_back(Texts::parse(asset("text/fi.json")));
    c.languages.push_back(Texts::parse(asset("text/en.json")));
    return c;
}

bool loadEmbeddedContent(Content& out, std::string& error) {
    try {
        out = loadEmbeddedContent();
        return true;
    } catch (const DataError& e) {
        error = e.what();
        return false;
    }
}

const Texts& Content::texts(const std::string& language) const {
    for (const Texts& t : languages)
        if (t.language() == language) return t;
    for (const Texts& t : languages)
        if (t.language() == "en") return t;
    return languages.front();
}

bool Content::hasLanguage(const std::string& language) const {
    for (const Texts& t : languages)
        if (t.language() == language) return true;
    return false;
}

std::string languageFromBrowser(const std::string& navigatorLanguage) {
    // "fi", "fi-FI", "FI" → Finnish; Swedish-speaking Finns ("sv-FI") get English for now.
    if (navigatorLanguage.size() >= 2 && (navigatorLanguage[0] | 0x20) == 'f' && (navigatorLanguage[1] | 0x20) == 'i' &&
        (navigatorLanguage.size() == 2 || navigatorLanguage[2] == '-' || navigatorLanguage[2] == '_'))
        return "fi";
    return "en";
}

}  // namespace core
