// The questionnaire's structure: scales, facets, items, keying and quality-check pairs.
// Language-neutral: every text a person reads lives in assets/text/<lang>.json (see texts.hpp).
#pragma once
#include <string>
#include <vector>

namespace core {

struct ItemDef {
    std::string id;          // stable id, e.g. "need1"; texts use the key "item.<id>"
    std::string scale;       // "helpfulness" | "coachability" | "quality" (quality-only items)
    std::string facet;       // facet id within the scale; "" for quality-only items
    bool reversed = false;   // reverse-keyed by opposite content: scored as 8 - answer
    std::string opposite;    // id of the item this one states the opposite of ("" if none)
    bool tooGood = false;    // "too good to be true" social-desirability item (not scored)
};

struct FacetDef {
    std::string id;          // texts: "facet.<id>.name", "facet.<id>.low", ...
    std::string scale;
};

struct ScaleDef {
    std::string id;          // texts: "scale.<id>.name", ...
};

struct Instrument {
    std::string id;          // "seller-hc"
    int version = 0;
    std::vector<ScaleDef> scales;
    std::vector<FacetDef> facets;
    std::vector<ItemDef> items;   // in presentation order

    int indexOf(const std::string& itemId) const;   // -1 when absent
    std::vector<int> itemsOfScale(const std::string& scale) const;
    std::vector<int> itemsOfFacet(const std::string& facet) const;
};

// Parses assets/instrument.json. Throws core::DataError with a plain message on bad input.
Instrument parseInstrument(const std::string& json);

}  // namespace core
