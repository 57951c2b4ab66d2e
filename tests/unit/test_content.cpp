// The content test: reads the shipped questionnaire (assets/instrument.json) and texts
// (assets/text/en.json, fi.json) and fails on any breach of the blueprint's structural rules
// (shared/design/instrument.md, assets/README.md). Each rule is a small checker that
// returns the problems it finds; every checker is also run on a deliberately broken copy
// of the content, so a checker that could never fail would be noticed.
//
// Whether each text fits on a 390 px phone screen is measured with the app's real font in
// tests/ui/test_text_fit.cpp (this binary has no ImGui).
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/content.hpp"
#include "core/data_error.hpp"
#include "core/instrument.hpp"
#include "core/texts.hpp"

using namespace core;

namespace {

using TextMap = std::map<std::string, std::string>;
using Problems = std::vector<std::string>;

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), "cannot open " << path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

struct Shipped {
    Instrument instrument;
    Texts en, fi;
};

const Shipped& shipped() {
    static const Shipped s = [] {
        Shipped out{parseInstrument(readFile(ASSETS_DIR "/instrument.json")),
                    Texts::parse(readFile(ASSETS_DIR "/text/en.json")),
                    Texts::parse(readFile(ASSETS_DIR "/text/fi.json"))};
        return out;
    }();
    return s;
}

std::size_t codePoints(const std::string& s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

std::size_t words(const std::string& s) {
    std::istringstream in(s);
    std::size_t n = 0;
    for (std::string w; in >> w;) ++n;
    return n;
}

// {name} placeholders of a text (names of letters, digits and underscores).
std::set<std::string> placeholders(const std::string& text) {
    std::set<std::string> out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '{') continue;
        std::size_t j = i + 1;
        while (j < text.size() && (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '_')) ++j;
        if (j > i + 1 && j < text.size() && text[j] == '}') out.insert(text.substr(i + 1, j - i - 1));
    }
    return out;
}

std::string join(const std::set<std::string>& s) {
    std::string out;
    for (const auto& x : s) out += (out.empty() ? "" : ",") + x;
    return "{" + out + "}";
}

// ---- the rules ------------------------------------------------------------------------

Problems duplicateIds(const Instrument& in) {
    Problems p;
    std::set<std::string> seen;
    for (const ItemDef& i : in.items)
        if (!seen.insert(i.id).second) p.push_back("duplicate item id " + i.id);
    std::set<std::string> facets;
    for (const FacetDef& f : in.facets)
        if (!facets.insert(f.id).second) p.push_back("duplicate facet id " + f.id);
    return p;
}

// Every facet has exactly four items, all of the facet's own scale; every scored item has
// a facet.
Problems facetsOfFour(const Instrument& in) {
    Problems p;
    for (const FacetDef& f : in.facets) {
        int n = 0;
        for (const ItemDef& i : in.items) {
            if (i.facet != f.id) continue;
            ++n;
            if (i.scale != f.scale) p.push_back("item " + i.id + " is in facet " + f.id + " but scale " + i.scale);
        }
        if (n != 4) p.push_back("facet " + f.id + " has " + std::to_string(n) + " items, not 4");
    }
    for (const ItemDef& i : in.items)
        if (!i.tooGood && i.facet.empty()) p.push_back("scored item " + i.id + " has no facet");
    return p;
}

// 25-40% of each scored scale's items are reverse-keyed.
Problems reverseKeyingShare(const Instrument& in) {
    Problems p;
    if (in.scales.empty()) p.push_back("no scales");
    for (const ScaleDef& s : in.scales) {
        int total = 0, reversed = 0;
        for (const ItemDef& i : in.items)
            if (i.scale == s.id && !i.tooGood) {
                ++total;
                reversed += i.reversed ? 1 : 0;
            }
        // 25% <= reversed / total <= 40%, in whole numbers: 4 * reversed >= total, 5 * reversed <= 2 * total.
        if (total == 0 || 4 * reversed < total || 5 * reversed > 2 * total)
            p.push_back("scale " + s.id + ": " + std::to_string(reversed) + " of " + std::to_string(total) +
                        " items reverse-keyed, outside 25-40%");
    }
    return p;
}

