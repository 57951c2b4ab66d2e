// Stored documents (src/core/stored_data.cpp): round trips, the checked-in version-1
// fixtures (tests/fixtures/, see the README there), and what happens to data that cannot be
// read: it is kept aside unchanged, never overwritten, never a crash.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>

#include "core/content.hpp"
#include "core/data_error.hpp"
#include "core/scoring.hpp"
#include "core/stored_data.hpp"

using namespace core;

namespace {

std::string readFixture(const std::string& name) {
    const std::string path = std::string(FIXTURES_DIR) + "/" + name;
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), "cannot open " << path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// JSON text without the whitespace between tokens (whitespace inside strings is kept), so a
// hand-indented fixture compares equal to what the app writes.
std::string compact(const std::string& json) {
    std::string out;
    bool inString = false, escaped = false;
    for (char c : json) {
        if (inString) {
            out += c;
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') inString = false;
        } else if (c == '"') {
            inString = true;
            out += c;
        } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            out += c;
        }
    }
    return out;
}

Attempt sampleAttempt() {
    Attempt a;
    a.questionnaireId = "seller-hc";
    a.questionnaireVersion = 3;
    a.language = "fi";
    a.team = "Myynti \"Etelä\"\n\\ tiimi";  // quotes, a newline, a backslash, UTF-8
    a.answers = {{"need1", 7, 4294967295u}, {"seeking1", 0, 0}, {"listening2", 1, 1501}};
    a.position = 2;
    a.startedAtMs = 1720100000123;      // above 2^32: needs all 64 bits
    a.finishedAtMs = 9007199254740993;  // above 2^53: would be rounded by a double
    return a;
}

void checkSameAttempt(const Attempt& got, const Attempt& want) {
    CHECK(got.questionnaireId == want.questionnaireId);
    CHECK(got.questionnaireVersion == want.questionnaireVersion);
    CHECK(got.language == want.language);
    CHECK(got.team == want.team);
    CHECK(got.position == want.position);
    CHECK(got.startedAtMs == want.startedAtMs);
    CHECK(got.finishedAtMs == want.finishedAtMs);
    REQUIRE(got.answers.size() == want.answers.size());
    for (std::size_t i = 0; i < got.answers.size(); ++i) {
        CAPTURE(i);
        CHECK(got.answers[i].itemId == want.answers[i].itemId);
        CHECK(got.answers[i].value == want.answers[i].value);
        CHECK(got.answers[i].millis == want.answers[i].millis);
    }
}

// The outer document's version replaced by `version` (the text is otherwise unchanged).
std::string withOuterVersion(const std::string& json, const std::string& version) {
    const std::string needle = "\"cereal_class_version\": 1";
    std::string out = json;
    const std::size_t at = out.find(needle);
    REQUIRE(at != std::string::npos);
    out.replace(at, needle.size(), "\"cereal_class_version\": " + version);
    return out;
}

constexpr std::int64_t kNow = 1720000000123;
const std::string kAsideAttempt = "sellerquiz.attempt.unreadable.1720000000123";

}  // namespace

