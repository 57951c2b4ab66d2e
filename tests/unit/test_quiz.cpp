// The quiz as plain state (src/core/quiz.cpp): every change is in the store at once, so a
// second Quiz on the same store (a reload) resumes exactly; answer times; finishing; and
// what the person is told when storage refuses, fills up, or holds unreadable data.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/content.hpp"
#include "core/quiz.hpp"
#include "core/stored_data.hpp"

using namespace core;

namespace {

// Four statements: a1, b1, a2, b2 (scales "a" and "b", one facet each).
Instrument smallInstrument() {
    Instrument in;
    in.id = "small";
    in.version = 2;
    in.scales = {{"a"}, {"b"}};
    in.facets = {{"fa", "a"}, {"fb", "b"}};
    for (const char* id : {"a1", "b1", "a2", "b2"}) {
        ItemDef item;
        item.id = id;
        item.scale = std::string(1, id[0]);
        item.facet = "f" + item.scale;
        in.items.push_back(item);
    }
    return in;
}

bool has(const std::vector<Notice>& notices, Notice n) {
    return std::find(notices.begin(), notices.end(), n) != notices.end();
}

std::vector<int> values(const Attempt& a) {
    std::vector<int> out;
    for (const ItemAnswer& x : a.answers) out.push_back(x.value);
    return out;
}

std::vector<std::string> ids(const Attempt& a) {
    std::vector<std::string> out;
    for (const ItemAnswer& x : a.answers) out.push_back(x.itemId);
    return out;
}

// What a reload sees: a fresh Quiz on the same store.
struct Reloaded {
    Quiz quiz;
    Reloaded(const Instrument& in, KeyValueStore& store, std::int64_t now) : quiz(in, store) { quiz.load(now); }
};

std::string readFixture(const std::string& name) {
    std::ifstream in(std::string(FIXTURES_DIR) + "/" + name, std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// A stored attempt of the small instrument, written by hand.
std::string storedAttempt(const std::string& answersJson, int position) {
    return R"({"doc": {"cereal_class_version": 1, "questionnaire": "small", "questionnaireVersion": 2,
        "language": "en", "team": "", "answers": [)" +
           answersJson + R"(], "position": )" + std::to_string(position) +
           R"(, "startedAt": 1000, "finishedAt": 0}})";
}

}  // namespace

TEST_SUITE("quiz") {

TEST_CASE("a fresh store: nothing in progress, nothing finished, no notices") {
    const Instrument in = smallInstrument();
    MemoryStore store;
    Quiz q(in, store);
    q.load(0);
    CHECK(q.current() == nullptr);
    CHECK(q.finished().empty());
    CHECK(q.latestFinished() == nullptr);
    CHECK(q.notices().empty());
    CHECK(q.persistent());
    CHECK(q.settings().language == "");
    CHECK(q.currentAnswer() == 0);
    CHECK_FALSE(q.canGoNext());
    CHECK_FALSE(q.next(1));
    CHECK_FALSE(q.back(1));
    CHECK_FALSE(q.finish(1));
    q.answer(3, 1);  // nothing to answer: ignored
    CHECK(q.current() == nullptr);
    CHECK(store.values().empty());  // loading writes nothing
}

TEST_CASE("start creates one unanswered answer per statement, in the instrument's order, and stores it") {
    const Instrument in = smallInstrument();
    MemoryStore store;
    Quiz q(in, store);
    q.load(0);
    q.start("fi", "Etelä", 5000);
    REQUIRE(q.current());
    CHECK(q.current()->questionnaireId == "small");
    CHECK(q.current()->questionnaireVersion == 2);
    CHECK(q.current()->language == "fi");
    CHECK(q.current()->team == "Etelä");
    CHECK(q.current()->startedAtMs == 5000);
    CHECK(q.current()->position == 0);
    CHECK(ids(*q.current()) == std::vector<std::string>{"a1", "b1", "a2", "b2"});
    CHECK(values(*q.current()) == std::vector<int>{0, 0, 0, 0});
    CHECK(store.get(keys::attempt).has_value());

    Reloaded r(in, store, 6000);
    REQUIRE(r.quiz.current());
    CHECK(r.quiz.current()->language == "fi");
    CHECK(r.quiz.current()->team == "Etelä");
    CHECK(r.quiz.current()->startedAtMs == 5000);
    CHECK(values(*r.quiz.current()) == std::vector<int>{0, 0, 0, 0});
}

TEST_CASE("position and answers are stored after every change: a reload resumes exactly") {
    const Instrument in = smallInstrument();
    MemoryStore store;
    Quiz q(in, store);
    q.load(0);
    q.start("en", "", 0);

    auto reloadShows = [&](int position, std::vector<int> answers) {
        Reloaded r(in, store, 999999);
        REQUIRE(r.quiz.current());
        CHECK(r.quiz.current()->position == position);
        CHECK(values(*r.quiz.current()) == answers);
        CHECK(r.quiz.notices().empty());
    };

    reloadShows(0, {0, 0, 0, 0});
    CHECK_FALSE(q.next(10));  // not answered yet: stays
    reloadShows(0, {0, 0, 0, 0});
    q.answer(5, 100);
    CHECK(q.currentAnswer() == 5);
    reloadShows(0, {5, 0, 0, 0});
    q.answer(2, 200);  // changing an answer
    reloadShows(0, {2, 0, 0, 0});
    CHECK(q.next(300));
    reloadShows(1, {2, 0, 0, 0});
    q.answer(7, 400);
    reloadShows(1, {2, 7, 0, 0});
    CHECK(q.back(500));
    reloadShows(0, {2, 7, 0, 0});
    CHECK(q.currentAnswer() == 2);
    CHECK(q.next(600));
    CHECK(q.next(700));  // statement 2 was answered: may go on
    reloadShows(2, {2, 7, 0, 0});
    q.answer(1, 800);
    reloadShows(2, {2, 7, 1, 0});
    CHECK(q.answeredCount() == 3);

    // The reloaded quiz goes on where this one left off.
    Reloaded r(in, store, 900);
    CHECK(r.quiz.currentAnswer() == 1);
    CHECK(r.quiz.answeredCount() == 3);
    CHECK(r.quiz.next(1000));
    CHECK(r.quiz.onLastStatement());
    r.quiz.answer(4, 1100);
    reloadShows(3, {2, 7, 1, 4});
}

TEST_CASE("answer ignores values outside 1..7") {
    const Instrument in = smallInstrument();
    MemoryStore store;
    Quiz q(in, store);
    q.load(0);
    q.start("en", "", 0);
    for (int v : {0, 8, -1, 100}) q.answer(v, 10);
    CHECK(q.currentAnswer() == 0);
    CHECK_FALSE(q.canGoNext());
    q.answer(7, 20);
    q.answer(9, 30);
    CHECK(q.currentAnswer() == 7);
    Reloaded r(in, store, 40);
    CHECK(r.quiz.currentAnswer() == 7);
}

TEST_CASE("back and next at the ends") {
    const Instrument in = smallInstrument();
    MemoryStore store;
    Quiz q(in, store);
    q.load(0);
    q.start("en", "", 0);
    CHECK_FALSE(q.back(1));  // already on the first statement
    CHECK(q.current()->position == 0);
    for (int i = 0; i < 3; ++i) {
        q.answer(4, 10 * i);
        CHECK_FALSE(q.onLastStatement());
        CHECK(q.next(10 * i + 5));
    }
    CHECK(q.onLastStatement());
    q.answer(4, 100);
    CHECK_FALSE(q.next(110));  // the last statement has no next: finish instead
    CHECK(q.current()->position == 3);
    CHECK(q.back(120));
    CHECK(q.current()->position == 2);
    CHECK_FALSE(q.onLastStatement());
}

TEST_CASE("answer times add up per statement over visits") {
    const Instrument in = smallInstrument();
    MemoryStore store;
    Quiz q(in, store);
    q.load(0);
    q.start("en", "", 10000);
    q.showStatement(10000);
    q.answer(5, 14000);  // 4 s reading and answering
    CHECK(q.next(15000));  // +1 s before leaving: 5 s on a1
    CHECK(q.current()->answers[0].millis == 5000);
    q.answer(3, 17500);  // 2.5 s on b1
    CHECK(q.back(18000));  // +0.5 s: 3 s on b1
    CHECK(q.current()->answers[1].millis == 3000);
    CHECK(q.next(20000));  // second visit to a1: 2 s more
    CHECK(q.current()->answers[0].millis == 7000);
    CHECK(q.current()->answers[2].millis == 0);  // never shown yet

    // The times are stored.
    Reloaded r(in, store, 21000);
    CHECK(r.quiz.current()->answers[0].millis == 7000);
    CHECK(r.quiz.current()->answers[1].millis == 3000);
}

TEST_CASE("a visit counts at most kMaxMillisPerVisit, however long the pause") {
    const Instrument in = smallInstrument();
    REQUIRE(Quiz::kMaxMillisPerVisit == 120000);
    MemoryStore store;
    Quiz q(in, store);
    q.load(0);
    q.start("en", "", 0);
    q.showStatement(0);
    q.answer(4, 3600000);  // an hour away from the screen
    CHECK(q.current()->answers[0].millis == 120000);
    CHECK(q.next(3601000));
    // Still one visit: answering in the middle of it does not open a second allowance.
    CHECK(q.current()->answers[0].millis == 120000);

    // b1: answered after 100 s, left 100 s later: a 200 s visit counts 120 s.
    q.answer(6, 3701000);
    CHECK(q.current()->answers[1].millis == 100000);
    CHECK(q.next(3801000));
    CHECK(q.current()->answers[1].millis == 120000);

    // a2: answered three times in one short visit: 1 + 1 + 1 s = 3 s, nothing counted twice.
    q.answer(1, 3802000);
    q.answer(2, 3803000);
    q.answer(3, 3804000);
    CHECK(q.current()->answers[2].millis == 3000);

    // A second visit to b1 has its own allowance.
    CHECK(q.back(3804000));
    CHECK(q.back(3804000 + 500000));
    CHECK(q.current()->answers[1].millis == 240000);

    CHECK(q.current()->position == 0);

    // A clock that goes backwards counts nothing, and never wraps around.
    CHECK(q.next(1000));
    CHECK(q.current()->answers[0].millis == 120000);
}

TEST_CASE("finish: only on the last statement, once it is answered") {
    const Instrument in = smallInstrument();
    MemoryStore store;
    Quiz q(in, store);
    q.load(0);
    q.start("fi", "T", 1000);
    q.answer(7, 2000);
    CHECK_FALSE(q.finish(2100));  // answered, but not on the last statement
    CHECK(q.next(2200));
    q.answer(6, 3000);
    CHECK(q.next(3100));
    q.answer(5, 4000);
    CHECK(q.next(4100));
    CHECK(q.onLastStatement());
    CHECK_FALSE(q.finish(4200));  // on the last statement, not answered
    REQUIRE(q.current());
    q.answer(4, 5000);
    CHECK(q.finish(6000));

    CHECK(q.current() == nullptr);
    REQUIRE(q.finished().size() == 1);
    REQUIRE(q.latestFinished() == &q.finished().back());
    const Attempt& done = q.finished().back();
    CHECK(done.finished());
    CHECK(done.finishedAtMs == 6000);
    CHECK(done.startedAtMs == 1000);
    CHECK(done.language == "fi");
    CHECK(done.team == "T");
    CHECK(values(done) == std::vector<int>{7, 6, 5, 4});
    CHECK(done.answers[3].millis == 1900);  // shown at 4100, left at 6000
    CHECK_FALSE(store.get(keys::attempt).has_value());  // nothing left in progress
    CHECK(store.get(keys::results).has_value());
    CHECK_FALSE(q.finish(7000));  // nothing to finish any more

    Reloaded r(in, store, 8000);
    CHECK(r.quiz.current() == nullptr);
    REQUIRE(r.quiz.finished().size() == 1);
    CHECK(values(r.quiz.finished()[0]) == std::vector<int>{7, 6, 5, 4});
    CHECK(r.quiz.finished()[0].finishedAtMs == 6000);
    CHECK(r.quiz.notices().empty());
}

TEST_CASE("finished attempts accumulate, oldest first") {
    const Instrument in = smallInstrument();
    MemoryStore store;
    for (int round = 1; round <= 3; ++round) {
        Quiz q(in, store);
        q.load(round * 100000);
        CHECK(q.finished().size() == static_cast<std::size_t>(round - 1));
        q.start("en", "", round * 100000);
        for (int i = 0; i < 4; ++i) {
            q.answer(round, round * 100000 + i);
            if (i < 3) CHECK(q.next(round * 100000 + i));
        }
        CHECK(q.finish(round * 100000 + 10));
    }
    Reloaded r(in, store, 1);
    REQUIRE(r.quiz.finished().size() == 3);
    CHECK(values(r.quiz.finished()[0]) == std::vector<int>{1, 1, 1, 1});
    CHECK(values(r.quiz.finished()[2]) == std::vector<int>{3, 3, 3, 3});
    CHECK(r.quiz.latestFinished()->finishedAtMs == 300010);
}

TEST_CASE("discarding the attempt in progress removes it from the store") {
    const Instrument in = smallInstrument();
    MemoryStore store;
    Quiz q(in, store);
    q.load(0);
    q.start("en", "", 0);
    q.answer(3, 10);
    q.discardCurrent();
    CHECK(q.current() == nullptr);
    CHECK_FALSE(store.get(keys::attempt).has_value());
    Reloaded r(in, store, 20);
    CHECK(r.quiz.current() == nullptr);
}

TEST_CASE("starting again replaces the attempt in progress") {
    const Instrument in = smallInstrument();
    MemoryStore store;
    Quiz q(in, store);
    q.load(0);
    q.start("en", "", 0);
    q.answer(3, 10);
    CHECK(q.next(20));
    q.start("fi", "", 30);
    CHECK(q.current()->position == 0);
    CHECK(values(*q.current()) == std::vector<int>{0, 0, 0, 0});
    Reloaded r(in, store, 40);
    CHECK(r.quiz.current()->language == "fi");
    CHECK(r.quiz.current()->position == 0);
    CHECK(values(*r.quiz.current()) == std::vector<int>{0, 0, 0, 0});
}

TEST_CASE("the chosen language is stored") {
    const Instrument in = smallInstrument();
    MemoryStore store;
    Quiz q(in, store);
    q.load(0);
    q.setLanguage("fi");
    CHECK(q.settings().language == "fi");
    Reloaded r(in, store, 1);
    CHECK(r.quiz.settings().language == "fi");
    r.quiz.setLanguage("en");
    Reloaded r2(in, store, 2);
    CHECK(r2.quiz.settings().language == "en");
}

// ---- notices ----------------------------------------------------------------------------

TEST_CASE("a store that does not persist: StorageUnavailable, and the quiz works in memory") {
    const Instrument in = smallInstrument();
    MemoryStore store(false);
    Quiz q(in, store);
    q.load(0);
    CHECK(q.notices() == std::vector<Notice>{Notice::StorageUnavailable});
    CHECK_FALSE(q.persistent());
    q.setLanguage("fi");
    q.start("en", "", 0);
    for (int i = 0; i < 4; ++i) {
        q.answer(2, i * 10);
        if (i < 3) CHECK(q.next(i * 10 + 5));
    }
    CHECK(q.finish(100));
    CHECK(q.finished().size() == 1);
    CHECK(q.settings().language == "fi");
    CHECK(store.values().empty());  // nothing was written to a store that keeps nothing
    CHECK(q.notices() == std::vector<Notice>{Notice::StorageUnavailable});  // told once

    q.dismissNotice(Notice::StorageUnavailable);
    CHECK(q.notices().empty());
}

TEST_CASE("a write that fails for lack of space: StorageFull, and the quiz goes on in memory") {
    const Instrument in = smallInstrument();
    MemoryStore store(true, 40);  // too small for any document
    Quiz q(in, store);
    q.load(0);
    CHECK(q.notices().empty());
    CHECK(q.persistent());
    q.start("en", "", 0);
    CHECK(q.notices() == std::vector<Notice>{Notice::StorageFull});
    CHECK_FALSE(q.persistent());
    q.answer(6, 10);
    CHECK(q.next(20));
    q.answer(5, 30);
    CHECK(q.current()->position == 1);
    CHECK(values(*q.current()) == std::vector<int>{6, 5, 0, 0});
    CHECK(q.notices() == std::vector<Notice>{Notice::StorageFull});  // not repeated per write
    CHECK(store.values().empty());
    q.dismissNotice(Notice::StorageFull);
    CHECK(q.notices().empty());
}

// Answers the small instrument 3, 4, 5, 6 with fixed times, stopping before finish().
void answerFour(Quiz& q) {
    q.start("en", "", 0);
    for (int i = 0; i < 4; ++i) {
        q.answer(i + 3, i * 1000);
        if (i < 3) CHECK(q.next(i * 1000 + 500));
    }
}

struct Sizes {
    std::size_t attempt = 0;  // key + document of the attempt just before finishing
    std::size_t results = 0;  // key + document of the results just after
};

Sizes sizesOfFour(const Instrument& in) {
    MemoryStore probe;
    Quiz q(in, probe);
    q.load(0);
    answerFour(q);
    Sizes s;
    s.attempt = keys::attempt.size() + probe.get(keys::attempt)->size();
    REQUIRE(q.finish(10000));
    s.results = keys::results.size() + probe.get(keys::results)->size();
    return s;
}

TEST_CASE("storage full at the end: the finished answers are not lost") {
    // Room for the attempt in progress, not for the results document.
    const Instrument in = smallInstrument();
    const Sizes sizes = sizesOfFour(in);
    const std::size_t capacity = sizes.attempt + 5;
    REQUIRE(sizes.results > capacity);
    MemoryStore store(true, capacity);
    Quiz q(in, store);
    q.load(0);
    answerFour(q);
    REQUIRE(q.notices().empty());  // everything so far was stored
    CHECK(q.finish(10000));
    CHECK(q.notices() == std::vector<Notice>{Notice::StorageFull});
    CHECK(q.finished().size() == 1);  // shown in this session from memory

    // After a reload the answers are still there: either as a finished attempt or as the
    // attempt in progress, on its last statement, ready to finish again.
    Reloaded r(in, store, 20000);
    const bool asFinished = r.quiz.finished().size() == 1;
    const bool asCurrent = r.quiz.current() != nullptr;
    CHECK((asFinished || asCurrent));
    if (asFinished) CHECK(values(r.quiz.finished()[0]) == std::vector<int>{3, 4, 5, 6});
    if (asCurrent) {
        CHECK(values(*r.quiz.current()) == std::vector<int>{3, 4, 5, 6});
        CHECK(r.quiz.onLastStatement());
        CHECK(r.quiz.finish(21000));
    }
}

TEST_CASE("storage with room for the results once the attempt in progress is gone: finishing works") {
    // The finished attempt moves from one key to another; the store only needs room for one.
    const Instrument in = smallInstrument();
    const Sizes sizes = sizesOfFour(in);
    const std::size_t capacity = sizes.results + 10;
    REQUIRE(sizes.attempt + sizes.results > capacity);
    MemoryStore store(true, capacity);
    Quiz q(in, store);
    q.load(0);
    answerFour(q);
    REQUIRE(q.notices().empty());
    CHECK(q.finish(10000));
    CHECK(q.notices().empty());
    CHECK_FALSE(store.get(keys::attempt).has_value());
    Reloaded r(in, store, 20000);
    REQUIRE(r.quiz.finished().size() == 1);
    CHECK(values(r.quiz.finished()[0]) == std::vector<int>{3, 4, 5, 6});
    CHECK(r.quiz.current() == nullptr);
}

TEST_CASE("corrupt stored data: UnreadableKeptAside, the text kept aside, a fresh start") {
    const Instrument in = smallInstrument();
    const std::string corrupt = "{\"doc\": {\"cereal_class_version\": 1, \"questionnaire\": \"sm";
    MemoryStore store;
    store.set(keys::attempt, corrupt);
    Quiz q(in, store);
    q.load(1234);
    CHECK(q.notices() == std::vector<Notice>{Notice::UnreadableKeptAside});
    CHECK(q.current() == nullptr);
    CHECK(store.get("sellerquiz.attempt.unreadable.1234") == corrupt);
    CHECK_FALSE(store.get(keys::attempt).has_value());
    // A new attempt is stored normally; the kept-aside text is never touched.
    q.start("en", "", 2000);
    q.answer(4, 2100);
    CHECK(store.get("sellerquiz.attempt.unreadable.1234") == corrupt);
    Reloaded r(in, store, 3000);
    CHECK(r.quiz.notices().empty());
    CHECK(r.quiz.currentAnswer() == 4);
}

TEST_CASE("corrupt settings and results are kept aside too; each is told once") {
    const Instrument in = smallInstrument();
    MemoryStore store;
    store.set(keys::settings, "not json");
    store.set(keys::results, R"({"doc": {"cereal_class_version": 99, "attempts": []}})");
    Quiz q(in, store);
    q.load(77);
    CHECK(q.notices() == std::vector<Notice>{Notice::UnreadableKeptAside});
    CHECK(store.get("sellerquiz.settings.unreadable.77") == "not json");
    CHECK(store.get("sellerquiz.results.unreadable.77") ==
          R"({"doc": {"cereal_class_version": 99, "attempts": []}})");
    CHECK(q.finished().empty());
    q.dismissNotice(Notice::UnreadableKeptAside);
    CHECK(q.notices().empty());
}

TEST_CASE("corrupt data that cannot be moved aside (storage full) is never overwritten") {
    const Instrument in = smallInstrument();
    const std::string corrupt = R"({"doc": {"cereal_class_version": 2, "questionnaire": "from a newer build"}})";
    MemoryStore store(true, keys::attempt.size() + corrupt.size() + 5);
    store.set(keys::attempt, corrupt);
    Quiz q(in, store);
    q.load(50);
    CHECK(has(q.notices(), Notice::UnreadableKeptAside));
    CHECK(q.current() == nullptr);
    q.start("en", "", 100);
    q.answer(5, 200);
    CHECK(q.current() != nullptr);  // works in memory
    q.discardCurrent();
    CHECK(store.get(keys::attempt) == corrupt);  // still the newer build's text, unchanged
    CHECK(store.values().size() == 1);
}

TEST_CASE("finishing while the results hold unreadable data that could not be moved keeps the answers") {
    const Instrument in = smallInstrument();
    const Sizes sizes = sizesOfFour(in);
    const std::string corrupt(2000, 'x');
    // Room for the unreadable results and an attempt in progress, not for a copy of the former.
    MemoryStore store(true, keys::results.size() + corrupt.size() + sizes.attempt + 50);
    store.set(keys::results, corrupt);
    Quiz q(in, store);
    q.load(0);
    REQUIRE(q.notices() == std::vector<Notice>{Notice::UnreadableKeptAside});
    REQUIRE(store.get(keys::results) == corrupt);  // could not be moved aside
    answerFour(q);
    CHECK(q.finish(10000));
    CHECK(store.get(keys::results) == corrupt);  // never overwritten

    Reloaded r(in, store, 20000);
    REQUIRE(r.quiz.current());
    CHECK(values(*r.quiz.current()) == std::vector<int>{3, 4, 5, 6});
    CHECK(r.quiz.onLastStatement());
    CHECK(has(r.quiz.notices(), Notice::UnreadableKeptAside));
}

// ---- stored attempts from elsewhere ------------------------------------------------------

TEST_CASE("a stored attempt in another order, or missing items, is lined up with the instrument") {
    const Instrument in = smallInstrument();
    MemoryStore store;
    // b2 first, a2 missing, an item this build no longer has, a1 last.
    store.set(keys::attempt, storedAttempt(R"({"cereal_class_version": 1, "id": "b2", "v": 2, "ms": 20},
        {"id": "gone", "v": 6, "ms": 60}, {"id": "b1", "v": 7, "ms": 70}, {"id": "a1", "v": 1, "ms": 10})",
                                           2));
    Quiz q(in, store);
    q.load(0);
    CHECK(q.notices().empty());
    REQUIRE(q.current());
    CHECK(ids(*q.current()) == std::vector<std::string>{"a1", "b1", "a2", "b2"});
    CHECK(values(*q.current()) == std::vector<int>{1, 7, 0, 2});
    CHECK(q.current()->answers[0].millis == 10);
    CHECK(q.current()->answers[1].millis == 70);
    CHECK(q.current()->answers[2].millis == 0);
    CHECK(q.current()->answers[3].millis == 20);
    CHECK(q.current()->position == 2);
    CHECK(q.currentAnswer() == 0);  // a2 had no answer
    CHECK(q.answeredCount() == 3);
    CHECK_FALSE(q.canGoNext());
    q.answer(3, 10);
    CHECK(q.next(20));
    CHECK(q.onLastStatement());
    CHECK(q.finish(30));
    CHECK(values(q.finished()[0]) == std::vector<int>{1, 7, 3, 2});
}

TEST_CASE("tampered stored values count as unanswered; a position out of range is clamped") {
    const Instrument in = smallInstrument();
    MemoryStore store;
    store.set(keys::attempt, storedAttempt(R"({"cereal_class_version": 1, "id": "a1", "v": 9, "ms": 1},
        {"id": "b1", "v": -1, "ms": 1}, {"id": "a2", "v": 0, "ms": 1}, {"id": "b2", "v": 7, "ms": 1})",
                                           99));
    Quiz q(in, store);
    q.load(0);
    REQUIRE(q.current());
    CHECK(values(*q.current()) == std::vector<int>{0, 0, 0, 7});
    CHECK(q.answeredCount() == 1);
    CHECK(q.current()->position == 3);
    CHECK(q.onLastStatement());
    CHECK(q.back(1));
    CHECK(q.currentAnswer() == 0);
    CHECK_FALSE(q.canGoNext());

    store.set(keys::attempt, storedAttempt(R"({"cereal_class_version": 1, "id": "a1", "v": 3, "ms": 1})", -5));
    Quiz q2(in, store);
    q2.load(0);
    REQUIRE(q2.current());
    CHECK(q2.current()->position == 0);
    CHECK(q2.currentAnswer() == 3);
}

TEST_CASE("a stored attempt with no answers, or already finished, is not resumed") {
    const Instrument in = smallInstrument();
    MemoryStore store;
    store.set(keys::attempt, storedAttempt("", 0));
    Quiz q(in, store);
    q.load(0);
    CHECK(q.current() == nullptr);
    CHECK(q.notices().empty());

    std::string finished = storedAttempt(R"({"cereal_class_version": 1, "id": "a1", "v": 3, "ms": 1})", 0);
    finished.replace(finished.find("\"finishedAt\": 0"), 15, "\"finishedAt\": 5");
    store.set(keys::attempt, finished);
    Quiz q2(in, store);
    q2.load(0);
    CHECK(q2.current() == nullptr);
}

TEST_CASE("the shipped instrument resumes the checked-in attempt fixture at statement 18") {
    const Content content = loadEmbeddedContent();
    MemoryStore store;
    store.set(keys::attempt, readFixture("attempt-v1.json"));
    store.set(keys::results, readFixture("results-v1.json"));
    store.set(keys::settings, readFixture("settings-v1.json"));
    Quiz q(content.instrument, store);
    q.load(0);
    CHECK(q.notices().empty());
    CHECK(q.settings().language == "fi");
    CHECK(q.finished().size() == 2);
    REQUIRE(q.current());
    CHECK(q.current()->position == 17);
    CHECK(q.current()->answers[17].itemId == "acting3");
    CHECK(q.currentAnswer() == 0);
    CHECK(q.answeredCount() == 17);
    CHECK(q.current()->answers[16].value == 2);
    CHECK(q.back(1));
    CHECK(q.currentAnswer() == 2);  // humility3
}

}  // TEST_SUITE

TEST_CASE("loading again reads the store as it is now: what another tab removed is gone here too") {
    const Instrument in = smallInstrument();
    MemoryStore store;
    Quiz q(in, store);
    q.load(0);
    q.start("en", "", 0);
    q.answer(6, 10);
    q.setLanguage("fi");
    REQUIRE(q.current());

    // Another tab finished or restarted: the attempt and the settings are no longer stored.
    store.remove(keys::attempt);
    store.remove(keys::settings);
    q.load(20);
    CHECK(q.current() == nullptr);
    CHECK(q.settings().language.empty());
    CHECK(q.finished().empty());
}