// An opposite names an existing item that names this one back, in the same facet, keyed
// the other way.
Problems oppositePairs(const Instrument& in) {
    Problems p;
    auto find = [&](const std::string& id) -> const ItemDef* {
        for (const ItemDef& i : in.items)
            if (i.id == id) return &i;
        return nullptr;
    };
    for (const ItemDef& i : in.items) {
        if (i.opposite.empty()) continue;
        const ItemDef* o = find(i.opposite);
        if (!o) { p.push_back(i.id + " names missing opposite " + i.opposite); continue; }
        if (o == &i) { p.push_back(i.id + " is its own opposite"); continue; }
        if (o->opposite != i.id) p.push_back(i.id + " -> " + o->id + " does not point back (" + o->opposite + ")");
        if (o->facet != i.facet) p.push_back(i.id + " and " + o->id + " are in different facets");
        if (o->reversed == i.reversed) p.push_back(i.id + " and " + o->id + " are keyed the same way");
    }
    return p;
}

// Exactly two "too good to be true" items; they are quality checks, never scored.
Problems tooGoodItems(const Instrument& in) {
    Problems p;
    int n = 0;
    for (const ItemDef& i : in.items) {
        if (!i.tooGood) continue;
        ++n;
        if (i.scale != "quality") p.push_back("too-good item " + i.id + " is on scale " + i.scale);
        if (i.reversed || !i.opposite.empty()) p.push_back("too-good item " + i.id + " is keyed or paired");
    }
    if (n != 2) p.push_back(std::to_string(n) + " too-good items, not 2");
    return p;
}

// Every item, answer point, scale and facet has its texts, and none is empty.
Problems requiredTexts(const Instrument& in, const TextMap& t, const std::string& lang) {
    Problems p;
    auto need = [&](const std::string& key) {
        auto it = t.find(key);
        if (it == t.end()) p.push_back(lang + ": missing " + key);
        else if (it->second.empty()) p.push_back(lang + ": empty " + key);
    };
    for (const ItemDef& i : in.items) need("item." + i.id);
    for (int v = 1; v <= 7; ++v) need("answer." + std::to_string(v));
    for (const ScaleDef& s : in.scales)
        for (const char* part : {"name", "means", "high", "mid", "low"}) need("scale." + s.id + "." + part);
    for (const FacetDef& f : in.facets)
        for (const char* part : {"name", "short", "strength", "low", "advice1", "advice2"})
            need("facet." + f.id + "." + part);
    for (const char* key : {"app.title", "welcome.title", "welcome.start", "welcome.resume", "welcome.restart",
                            "welcome.lastResult", "question.frame", "question.progress", "nav.back", "nav.next",
                            "nav.finish", "nav.home", "results.title", "results.retake", "lang.other",
                            "notice.unreadable", "notice.storageUnavailable", "notice.storageFull",
                            "notice.dismiss"})
        need(key);
    for (const auto& [key, text] : t)
        if (text.empty()) p.push_back(lang + ": empty " + key);
    return p;
}

// The two languages have the same keys, and each key the same {placeholders}.
Problems sameKeysAndPlaceholders(const TextMap& a, const std::string& la, const TextMap& b, const std::string& lb) {
    Problems p;
    for (const auto& [key, text] : a) {
        auto it = b.find(key);
        if (it == b.end()) { p.push_back(key + " is in " + la + " but not in " + lb); continue; }
        auto pa = placeholders(text), pb = placeholders(it->second);
        if (pa != pb) p.push_back(key + ": placeholders " + join(pa) + " in " + la + ", " + join(pb) + " in " + lb);
    }
    for (const auto& [key, text] : b)
        if (!a.count(key)) p.push_back(key + " is in " + lb + " but not in " + la);
    return p;
}

// assets/README.md: statements at most 110 characters in either language, Finnish at most
// 12 words.
Problems itemLength(const Instrument& in, const TextMap& t, const std::string& lang, std::size_t maxWords) {
    Problems p;
    for (const ItemDef& i : in.items) {
        auto it = t.find("item." + i.id);
        if (it == t.end()) continue;  // reported by requiredTexts
        if (codePoints(it->second) > 110)
            p.push_back(lang + ": item." + i.id + " has " + std::to_string(codePoints(it->second)) + " characters");
        if (words(it->second) > maxWords)
            p.push_back(lang + ": item." + i.id + " has " + std::to_string(words(it->second)) + " words");
    }
    return p;
}