TEST_SUITE("stored data") {

// ---- round trips ------------------------------------------------------------------------

TEST_CASE("Settings round trip") {
    for (const std::string language : {"", "fi", "en", "sv-FI \"x\""}) {
        Settings s;
        s.language = language;
        Settings back;
        back.language = "something else";
        fromJson(toJson(s), back);
        CHECK(back.language == language);
    }
}

TEST_CASE("Settings are written in the documented layout") {
    Settings s;
    s.language = "fi";
    CHECK(compact(toJson(s)) == R"({"doc":{"cereal_class_version":1,"language":"fi"}})");
}

TEST_CASE("Attempt round trip keeps every field, including extreme numbers and odd text") {
    const Attempt a = sampleAttempt();
    Attempt back;
    fromJson(toJson(a), back);
    checkSameAttempt(back, a);

    Attempt empty;
    Attempt backEmpty = a;  // loading replaces everything, nothing of the old value is left
    fromJson(toJson(empty), backEmpty);
    checkSameAttempt(backEmpty, empty);
    CHECK_FALSE(backEmpty.finished());
}

TEST_CASE("History round trip keeps the attempts in order") {
    History h;
    Attempt a = sampleAttempt();
    Attempt b;
    b.questionnaireId = "seller-hc";
    b.questionnaireVersion = 1;
    b.language = "en";
    b.answers = {{"x", 3, 10}};
    b.finishedAtMs = 5;
    Attempt c;
    c.questionnaireId = "other";
    h.attempts = {a, b, c};

    History back;
    fromJson(toJson(h), back);
    REQUIRE(back.attempts.size() == 3);
    checkSameAttempt(back.attempts[0], a);
    checkSameAttempt(back.attempts[1], b);
    checkSameAttempt(back.attempts[2], c);

    History none;
    History backNone;
    backNone.attempts = {a};
    fromJson(toJson(none), backNone);
    CHECK(backNone.attempts.empty());
}

TEST_CASE("a document of one kind is not read as another") {
    Settings s;
    s.language = "fi";
    Attempt a;
    History h;
    CHECK_THROWS_AS(fromJson(toJson(s), a), DataError);
    CHECK_THROWS_AS(fromJson(toJson(s), h), DataError);
    CHECK_THROWS_AS(fromJson(toJson(sampleAttempt()), h), DataError);
}

TEST_CASE("fromJson rejects malformed and wrongly shaped documents with DataError") {
    const char* bad[] = {
        "",
        "null",
        "[]",
        "{}",
        R"({"doc": {}})",                                                 // no version
        R"({"doc": {"cereal_class_version": 1}})",                        // no fields
        R"({"doc": {"cereal_class_version": 1, "language": 5}})",         // wrong type
        R"({"doc": {"cereal_class_version": "1", "language": "fi"}})",    // version not a number
        R"({"doc": {"cereal_class_version": -1, "language": "fi"}})",     // negative version
        R"({"doc": {"cereal_class_version": 0, "language": "fi"}})",      // version 0
        R"({"doc": ["fi"]})",
        R"({"settings": {"cereal_class_version": 1, "language": "fi"}})", // wrong outer name
        "{\"doc\": {\"cereal_class_version\": 1, \"language\": \"fi\"}}}",  // extra brace
        "\xEF\xBB\xBF\xFF\xFE",                                           // bytes, not JSON
    };
    for (const char* json : bad) {
        CAPTURE(json);
        Settings s;
        CHECK_THROWS_AS(fromJson(json, s), DataError);
    }
    const char* badAttempts[] = {
        R"({"doc": {"cereal_class_version": 1, "questionnaire": "q", "questionnaireVersion": 1, "language": "fi",
            "team": "", "answers": {}, "position": 0, "startedAt": 0, "finishedAt": 0}})",
        R"({"doc": {"cereal_class_version": 1, "questionnaire": "q", "questionnaireVersion": 1, "language": "fi",
            "team": "", "answers": [{"cereal_class_version": 1, "id": "a", "v": "seven", "ms": 0}],
            "position": 0, "startedAt": 0, "finishedAt": 0}})",
        R"({"doc": {"cereal_class_version": 1, "questionnaire": "q", "questionnaireVersion": 1, "language": "fi",
            "team": "", "answers": [{"cereal_class_version": 1, "id": "a", "v": 1, "ms": -5}],
            "position": 0, "startedAt": 0, "finishedAt": 0}})",
        R"({"doc": {"cereal_class_version": 1, "questionnaire": "q", "questionnaireVersion": 1, "language": "fi",
            "team": "", "answers": [], "position": 0, "startedAt": 1.5, "finishedAt": 0}})",
        R"({"doc": {"cereal_class_version": 1, "questionnaire": "q", "questionnaireVersion": 1, "language": "fi",
            "team": "", "answers": [], "position": 0, "startedAt": 0}})",
    };
    for (const char* json : badAttempts) {
        CAPTURE(json);
        Attempt a;
        CHECK_THROWS_AS(fromJson(json, a), DataError);
    }
}

TEST_CASE("fields may come in any order, and unknown fields are ignored") {
    Settings s;
    fromJson(R"({"doc": {"language": "en", "addedLater": [1, 2], "cereal_class_version": 1}})", s);
    CHECK(s.language == "en");
}

// ---- the version-1 fixtures --------------------------------------------------------------

TEST_CASE("fixture settings-v1.json loads") {
    const std::string json = readFixture("settings-v1.json");
    Settings s;
    fromJson(json, s);
    CHECK(s.language == "fi");
    CHECK(compact(toJson(s)) == compact(json));  // the fixture is what this build writes
}

