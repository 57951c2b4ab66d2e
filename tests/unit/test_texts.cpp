// Per-language texts (src/core/texts.cpp): parsing, the visible fallback for a missing key,
// and {placeholder} substitution. Expected strings are written out by hand.
#include <doctest/doctest.h>

#include <string>

#include "core/data_error.hpp"
#include "core/texts.hpp"

using namespace core;

TEST_SUITE("texts") {

TEST_CASE("parse reads language, name and every text") {
    const Texts t = Texts::parse(R"({"language": "fi", "name": "Suomi",
        "texts": {"nav.next": "Seuraava", "answer.1": "Täysin eri mieltä", "empty": ""}})");
    CHECK(t.language() == "fi");
    CHECK(t.name() == "Suomi");
    CHECK(t.all().size() == 3);
    CHECK(t.has("nav.next"));
    CHECK(t.get("nav.next") == "Seuraava");
    CHECK(t.get("answer.1") == "Täysin eri mieltä");  // UTF-8 passes through unchanged
    CHECK(t.has("empty"));
    CHECK(t.get("empty") == "");                     // an empty text is a text, not a missing key
}

TEST_CASE("parse keeps JSON escapes as the characters they stand for") {
    const Texts t = Texts::parse(R"({"language": "en", "name": "English",
        "texts": {"q": "Say \"hi\"\nthen go", "u": "caf\u00e9 \u2013 ok"}})");
    CHECK(t.get("q") == "Say \"hi\"\nthen go");
    CHECK(t.get("u") == "caf\xC3\xA9 \xE2\x80\x93 ok");
}

TEST_CASE("parse accepts an empty text map") {
    const Texts t = Texts::parse(R"({"language": "en", "name": "English", "texts": {}})");
    CHECK(t.all().empty());
    CHECK(t.get("anything") == "[anything]");
}

TEST_CASE("parse rejects a missing or empty language") {
    CHECK_THROWS_AS(Texts::parse(R"({"name": "Suomi", "texts": {"a": "b"}})"), DataError);
    CHECK_THROWS_AS(Texts::parse(R"({"language": "", "name": "Suomi", "texts": {"a": "b"}})"), DataError);
}

TEST_CASE("parse rejects malformed input with DataError, never anything else") {
    const char* bad[] = {
        "",
        "not json",
        "{",
        R"({"language": "fi", "name": "Suomi", "texts": {"a": "b")",     // truncated
        R"({"language": "fi", "name": "Suomi", "texts": {"a": 1}})",     // a number, not a text
        R"({"language": "fi", "name": "Suomi", "texts": {"a": ["b"]}})", // an array, not a text
        R"({"language": "fi", "name": "Suomi"})",                        // no texts at all
        R"({"language": 7, "name": "Suomi", "texts": {}})",              // language not a string
        R"(["fi", "Suomi", {}])",                                        // not an object
        R"({"language": "fi", "name": "Suomi", "texts": {"a": "b",}})",  // trailing comma
    };
    for (const char* json : bad) {
        CAPTURE(json);
        CHECK_THROWS_AS(Texts::parse(json), DataError);
    }
}

TEST_CASE("every prefix of a valid document is rejected cleanly") {
    const std::string valid = R"({"language": "en", "name": "English", "texts": {"a": "x", "b": "y"}})";
    REQUIRE_NOTHROW(Texts::parse(valid));
    for (std::size_t n = 0; n < valid.size(); ++n) {
        const std::string prefix = valid.substr(0, n);
        CAPTURE(prefix);
        CHECK_THROWS_AS(Texts::parse(prefix), DataError);
    }
}

TEST_CASE("get of a missing key shows the key in brackets, and stays stable") {
    const Texts t = Texts::parse(R"({"language": "en", "name": "English", "texts": {"a": "x"}})");
    CHECK_FALSE(t.has("results.title"));
    CHECK(t.get("results.title") == "[results.title]");
    // The reference stays valid and unchanged while other missing keys are looked up.
    const std::string& first = t.get("one.missing");
    for (int i = 0; i < 100; ++i) (void)t.get("other." + std::to_string(i));
    CHECK(first == "[one.missing]");
    CHECK(&first == &t.get("one.missing"));
    CHECK_FALSE(t.has("one.missing"));  // looking up never adds the key to the texts
    CHECK(t.all().size() == 1);
    CHECK(t.get("") == "[]");
}

TEST_CASE("format replaces several placeholders, each as often as it appears") {
    CHECK(format("Statement {n} of {total}", {{"n", "3"}, {"total", "42"}}) == "Statement 3 of 42");
    CHECK(format("{total}: {n}, again {n}", {{"n", "3"}, {"total", "42"}}) == "42: 3, again 3");
    CHECK(format("{manager} invited team {team} to take this.", {{"team", "Sales North"}, {"manager", "Aino"}}) ==
          "Aino invited team Sales North to take this.");
    CHECK(format("90% range {low}–{high}", {{"low", "71"}, {"high", "89"}}) == "90% range 71–89");
}

TEST_CASE("format leaves unknown placeholders and stray braces untouched") {
    CHECK(format("{n} of {total}", {{"n", "1"}}) == "1 of {total}");
    CHECK(format("no placeholders", {{"n", "1"}}) == "no placeholders");
    CHECK(format("{nn} {n}", {{"n", "1"}}) == "{nn} 1");  // a prefix of a longer name is not a match
    CHECK(format("{N}", {{"n", "1"}}) == "{N}");          // names are case-sensitive
    CHECK(format("{ n }", {{"n", "1"}}) == "{ n }");
    CHECK(format("{n", {{"n", "1"}}) == "{n");             // unterminated at the very end
    CHECK(format("{", {{"n", "1"}}) == "{");
    CHECK(format("}", {{"n", "1"}}) == "}");
    CHECK(format("a {n b", {{"n", "1"}}) == "a {n b");
    CHECK(format("{}", {{"n", "1"}}) == "{}");
    CHECK(format("", {{"n", "1"}}) == "");
    CHECK(format("{n} of {total}", {}) == "{n} of {total}");
}

TEST_CASE("format with adjacent braces") {
    CHECK(format("{a}{b}", {{"a", "1"}, {"b", "2"}}) == "12");
    CHECK(format("{{a}}", {{"a", "1"}}) == "{1}");
    CHECK(format("{a}}", {{"a", "1"}}) == "1}");
    CHECK(format("{{a}", {{"a", "1"}}) == "{1");
    CHECK(format("}{a}{", {{"a", "1"}}) == "}1{");
    CHECK(format("{a}{a}{a}", {{"a", "xy"}}) == "xyxyxy");
}

TEST_CASE("format inserts values literally, without substituting inside them") {
    CHECK(format("{a}", {{"a", "{b}"}, {"b", "x"}}) == "{b}");
    CHECK(format("{a} {b}", {{"a", "{b}"}, {"b", "x"}}) == "{b} x");
    CHECK(format("{a}", {{"a", ""}}) == "");
    CHECK(format("[{a}]", {{"a", "ä – ö"}}) == "[ä – ö]");
}

}  // TEST_SUITE