// The keys of the "texts" object in the order written, duplicates included (a JSON reader
// keeps only one of two equal keys, so a duplicate silently loses a text).
std::vector<std::string> rawTextKeys(const std::string& json) {
    std::vector<std::string> keys;
    std::size_t i = json.find("\"texts\"");
    REQUIRE(i != std::string::npos);
    i = json.find('{', i);
    REQUIRE(i != std::string::npos);
    ++i;
    auto skipSpace = [&] {
        while (i < json.size() && std::isspace(static_cast<unsigned char>(json[i]))) ++i;
    };
    auto readString = [&]() -> std::string {
        REQUIRE(i < json.size());
        REQUIRE(json[i] == '"');
        std::string out;
        for (++i; i < json.size() && json[i] != '"'; ++i) {
            if (json[i] == '\\') out += json[i++];
            out += json[i];
        }
        ++i;
        return out;
    };
    for (;;) {
        skipSpace();
        if (i >= json.size() || json[i] == '}') break;
        keys.push_back(readString());
        skipSpace();
        REQUIRE(json[i] == ':');
        ++i;
        skipSpace();
        readString();
        skipSpace();
        if (json[i] == ',') ++i;
    }
    return keys;
}

Problems duplicateTextKeys(const std::string& json, const std::string& lang) {
    Problems p;
    std::set<std::string> seen;
    for (const std::string& key : rawTextKeys(json))
        if (!seen.insert(key).second) p.push_back(lang + ": key " + key + " appears twice");
    return p;
}

Problems allProblems(const Instrument& in, const TextMap& en, const TextMap& fi) {
    Problems all;
    for (Problems p : {duplicateIds(in), facetsOfFour(in), reverseKeyingShare(in), oppositePairs(in),
                       tooGoodItems(in), requiredTexts(in, en, "en"), requiredTexts(in, fi, "fi"),
                       sameKeysAndPlaceholders(en, "en", fi, "fi"), itemLength(in, en, "en", 1000),
                       itemLength(in, fi, "fi", 12)})
        all.insert(all.end(), p.begin(), p.end());
    return all;
}

std::string list(const Problems& p) {
    std::string out;
    for (const auto& s : p) out += "\n  " + s;
    return out;
}

ItemDef& item(Instrument& in, const std::string& id) {
    for (ItemDef& i : in.items)
        if (i.id == id) return i;
    FAIL("no item " << id);
    return in.items.front();
}

bool mentions(const Problems& p, const std::string& what) {
    return std::any_of(p.begin(), p.end(), [&](const std::string& s) { return s.find(what) != std::string::npos; });
}

}  // namespace

TEST_SUITE("content") {

TEST_CASE("the shipped files parse, as files and as the copy compiled into the program") {
    const Shipped& s = shipped();
    CHECK(s.instrument.id == "seller-hc");
    CHECK(s.instrument.version >= 1);
    CHECK(s.instrument.items.size() == 42);
    CHECK(s.en.language() == "en");
    CHECK(s.fi.language() == "fi");
    CHECK_FALSE(s.en.name().empty());
    CHECK_FALSE(s.fi.name().empty());

    // The embedded copy is the same content (a stale embed would test old texts).
    const Content c = loadEmbeddedContent();
    REQUIRE(c.instrument.items.size() == s.instrument.items.size());
    for (std::size_t i = 0; i < c.instrument.items.size(); ++i) {
        const ItemDef &a = c.instrument.items[i], &b = s.instrument.items[i];
        CHECK(a.id == b.id);
        CHECK(a.scale == b.scale);
        CHECK(a.facet == b.facet);
        CHECK(a.reversed == b.reversed);
        CHECK(a.opposite == b.opposite);
        CHECK(a.tooGood == b.tooGood);
    }
    CHECK(c.hasLanguage("en"));
    CHECK(c.hasLanguage("fi"));
    CHECK(c.texts("en").all() == s.en.all());
    CHECK(c.texts("fi").all() == s.fi.all());
}

TEST_CASE("the shipped content breaks none of the rules") {
    const Shipped& s = shipped();
    const Problems p = allProblems(s.instrument, s.en.all(), s.fi.all());
    CHECK_MESSAGE(p.empty(), "content problems:" << list(p));
}

TEST_CASE("no text key appears twice in a language file") {
    for (const char* lang : {"en", "fi"}) {
        const std::string raw = readFile(std::string(ASSETS_DIR "/text/") + lang + ".json");
        const Problems p = duplicateTextKeys(raw, lang);
        CHECK_MESSAGE(p.empty(), "duplicate keys:" << list(p));
        // Every key was seen by the scan: as many as the parsed texts hold.
        const Texts& t = std::string(lang) == "en" ? shipped().en : shipped().fi;
        CHECK(rawTextKeys(raw).size() == t.all().size());
    }
}

TEST_CASE("checker: a text key written twice") {
    const std::string json = R"({"language": "en", "name": "English", "texts": {
        "a": "x", "b": "say \"a\": no", "a": "y"}})";
    CHECK(rawTextKeys(json) == std::vector<std::string>{"a", "b", "a"});
    CHECK(mentions(duplicateTextKeys(json, "en"), "en: key a appears twice"));
    CHECK(Texts::parse(json).all().size() == 2);  // what a reader makes of it: one text lost
}