TEST_CASE("fixture attempt-v1.json loads: an attempt in progress") {
    const std::string json = readFixture("attempt-v1.json");
    Attempt a;
    fromJson(json, a);
    CHECK(a.questionnaireId == "seller-hc");
    CHECK(a.questionnaireVersion == 1);
    CHECK(a.language == "fi");
    CHECK(a.team == "Etel\xC3\xA4");
    CHECK(a.position == 17);
    CHECK(a.startedAtMs == 1720100000000);
    CHECK(a.finishedAtMs == 0);
    CHECK_FALSE(a.finished());
    REQUIRE(a.answers.size() == 42);
    // Spot checks, by hand from the file.
    CHECK(a.answers[0].itemId == "need1");
    CHECK(a.answers[0].value == 5);
    CHECK(a.answers[0].millis == 3000);
    CHECK(a.answers[2].itemId == "listening2");
    CHECK(a.answers[2].value == 2);
    CHECK(a.answers[2].millis == 8462);
    CHECK(a.answers[16].itemId == "humility3");
    CHECK(a.answers[16].value == 2);
    CHECK(a.answers[17].itemId == "acting3");
    CHECK(a.answers[17].value == 0);
    CHECK(a.answers[17].millis == 0);
    CHECK(a.answers[41].itemId == "acting4");
    int answered = 0;
    for (const ItemAnswer& x : a.answers) answered += x.value != 0 ? 1 : 0;
    CHECK(answered == 17);
    CHECK(compact(toJson(a)) == compact(json));
}

TEST_CASE("fixture results-v1.json loads and re-scores against the shipped instrument") {
    const std::string json = readFixture("results-v1.json");
    History h;
    fromJson(json, h);
    CHECK(compact(toJson(h)) == compact(json));
    REQUIRE(h.attempts.size() == 2);

    const Attempt& older = h.attempts[0];
    const Attempt& latest = h.attempts[1];
    CHECK(older.language == "fi");
    CHECK(older.team == "");
    CHECK(older.finishedAtMs == 1717400441000);
    CHECK(latest.language == "en");
    CHECK(latest.team == "Etel\xC3\xA4");
    CHECK(latest.startedAtMs == 1719990000000);
    CHECK(latest.finishedAtMs == 1719990467000);
    CHECK(older.finished());
    CHECK(latest.finished());
    for (const Attempt* a : {&older, &latest}) {
        CHECK(a->questionnaireId == "seller-hc");
        CHECK(a->questionnaireVersion == 1);
        CHECK(a->position == 41);
        CHECK(a->answers.size() == 42);
    }
    // Raw answers as written: reversed items carry 8 - x.
    CHECK(latest.answers[0].itemId == "need1");
    CHECK(latest.answers[0].value == 6);
    CHECK(latest.answers[2].itemId == "listening2");  // helpfulness, reversed
    CHECK(latest.answers[2].value == 2);
    CHECK(latest.answers[24].itemId == "growth2");  // coachability, reversed
    CHECK(latest.answers[24].value == 4);
    CHECK(older.answers[24].value == 1);
    CHECK(older.answers[20].itemId == "good1");
    CHECK(older.answers[20].value == 6);
    CHECK(older.answers[34].itemId == "good2");
    CHECK(older.answers[34].value == 5);

    const Content content = loadEmbeddedContent();
    REQUIRE(content.instrument.id == "seller-hc");
    REQUIRE(content.instrument.version == 1);

    // Latest: every helpfulness item scores 6 -> (6 - 1) / 6 * 100 = 83.33; every
    // coachability item 4 -> 50. Interval half-width for 20 items: 1.645 * 12 * sqrt(.2) = 8.83.
    const Result r = score(content.instrument, latest);
    const ScoreSummary* help = r.scale("helpfulness");
    const ScoreSummary* coach = r.scale("coachability");
    REQUIRE(help);
    REQUIRE(coach);
    CHECK(help->scored);
    CHECK(help->answered == 20);
    CHECK(help->total == 20);
    CHECK(help->mean == doctest::Approx(6.0));
    CHECK(help->score == doctest::Approx(83.3333).epsilon(1e-4));
    CHECK(help->low == doctest::Approx(74.50).epsilon(1e-3));
    CHECK(help->high == doctest::Approx(92.16).epsilon(1e-3));
    CHECK(help->band == Band::MostlyAgrees);  // 83 is in 67-83
    CHECK(coach->scored);
    CHECK(coach->mean == doctest::Approx(4.0));
    CHECK(coach->score == doctest::Approx(50.0));
    CHECK(coach->band == Band::Mixed);  // 50 is in 50-66
    for (const char* f : {"need", "listening", "followThrough", "service", "humility"}) {
        CAPTURE(f);
        REQUIRE(r.facet(f));
        CHECK(r.facet(f)->answered == 4);
        CHECK(r.facet(f)->score == doctest::Approx(83.3333).epsilon(1e-4));
    }
    for (const char* f : {"openness", "seeking", "growth", "effort", "acting"}) {
        CAPTURE(f);
        REQUIRE(r.facet(f));
        CHECK(r.facet(f)->score == doctest::Approx(50.0));
    }
    // 74.5-92.2 and 41.2-58.8 both clear 67: helpful, not (yet) coachable.
    CHECK(r.profile == Profile::Pertti);
    CHECK_FALSE(r.flags.any());
    CHECK(r.flags.oppositePairs == 6);
    CHECK(r.flags.inconsistentPairs == 0);

    // Older: helpfulness 5 -> 66.67 (its interval 57.8-75.5 crosses 67), coachability 7 -> 100.
    const Result o = score(content.instrument, older);
    REQUIRE(o.scale("helpfulness"));
    REQUIRE(o.scale("coachability"));
    CHECK(o.scale("helpfulness")->score == doctest::Approx(66.6667).epsilon(1e-4));
    CHECK(o.scale("helpfulness")->band == Band::MostlyAgrees);  // shown as 67
    CHECK(o.scale("coachability")->score == doctest::Approx(100.0));
    CHECK(o.scale("coachability")->band == Band::StronglyAgrees);
    CHECK(o.scale("coachability")->high == doctest::Approx(100.0));  // clamped
    CHECK(o.facet("growth")->score == doctest::Approx(100.0));
    CHECK(o.facet("humility")->score == doctest::Approx(66.6667).epsilon(1e-4));
    CHECK(o.profile == Profile::Borderline);
    CHECK_FALSE(o.flags.tooGood);  // 6 and 5, not 7 and 7
}

