#include "instrument.hpp"

#include <set>
#include "data_error.hpp"
#include "json_archive.hpp"
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>

namespace core {

template <class Archive>
void serialize(Archive& ar, ScaleDef& s) {
    ar(cereal::make_nvp("id", s.id));
}

template <class Archive>
void serialize(Archive& ar, FacetDef& f) {
    ar(cereal::make_nvp("id", f.id), cereal::make_nvp("scale", f.scale));
}

template <class Archive>
void serialize(Archive& ar, ItemDef& i) {
    ar(cereal::make_nvp("id", i.id), cereal::make_nvp("scale", i.scale),
       cereal::make_nvp("facet", i.facet), cereal::make_nvp("reversed", i.reversed),
       cereal::make_nvp("opposite", i.opposite), cereal::make_nvp("tooGood", i.tooGood));
}

template <class Archive>
void serialize(Archive& ar, Instrument& in) {
    ar(cereal::make_nvp("id", in.id), cereal::make_nvp("version", in.version),
       cereal::make_nvp("scales", in.scales), cereal::make_nvp("facets", in.facets),
       cereal::make_nvp("items", in.items));
}

int Instrument::indexOf(const std::string& itemId) const {
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].id == itemId) return static_cast<int>(i);
    return -1;
}

std::vector<int> Instrument::itemsOfScale(const std::string& scale) const {
    std::vector<int> out;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].scale == scale) out.push_back(static_cast<int>(i));
    return out;
}

std::vector<int> Instrument::itemsOfFacet(const std::string& facet) const {
    std::vector<int> out;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (!facet.empty() && items[i].facet == facet) out.push_back(static_cast<int>(i));
    return out;
}

// Structural rules the scoring code relies on; the content test checks the finer ones.
static void validate(const Instrument& in) {
    if (in.id.empty() || in.version <= 0) throw DataError("instrument: missing id or version");
    std::set<std::string> scales, facets, items;
    for (const auto& s : in.scales) scales.insert(s.id);
    for (const auto& f : in.facets) {
        if (!scales.count(f.scale)) throw DataError("instrument: facet " + f.id + " has unknown scale");
        facets.insert(f.id);
    }
    for (const auto& i : in.items) {
        if (!items.insert(i.id).second) throw DataError("instrument: duplicate item " + i.id);
        if (!i.tooGood && !facets.count(i.facet)) throw DataError("instrument: item " + i.id + " has unknown facet");
    }
}

Instrument parseInstrument(const std::string& json) {
    Instrument in;
    loadJson(json, [&](auto& ar) { ar(cereal::make_nvp("instrument", in)); });
    validate(in);
    return in;
}

}  // namespace core