TEST_CASE("the shipped instrument has the blueprint's shape") {
    const Instrument& in = shipped().instrument;
    // Hand-counted from the blueprint: 2 scales x 5 facets x 4 items + 2 quality items.
    CHECK(in.scales.size() == 2);
    CHECK(in.facets.size() == 10);
    CHECK(in.itemsOfScale("helpfulness").size() == 20);
    CHECK(in.itemsOfScale("coachability").size() == 20);
    CHECK(in.itemsOfScale("quality").size() == 2);
    int pairs = 0;
    for (const ItemDef& i : in.items) pairs += i.opposite.empty() ? 0 : 1;
    CHECK(pairs == 12);  // six pairs, each named from both ends
}

// ---- each checker catches what it is for ------------------------------------------------

TEST_CASE("checker: a missing item text in either language") {
    const Shipped& s = shipped();
    TextMap en = s.en.all(), fi = s.fi.all();
    en.erase("item.need1");
    CHECK(mentions(requiredTexts(s.instrument, en, "en"), "en: missing item.need1"));
    fi["item.good2"] = "";
    CHECK(mentions(requiredTexts(s.instrument, fi, "fi"), "fi: empty item.good2"));
    // An item added to the instrument without texts.
    Instrument in = s.instrument;
    ItemDef extra = in.items.front();
    extra.id = "need5";
    extra.opposite = "";
    in.items.push_back(extra);
    CHECK(mentions(requiredTexts(in, s.en.all(), "en"), "missing item.need5"));
    CHECK(mentions(requiredTexts(in, s.fi.all(), "fi"), "missing item.need5"));
}

TEST_CASE("checker: a facet without exactly four items") {
    Instrument in = shipped().instrument;
    item(in, "need2").facet = "listening";  // need: 3, listening: 5
    Problems p = facetsOfFour(in);
    CHECK(mentions(p, "facet need has 3 items"));
    CHECK(mentions(p, "facet listening has 5 items"));
    in = shipped().instrument;
    item(in, "openness3").scale = "helpfulness";
    CHECK(mentions(facetsOfFour(in), "item openness3 is in facet openness but scale helpfulness"));
}

TEST_CASE("checker: reverse keying outside 25-40% per scale") {
    Instrument in = shipped().instrument;
    // Helpfulness has 6 of 20 reversed (30%). 9 of 20 = 45%: too many.
    for (const char* id : {"need2", "service1", "humility1"}) item(in, id).reversed = true;
    CHECK(mentions(reverseKeyingShare(in), "scale helpfulness: 9 of 20"));
    CHECK_FALSE(mentions(reverseKeyingShare(in), "coachability"));
    // 8 of 20 = 40% is still allowed; 5 of 20 = 25% is too.
    in = shipped().instrument;
    for (const char* id : {"need2", "service1"}) item(in, id).reversed = true;
    CHECK(reverseKeyingShare(in).empty());
    in = shipped().instrument;
    item(in, "service3").reversed = false;
    CHECK(reverseKeyingShare(in).empty());
    // 4 of 20 = 20%: too few.
    item(in, "humility3").reversed = false;
    CHECK(mentions(reverseKeyingShare(in), "scale helpfulness: 4 of 20"));
}