TEST_CASE("every prefix of each fixture is kept aside cleanly, never loaded, never a crash") {
    // A strict prefix of a JSON object with no trailing whitespace is never a complete
    // JSON text, so every one must be refused.
    auto check = [](const std::string& name, auto doc, const std::string& key) {
        std::string json = readFixture(name);
        while (!json.empty() && (json.back() == '\n' || json.back() == ' ')) json.pop_back();
        for (std::size_t n = 0; n < json.size(); ++n) {
            const std::string prefix = json.substr(0, n);
            MemoryStore store;
            REQUIRE(store.set(key, prefix) == WriteResult::Ok);
            auto out = doc;
            const LoadOutcome outcome = loadDocument(store, key, out, kNow);
            if (outcome.status != LoadStatus::KeptAside) {
                CAPTURE(name);
                CAPTURE(n);
                FAIL_CHECK("prefix was not kept aside");
                continue;
            }
            const std::string aside = key + ".unreadable.1720000000123";
            if (outcome.asideKey != aside || store.get(aside) != prefix || store.get(key).has_value() ||
                store.values().size() != 1) {
                CAPTURE(name);
                CAPTURE(n);
                FAIL_CHECK("prefix not kept aside unchanged under " << aside);
            }
        }
    };
    check("settings-v1.json", Settings{}, keys::settings);
    check("attempt-v1.json", Attempt{}, keys::attempt);
    check("results-v1.json", History{}, keys::results);
}

// ---- loadDocument ------------------------------------------------------------------------

TEST_CASE("loadDocument: nothing stored") {
    MemoryStore store;
    Settings s;
    s.language = "en";
    const LoadOutcome o = loadDocument(store, keys::settings, s, kNow);
    CHECK(o.status == LoadStatus::Missing);
    CHECK(o.asideKey.empty());
    CHECK(store.values().empty());
}

TEST_CASE("loadDocument: a valid document loads and stays where it is") {
    MemoryStore store;
    const std::string json = readFixture("attempt-v1.json");
    store.set(keys::attempt, json);
    Attempt a;
    const LoadOutcome o = loadDocument(store, keys::attempt, a, kNow);
    CHECK(o.status == LoadStatus::Loaded);
    CHECK(o.asideKey.empty());
    CHECK(a.position == 17);
    CHECK(a.answers.size() == 42);
    CHECK(store.values().size() == 1);
    CHECK(store.get(keys::attempt) == json);
}

TEST_CASE("loadDocument: corrupt JSON is kept aside unchanged and the key removed") {
    const std::string corrupt = "{\"doc\": {\"cereal_class_version\": 1, \"language\": \"fi\"!!\xFF";
    MemoryStore store;
    store.set(keys::settings, corrupt);
    store.set("other.key", "untouched");
    Settings s;
    s.language = "en";
    const LoadOutcome o = loadDocument(store, keys::settings, s, kNow);
    CHECK(o.status == LoadStatus::KeptAside);
    CHECK(o.asideKey == "sellerquiz.settings.unreadable.1720000000123");
    CHECK(store.get(o.asideKey) == corrupt);
    CHECK_FALSE(store.get(keys::settings).has_value());
    CHECK(store.get("other.key") == "untouched");
    CHECK(store.values().size() == 2);
    CHECK(s.language == "");  // left default, nothing half-read
}

