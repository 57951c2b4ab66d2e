// The shipped content: the instrument and the texts of every language, read from the
// assets compiled into the program (assets/instrument.json, assets/text/<lang>.json).
#pragma once
#include <string>
#include <vector>
#include "instrument.hpp"
#include "texts.hpp"

namespace core {

struct Content {
    Instrument instrument;
    std::vector<Texts> languages;  // "fi" and "en"

    const Texts& texts(const std::string& language) const;  // falls back to English
    bool hasLanguage(const std::string& language) const;
};

// Throws DataError if a shipped asset is missing or malformed (a build defect).
Content loadEmbeddedContent();
// As loadEmbeddedContent, but reports the defect in `error` and returns false.
bool loadEmbeddedContent(Content& out, std::string& error);

// "fi" when the browser's preferred language is Finnish, otherwise "en".
std::string languageFromBrowser(const std::string& navigatorLanguage);

}  // namespace core