TEST_CASE("checker: duplicate item ids") {
    Instrument in = shipped().instrument;
    in.items.push_back(in.items[5]);
    CHECK(mentions(duplicateIds(in), "duplicate item id effort1"));
    // parseInstrument refuses them too.
    CHECK_THROWS_AS(parseInstrument(R"({"instrument": {"id": "x", "version": 1, "scales": [{"id": "s"}],
        "facets": [{"id": "f", "scale": "s"}],
        "items": [{"id": "a", "scale": "s", "facet": "f", "reversed": false, "opposite": "", "tooGood": false},
                  {"id": "a", "scale": "s", "facet": "f", "reversed": true, "opposite": "", "tooGood": false}]}})"),
                    DataError);
}

TEST_CASE("checker: an opposite pair pointing at a missing item or not pointing back") {
    Instrument in = shipped().instrument;
    item(in, "need1").opposite = "need9";
    CHECK(mentions(oppositePairs(in), "need1 names missing opposite need9"));
    // need3 still names need1, but need1 no longer names need3.
    CHECK(mentions(oppositePairs(in), "need3 -> need1 does not point back"));

    in = shipped().instrument;
    item(in, "need1").opposite = "need2";  // need2 names nobody
    CHECK(mentions(oppositePairs(in), "need1 -> need2 does not point back"));

    in = shipped().instrument;
    item(in, "growth2").reversed = false;
    CHECK(mentions(oppositePairs(in), "keyed the same way"));
}

TEST_CASE("checker: not exactly two too-good items") {
    Instrument in = shipped().instrument;
    item(in, "good2").tooGood = false;
    CHECK(mentions(tooGoodItems(in), "1 too-good items, not 2"));
    in = shipped().instrument;
    item(in, "humility4").tooGood = true;
    CHECK(mentions(tooGoodItems(in), "3 too-good items, not 2"));
}

TEST_CASE("checker: different key sets or placeholders between the languages") {
    const Shipped& s = shipped();
    TextMap en = s.en.all(), fi = s.fi.all();
    fi.erase("nav.next");
    en["only.english"] = "x";
    Problems p = sameKeysAndPlaceholders(en, "en", fi, "fi");
    CHECK(mentions(p, "nav.next is in en but not in fi"));
    CHECK(mentions(p, "only.english is in en but not in fi"));

    en = s.en.all();
    fi = s.fi.all();
    fi["question.progress"] = "Väittämä {n} / {kaikki}";
    CHECK(mentions(sameKeysAndPlaceholders(en, "en", fi, "fi"), "question.progress: placeholders {n,total} in en, "
                                                                  "{kaikki,n} in fi"));
    fi = s.fi.all();
    fi["results.interval"] = "90 %:n vaihteluväli {low}";
    CHECK(mentions(sameKeysAndPlaceholders(en, "en", fi, "fi"), "results.interval"));
}

TEST_CASE("checker: a statement longer than the writing rules allow") {
    const Shipped& s = shipped();
    TextMap fi = s.fi.all();
    fi["item.need1"] = "yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän kymmenen yksitoista kaksitoista "
                       "kolmetoista";
    CHECK(mentions(itemLength(s.instrument, fi, "fi", 12), "fi: item.need1 has 13 words"));
    TextMap en = s.en.all();
    en["item.need1"] = std::string(111, 'a');
    CHECK(mentions(itemLength(s.instrument, en, "en", 1000), "en: item.need1 has 111 characters"));
    en["item.need1"] = std::string(110, 'a');
    CHECK(itemLength(s.instrument, en, "en", 1000).empty());
    // Characters, not bytes: 110 letters "ä" (220 bytes) are still 110 characters.
    std::string umlauts;
    for (int i = 0; i < 110; ++i) umlauts += "\xC3\xA4";
    fi = s.fi.all();
    fi["item.need1"] = umlauts;
    CHECK(itemLength(s.instrument, fi, "fi", 12).empty());
}

TEST_CASE("placeholders are found as the app's format() would replace them") {
    CHECK(placeholders("Statement {n} of {total}") == std::set<std::string>{"n", "total"});
    CHECK(placeholders("{a}{b} {a}") == std::set<std::string>{"a", "b"});
    CHECK(placeholders("{ n } {} {n") == std::set<std::string>{});
}

}  // TEST_SUITE