TEST_CASE("loadDocument: a half-read document leaves the output default") {
    // Valid up to the answers, then an answer of the wrong type: nothing read so far may stay.
    const std::string json = R"({"doc": {"cereal_class_version": 1, "questionnaire": "seller-hc",
        "questionnaireVersion": 1, "language": "fi", "team": "t", "answers": [
        {"cereal_class_version": 1, "id": "need1", "v": 5, "ms": 10}, {"id": "x", "v": "bad", "ms": 1}],
        "position": 1, "startedAt": 5, "finishedAt": 0}})";
    MemoryStore store;
    store.set(keys::attempt, json);
    Attempt a = sampleAttempt();
    const LoadOutcome o = loadDocument(store, keys::attempt, a, kNow);
    CHECK(o.status == LoadStatus::KeptAside);
    CHECK(a.questionnaireId.empty());
    CHECK(a.language.empty());
    CHECK(a.answers.empty());
    CHECK(a.position == 0);
    CHECK(store.get(kAsideAttempt) == json);
}

TEST_CASE("loadDocument: a version this build does not know is kept aside, text unchanged") {
    const std::string valid = readFixture("attempt-v1.json");
    for (const char* version : {"2", "99", "0", "4294967295"}) {
        CAPTURE(version);
        const std::string newer = withOuterVersion(valid, version);
        REQUIRE(newer != valid);
        MemoryStore store;
        store.set(keys::attempt, newer);
        Attempt a;
        const LoadOutcome o = loadDocument(store, keys::attempt, a, kNow);
        CHECK(o.status == LoadStatus::KeptAside);
        CHECK(o.asideKey == kAsideAttempt);
        CHECK(store.get(kAsideAttempt) == newer);
        CHECK_FALSE(store.get(keys::attempt).has_value());
        CHECK(a.answers.empty());
    }
    for (const char* version : {"2", "99"}) {
        CAPTURE(version);
        Settings s;
        CHECK_THROWS_AS(fromJson(withOuterVersion(readFixture("settings-v1.json"), version), s), DataError);
        History h;
        CHECK_THROWS_AS(fromJson(withOuterVersion(readFixture("results-v1.json"), version), h), DataError);
    }
}

TEST_CASE("loadDocument: storage full, so the copy cannot be written: left untouched") {
    const std::string corrupt = withOuterVersion(readFixture("results-v1.json"), "99");
    // Room for the document under its own key, not for a second copy under the aside key.
    const std::size_t capacity = keys::results.size() + corrupt.size() + 10;
    MemoryStore store(true, capacity);
    REQUIRE(store.set(keys::results, corrupt) == WriteResult::Ok);
    History h;
    h.attempts.resize(1);
    const LoadOutcome o = loadDocument(store, keys::results, h, kNow);
    CHECK(o.status == LoadStatus::Unreadable);
    CHECK(o.asideKey.empty());
    CHECK(store.get(keys::results) == corrupt);
    CHECK(store.values().size() == 1);
    CHECK(h.attempts.empty());
}

TEST_CASE("loadDocument: each concern is read on its own") {
    MemoryStore store;
    store.set(keys::settings, readFixture("settings-v1.json"));
    store.set(keys::attempt, "garbage");
    store.set(keys::results, readFixture("results-v1.json"));
    Settings s;
    Attempt a;
    History h;
    CHECK(loadDocument(store, keys::settings, s, kNow).status == LoadStatus::Loaded);
    CHECK(loadDocument(store, keys::attempt, a, kNow).status == LoadStatus::KeptAside);
    CHECK(loadDocument(store, keys::results, h, kNow).status == LoadStatus::Loaded);
    CHECK(s.language == "fi");
    CHECK(h.attempts.size() == 2);
    CHECK(store.get(kAsideAttempt) == "garbage");
    // Loading again finds the attempt gone, the others still there.
    CHECK(loadDocument(store, keys::attempt, a, kNow + 1).status == LoadStatus::Missing);
    CHECK(loadDocument(store, keys::settings, s, kNow + 1).status == LoadStatus::Loaded);
}

}  // TEST_SUITE
