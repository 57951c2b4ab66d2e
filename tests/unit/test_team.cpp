// The manager's team view (src/core/team.cpp): statistics worked out by hand with the
// arithmetic beside them, the small-groups rule, storage (round trip, full storage, kept-aside
// data, newer versions) and pasting several links at once. The code under test never
// supplies an expected value.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "core/content.hpp"
#include "core/links.hpp"
#include "core/team.hpp"

using namespace core;

namespace {

// A small questionnaire whose scores are easy to work out by hand. Each scale is one facet
// of three statements, one of them reverse-keyed; a "too good to be true" statement last.
//   0 h1  helpfulness / listen
//   1 h2  helpfulness / listen   reversed
//   2 h3  helpfulness / listen
//   3 c1  coachability / open
//   4 c2  coachability / open
//   5 c3  coachability / open    reversed
//   6 tg  quality, too good (never scored)
Instrument teamInstrument() {
    Instrument ins;
    ins.id = "team-test";
    ins.version = 2;
    ins.scales = {ScaleDef{"helpfulness"}, ScaleDef{"coachability"}, ScaleDef{"quality"}};
    ins.facets = {FacetDef{"listen", "helpfulness"}, FacetDef{"open", "coachability"}};
    auto item = [](const std::string& id, const std::string& scale, const std::string& facet, bool reversed) {
        ItemDef d;
        d.id = id;
        d.scale = scale;
        d.facet = facet;
        d.reversed = reversed;
        return d;
    };
    ins.items = {item("h1", "helpfulness", "listen", false), item("h2", "helpfulness", "listen", true),
                 item("h3", "helpfulness", "listen", false), item("c1", "coachability", "open", false),
                 item("c2", "coachability", "open", false),  item("c3", "coachability", "open", true),
                 item("tg", "quality", "", false)};
    ins.items.back().tooGood = true;
    return ins;
}

SharedResult shared(const std::vector<int>& answers, const std::string& name = "") {
    SharedResult r;
    r.questionnaireId = "team-test";
    r.questionnaireVersion = 2;
    r.language = "fi";
    r.team = "north";
    r.name = name;
    r.answers = answers;
    return r;
}

// Raw answers that give every helpfulness item the keyed score h and every coachability item
// the keyed score c (reversed items are answered 8 - score). Scale score = (s - 1) / 6 * 100:
// 1 -> 0, 3 -> 33.33, 4 -> 50, 5 -> 66.67, 7 -> 100.
std::vector<int> keyedAll(int h, int c) { return {h, 8 - h, h, c, c, 8 - c, 4}; }

// Adds through the public API; `name` keeps otherwise equal answers from being duplicates.
void addAll(Team& team, const std::vector<std::vector<int>>& people) {
    for (std::size_t i = 0; i < people.size(); ++i) {
        const SharedResult r = shared(people[i], "p" + std::to_string(i));
        REQUIRE(team.add(r, fingerprintOf(r), 1000 + static_cast<std::int64_t>(i)) == AddResult::Added);
    }
}

// Flips one character in the middle of a link's payload to another base64url character.
std::string tampered(std::string link) {
    const std::size_t mid = link.size() / 2;
    link[mid] = link[mid] == 'A' ? 'B' : 'A';
    return link;
}

}  // namespace

// ================================================================ median and quartiles

TEST_CASE("team: quartiles by linear interpolation (type 7) on hand-worked sets") {
    SUBCASE("one person: every quantile is the value") {
        const Spread s = spreadOf({42.0});
        CHECK(s.n == 1);
        CHECK(s.q1 == doctest::Approx(42.0));
        CHECK(s.median == doctest::Approx(42.0));
        CHECK(s.q3 == doctest::Approx(42.0));
    }
    SUBCASE("two people") {
        // sorted 0, 100; h = (n-1)p = 0.25, 0.5, 0.75 -> 25, 50, 75
        const Spread s = spreadOf({100.0, 0.0});
        CHECK(s.q1 == doctest::Approx(25.0));
        CHECK(s.median == doctest::Approx(50.0));
        CHECK(s.q3 == doctest::Approx(75.0));
    }
    SUBCASE("even count") {
        // sorted 10 20 30 40. Q1: h = 3 * .25 = .75 -> 10 + .75 * 10 = 17.5
        // median: h = 1.5 -> 20 + .5 * 10 = 25; Q3: h = 2.25 -> 30 + .25 * 10 = 32.5
        const Spread s = spreadOf({40.0, 10.0, 30.0, 20.0});
        CHECK(s.n == 4);
        CHECK(s.q1 == doctest::Approx(17.5));
        CHECK(s.median == doctest::Approx(25.0));
        CHECK(s.q3 == doctest::Approx(32.5));
    }
    SUBCASE("odd count") {
        // sorted 10 20 30 40 50: h = 1, 2, 3 -> exactly 20, 30, 40
        const Spread s = spreadOf({50.0, 10.0, 40.0, 20.0, 30.0});
        CHECK(s.q1 == doctest::Approx(20.0));
        CHECK(s.median == doctest::Approx(30.0));
        CHECK(s.q3 == doctest::Approx(40.0));
    }
    SUBCASE("odd count, uneven gaps") {
        // sorted 0 10 60 70 100 100 100: n = 7, h = 1.5, 3, 4.5
        // Q1 = 10 + .5 * 50 = 35; median = 70; Q3 = 100 + .5 * 0 = 100
        const Spread s = spreadOf({100.0, 0.0, 70.0, 100.0, 10.0, 60.0, 100.0});
        CHECK(s.q1 == doctest::Approx(35.0));
        CHECK(s.median == doctest::Approx(70.0));
        CHECK(s.q3 == doctest::Approx(100.0));
    }
    SUBCASE("ties") {
        // sorted 50 50 50 80: Q1 h = .75 -> 50; median h = 1.5 -> 50; Q3 h = 2.25 -> 50 + .25 * 30 = 57.5
        const Spread s = spreadOf({50.0, 80.0, 50.0, 50.0});
        CHECK(s.q1 == doctest::Approx(50.0));
        CHECK(s.median == doctest::Approx(50.0));
        CHECK(s.q3 == doctest::Approx(57.5));
    }
    SUBCASE("no values") {
        CHECK(spreadOf({}).n == 0);
    }
}

// ================================================================ Cronbach's alpha

TEST_CASE("team: Cronbach's alpha, worked by hand") {
    SUBCASE("three items, four people") {
        // keyed scores   i1 i2 i3 | total
        //   A             2  3  1 |  6
        //   B             4  4  4 | 12
        //   C             6  5  7 | 18
        //   D             4  4  4 | 12
        // Item means 4, 4, 4. Deviations: i1 -2 0 2 0 (SS 8), i2 -1 0 1 0 (SS 2), i3 -3 0 3 0 (SS 18).
        // Totals mean 12, deviations -6 0 6 0 (SS 72). Sample variances (n - 1 = 3):
        // 8/3, 2/3, 6 and 24; sum of item variances 28/3; ratio (28/3) / 24 = 7/18.
        // alpha = 3/2 * (1 - 7/18) = 3/2 * 11/18 = 11/12 = .91667
        const auto alpha = cronbachAlpha({{2, 3, 1}, {4, 4, 4}, {6, 5, 7}, {4, 4, 4}});
        REQUIRE(alpha.has_value());
        CHECK(*alpha == doctest::Approx(11.0 / 12.0));
    }
    SUBCASE("items that agree perfectly") {
        // each item 1 4 7: SS 18 each, 54 in all; totals 3 12 21: SS 162.
        // alpha = 3/2 * (1 - 54/162) = 3/2 * 2/3 = 1
        const auto alpha = cronbachAlpha({{1, 1, 1}, {4, 4, 4}, {7, 7, 7}});
        REQUIRE(alpha.has_value());
        CHECK(*alpha == doctest::Approx(1.0));
    }
    SUBCASE("items that pull against each other: a negative alpha is reported as it is") {
        // i1 1 7 4: mean 4, deviations -3 3 0, SS 18
        // i2 7 1 5: mean 13/3, deviations 8/3 -10/3 2/3, SS (64 + 100 + 4) / 9 = 56/3
        // totals 8 8 9: mean 25/3, deviations -1/3 -1/3 2/3, SS 6/9 = 2/3
        // alpha = 2/1 * (1 - (18 + 56/3) / (2/3)) = 2 * (1 - 55) = -108
        const auto alpha = cronbachAlpha({{1, 7}, {7, 1}, {4, 5}});
        REQUIRE(alpha.has_value());
        CHECK(*alpha == doctest::Approx(-108.0));
    }
    SUBCASE("not defined") {
        CHECK_FALSE(cronbachAlpha({}).has_value());
        CHECK_FALSE(cronbachAlpha({{1, 2, 3}}).has_value());          // one person
        CHECK_FALSE(cronbachAlpha({{1}, {5}, {7}}).has_value());      // one item
        CHECK_FALSE(cronbachAlpha({{1, 2}, {3}}).has_value());        // ragged
        CHECK_FALSE(cronbachAlpha({{4, 4}, {4, 4}, {4, 4}}).has_value());  // no variance
        CHECK_FALSE(cronbachAlpha({{1, 7}, {7, 1}}).has_value());  // totals 8 and 8: no variance
    }
}

TEST_CASE("team: alpha in the summary from 20 complete cases, 'cannot be estimated' below") {
    const Instrument ins = teamInstrument();
    // The hand-worked rows A-D above as helpfulness answers (h2 is reversed: raw = 8 - keyed):
    //   A keyed 2 3 1 -> raw 2 5 1;  B 4 4 4 -> 4 4 4;  C 6 5 7 -> 6 3 7;  D 4 4 4 -> 4 4 4.
    // Coachability all 4 for everyone: the totals never vary, so no alpha there.
    const std::vector<std::vector<int>> base = {
        {2, 5, 1, 4, 4, 4, 4}, {4, 4, 4, 4, 4, 4, 4}, {6, 3, 7, 4, 4, 4, 4}, {4, 4, 4, 4, 4, 4, 4}};
    std::vector<std::vector<int>> people;
    for (int copy = 0; copy < 5; ++copy) people.insert(people.end(), base.begin(), base.end());
    REQUIRE(people.size() == 20);

    SUBCASE("20 people") {
        // Five copies of each row multiply every sum of squares by 5, so the ratio, and alpha,
        // stay as worked out above: 11/12.
        MemoryStore store;
        Team team(ins, store);
        addAll(team, people);
        const TeamSummary s = team.summary();
        REQUIRE(s.scale("helpfulness"));
        CHECK(s.scale("helpfulness")->completeCases == 20);
        CHECK(s.scale("helpfulness")->alphaEstimated);
        CHECK(s.scale("helpfulness")->alpha == doctest::Approx(11.0 / 12.0));
        CHECK(s.scale("coachability")->completeCases == 20);
        CHECK_FALSE(s.scale("coachability")->alphaEstimated);
    }
    SUBCASE("19 people") {
        people.pop_back();
        MemoryStore store;
        Team team(ins, store);
        addAll(team, people);
        const TeamSummary s = team.summary();
        CHECK(s.scale("helpfulness")->completeCases == 19);
        CHECK_FALSE(s.scale("helpfulness")->alphaEstimated);
    }
    SUBCASE("20 people, one of whom skipped a helpfulness statement: 19 complete cases") {
        people.back()[2] = 0;
        MemoryStore store;
        Team team(ins, store);
        addAll(team, people);
        const TeamSummary s = team.summary();
        CHECK(s.people == 20);
        CHECK(s.scale("helpfulness")->completeCases == 19);
        CHECK_FALSE(s.scale("helpfulness")->alphaEstimated);
        CHECK(s.scale("coachability")->completeCases == 20);
    }
}

// ================================================================ the summary

TEST_CASE("team: scale dots keep the order people were added; medians and quartiles by hand") {
    const Instrument ins = teamInstrument();
    MemoryStore store;
    Team team(ins, store);
    // helpfulness keyed 7, 1, 7, 4 -> scores 100, 0, 100, 50
    // coachability keyed 4, 4, 1, 7 -> scores 50, 50, 0, 100
    addAll(team, {keyedAll(7, 4), keyedAll(1, 4), keyedAll(7, 1), keyedAll(4, 7)});
    const TeamSummary s = team.summary();
    CHECK(s.people == 4);
    CHECK(s.enoughForAggregates);

    const ScaleSpread* h = s.scale("helpfulness");
    REQUIRE(h);
    REQUIRE(h->scores.size() == 4);
    CHECK(h->scores[0] == doctest::Approx(100.0));  // not sorted: dots, never a ranking
    CHECK(h->scores[1] == doctest::Approx(0.0));
    CHECK(h->scores[2] == doctest::Approx(100.0));
    CHECK(h->scores[3] == doctest::Approx(50.0));
    // sorted 0 50 100 100: Q1 h = .75 -> 37.5; median h = 1.5 -> 75; Q3 h = 2.25 -> 100
    CHECK(h->spread.n == 4);
    CHECK(h->spread.q1 == doctest::Approx(37.5));
    CHECK(h->spread.median == doctest::Approx(75.0));
    CHECK(h->spread.q3 == doctest::Approx(100.0));

    const ScaleSpread* c = s.scale("coachability");
    REQUIRE(c);
    // sorted 0 50 50 100: Q1 37.5, median 50, Q3 62.5
    CHECK(c->spread.q1 == doctest::Approx(37.5));
    CHECK(c->spread.median == doctest::Approx(50.0));
    CHECK(c->spread.q3 == doctest::Approx(62.5));

    CHECK(s.scale("quality") == nullptr);  // quality checks are not a scale to plot

    // Each facet here is the whole scale, so the same numbers.
    const FacetSpread* listen = s.facet("listen");
    REQUIRE(listen);
    CHECK(listen->scale == "helpfulness");
    CHECK(listen->spread.median == doctest::Approx(75.0));
    CHECK(s.facet("open")->spread.q3 == doctest::Approx(62.5));
}

TEST_CASE("team: odd count, and a person whose scale is not scored is no dot") {
    const Instrument ins = teamInstrument();
    MemoryStore store;
    Team team(ins, store);
    std::vector<int> skipped = keyedAll(4, 4);
    skipped[0] = 0;  // 2 of 3 helpfulness statements: below 80%, helpfulness not scored
    // helpfulness keyed 3, 5, 7 (scores 33.33, 66.67, 100) and the unscored one
    addAll(team, {keyedAll(3, 4), skipped, keyedAll(7, 4), keyedAll(5, 4)});
    const TeamSummary s = team.summary();
    CHECK(s.people == 4);
    const ScaleSpread* h = s.scale("helpfulness");
    REQUIRE(h->scores.size() == 3);
    CHECK(h->scores[0] == doctest::Approx(100.0 / 3.0));
    CHECK(h->scores[1] == doctest::Approx(100.0));
    CHECK(h->scores[2] == doctest::Approx(200.0 / 3.0));
    // sorted 33.33 66.67 100: h = .5, 1, 1.5 -> Q1 50, median 66.67, Q3 83.33
    CHECK(h->spread.n == 3);
    CHECK(h->spread.q1 == doctest::Approx(50.0));
    CHECK(h->spread.median == doctest::Approx(200.0 / 3.0));
    CHECK(h->spread.q3 == doctest::Approx(250.0 / 3.0));
    CHECK(s.scale("coachability")->spread.n == 4);
    CHECK(s.scale("coachability")->spread.median == doctest::Approx(50.0));
}

TEST_CASE("team: counts in each cell of the 2 x 2") {
    const Instrument ins = teamInstrument();
    MemoryStore store;
    Team team(ins, store);
    // Three statements a scale: 90% half-width 15.6 points (reliability .375 by Spearman-Brown,
    // SE 12 * sqrt(.625) = 9.49, * 1.645). Scores 100 and 0/33 are far from the cut at 67;
    // 66.67 (keyed 5) has an interval of 51-82 across it: borderline.
    addAll(team, {
        keyedAll(7, 7),                  // helpful, coachable
        keyedAll(7, 1),                  // Pertti
        keyedAll(7, 3),                  // Pertti
        keyedAll(1, 7),                  // eager learner
        keyedAll(3, 1),                  // worth a conversation
        keyedAll(5, 5),                  // borderline
        {0, 0, 0, 7, 7, 1, 4},           // helpfulness unanswered: not scored
    });
    const TeamSummary s = team.summary();
    CHECK(s.people == 7);
    CHECK(s.count(Profile::HelpfulCoachable) == 1);
    CHECK(s.count(Profile::Pertti) == 2);
    CHECK(s.count(Profile::EagerLearner) == 1);
    CHECK(s.count(Profile::WorthConversation) == 1);
    CHECK(s.count(Profile::Borderline) == 1);
    CHECK(s.count(Profile::NotScored) == 1);
}

TEST_CASE("team: share agreeing and disagreeing with each statement, on the raw answers") {
    const Instrument ins = teamInstrument();
    MemoryStore store;
    Team team(ins, store);
    //            h1 h2 h3 c1 c2 c3 tg
    addAll(team, {{5, 1, 7, 4, 4, 4, 7},
                  {7, 2, 7, 4, 4, 4, 7},
                  {3, 3, 7, 4, 4, 4, 0},
                  {4, 6, 7, 4, 4, 4, 0},
                  {0, 7, 7, 4, 4, 4, 0}});
    const TeamSummary s = team.summary();
    REQUIRE(s.items.size() == 7);
    // h1: answered 5 7 3 4 (4 people); agreed 5, 7 -> 2/4; disagreed 3 -> 1/4
    CHECK(s.items[0].itemId == "h1");
    CHECK(s.items[0].answered == 4);
    CHECK(s.items[0].shown);
    CHECK(s.items[0].agreed == doctest::Approx(0.5));
    CHECK(s.items[0].disagreed == doctest::Approx(0.25));
    // h2 is reverse-keyed, but the share is about the statement as read: raw 1 2 3 6 7 ->
    // agreed 6, 7 -> 2/5; disagreed 1, 2, 3 -> 3/5
    CHECK(s.items[1].answered == 5);
    CHECK(s.items[1].agreed == doctest::Approx(0.4));
    CHECK(s.items[1].disagreed == doctest::Approx(0.6));
    // h3: everyone 7 -> all agree, none disagree
    CHECK(s.items[2].agreed == doctest::Approx(1.0));
    CHECK(s.items[2].disagreed == doctest::Approx(0.0));
    // c1: everyone 4 ("neither") -> neither share
    CHECK(s.items[3].agreed == doctest::Approx(0.0));
    CHECK(s.items[3].disagreed == doctest::Approx(0.0));
    // tg: only 2 answered -> below the small-groups rule for this statement: not shown
    CHECK(s.items[6].itemId == "tg");
    CHECK(s.items[6].answered == 2);
    CHECK_FALSE(s.items[6].shown);
    CHECK(s.items[6].agreed == 0.0);
}

TEST_CASE("team: small groups get no aggregates, but each person's dot and result stay") {
    const Instrument ins = teamInstrument();
    for (int n : {1, 2}) {
        CAPTURE(n);
        MemoryStore store;
        Team team(ins, store);
        std::vector<std::vector<int>> people = {keyedAll(7, 7), keyedAll(3, 3)};
        people.resize(static_cast<std::size_t>(n));
        addAll(team, people);
        const TeamSummary s = team.summary();
        CHECK(s.people == n);
        CHECK_FALSE(s.enoughForAggregates);
        CHECK(s.scale("helpfulness")->scores.size() == static_cast<std::size_t>(n));
        CHECK(s.scale("helpfulness")->spread.n == 0);
        CHECK(s.facet("listen")->spread.n == 0);
        CHECK(s.items.empty());
        CHECK(s.count(Profile::HelpfulCoachable) == 0);
        // The person's own result: keyed 7 everywhere -> 100 on helpfulness
        CHECK(team.resultOf(0).scale("helpfulness")->score == doctest::Approx(100.0));
        CHECK(team.resultOf(0).profile == Profile::HelpfulCoachable);
    }
    MemoryStore store;
    Team team(ins, store);
    addAll(team, {keyedAll(7, 7), keyedAll(3, 3), keyedAll(4, 4)});
    CHECK(team.summary().enoughForAggregates);
    CHECK(team.summary().count(Profile::HelpfulCoachable) == 1);
}

TEST_CASE("team: stored members of another questionnaire are set aside, not scored") {
    const Instrument ins = teamInstrument();
    TeamView view;
    TeamMember ok;
    ok.questionnaireId = "team-test";
    ok.questionnaireVersion = 1;  // an older version with the same statements is fine
    ok.answers = keyedAll(7, 7);
    TeamMember other = ok;
    other.questionnaireId = "another";
    TeamMember shorter = ok;
    shorter.answers.pop_back();
    TeamMember newer = ok;
    newer.questionnaireVersion = 3;
    view.members = {ok, other, shorter, newer};
    const TeamSummary s = summarize(ins, view);
    CHECK(s.people == 1);
    CHECK(s.setAside == 3);
    CHECK(s.scale("helpfulness")->scores.size() == 1);
}

// ================================================================ adding

TEST_CASE("team: the same link twice is refused") {
    const Instrument ins = teamInstrument();
    MemoryStore store;
    Team team(ins, store);
    const SharedResult r = shared(keyedAll(7, 7), "Aino");
    CHECK(team.add(r, fingerprintOf(r), 1) == AddResult::Added);
    CHECK(team.add(r, fingerprintOf(r), 2) == AddResult::Duplicate);
    // Same result under another fingerprint (e.g. a link made by another release): still the same
    CHECK(team.add(r, "r=something-else", 3) == AddResult::Duplicate);
    // Same answers from someone else is a different result
    const SharedResult other = shared(keyedAll(7, 7), "Eero");
    CHECK(team.add(other, fingerprintOf(other), 4) == AddResult::Added);
    CHECK(team.members().size() == 2);
    CHECK(team.members()[0].addedAtMs == 1);
    CHECK(team.members()[0].linkFingerprint == fingerprintOf(r));
}

TEST_CASE("team: results that do not fit are refused and nothing is stored") {
    const Instrument ins = teamInstrument();
    MemoryStore store;
    Team team(ins, store);
    team.load(0);

    SharedResult wrongId = shared(keyedAll(7, 7));
    wrongId.questionnaireId = "someone-elses";
    CHECK(team.add(wrongId, fingerprintOf(wrongId), 1) == AddResult::WrongQuestionnaire);

    SharedResult newer = shared(keyedAll(7, 7));
    newer.questionnaireVersion = 3;  // this build knows version 2
    CHECK(team.add(newer, fingerprintOf(newer), 1) == AddResult::UnknownVersion);

    SharedResult shorter = shared({7, 1, 7, 7, 7, 1});  // 6 answers for 7 statements
    CHECK(team.add(shorter, fingerprintOf(shorter), 1) == AddResult::WrongLength);
    SharedResult longer = shared({7, 1, 7, 7, 7, 1, 4, 4});
    CHECK(team.add(longer, fingerprintOf(longer), 1) == AddResult::WrongLength);

    CHECK(team.members().empty());
    CHECK(store.values().empty());

    SharedResult older = shared(keyedAll(7, 7));
    older.questionnaireVersion = 1;  // older, same statements: accepted
    CHECK(team.add(older, fingerprintOf(older), 1) == AddResult::Added);
}

TEST_CASE("team: storage full - nothing changes, in memory either") {
    const Instrument ins = teamInstrument();
    const std::size_t capacity = 4000;
    MemoryStore store(true, capacity);
    Team team(ins, store);
    team.load(0);
    const SharedResult first = shared(keyedAll(7, 7), "Aino");
    REQUIRE(team.add(first, fingerprintOf(first), 1) == AddResult::Added);
    const std::string stored = store.values().at(keys::team);

    // Fill the rest of the storage but for 10 bytes: a second member needs far more.
    const std::size_t used = keys::team.size() + stored.size();
    const std::string filler = "filler";
    REQUIRE(store.set(filler, std::string(capacity - used - filler.size() - 10, 'x')) == WriteResult::Ok);

    const SharedResult second = shared(keyedAll(3, 3), "Eero");
    CHECK(team.add(second, fingerprintOf(second), 2) == AddResult::Full);
    CHECK(team.members().size() == 1);
    CHECK(store.values().at(keys::team) == stored);
    CHECK_FALSE(team.setTitle(std::string(100, 'T')));
    CHECK(team.view().title.empty());

    // Removing makes the document smaller, so it goes through.
    CHECK(team.remove(0));
    CHECK(team.members().empty());
}

TEST_CASE("team: round trip through storage") {
    const Instrument ins = teamInstrument();
    MemoryStore store;
    {
        Team team(ins, store);
        team.load(0);
        addAll(team, {keyedAll(7, 7), keyedAll(3, 5)});
        CHECK(team.setTitle("Myynti Pohjoinen — syksy"));
    }
    Team again(ins, store);
    const LoadOutcome outcome = again.load(5);
    CHECK(outcome.status == LoadStatus::Loaded);
    CHECK(again.notices().empty());
    CHECK(again.view().title == "Myynti Pohjoinen — syksy");
    REQUIRE(again.members().size() == 2);
    const TeamMember& m = again.members()[1];
    CHECK(m.name == "p1");
    CHECK(m.questionnaireId == "team-test");
    CHECK(m.questionnaireVersion == 2);
    CHECK(m.language == "fi");
    CHECK(m.team == "north");
    CHECK(m.answers == std::vector<int>{3, 5, 3, 5, 5, 3, 4});
    CHECK(m.addedAtMs == 1001);
    CHECK(m.linkFingerprint == fingerprintOf(shared(keyedAll(3, 5), "p1")));
    // and a re-add after reload is still a duplicate
    const SharedResult r = m.shared();
    CHECK(again.add(r, fingerprintOf(r), 9) == AddResult::Duplicate);
}

TEST_CASE("team: a version-1 document written by hand loads (fixture)") {
    // The stored format as version 1 writes it; kept verbatim so a later release must still read it.
    const std::string v1 =
        R"({"doc":{"cereal_class_version":1,"title":"Sales North","members":[)"
        R"({"cereal_class_version":1,"name":"Aino","questionnaire":"team-test","questionnaireVersion":2,)"
        R"("language":"fi","team":"north","answers":[7,1,7,7,7,1,4],"addedAt":1700000000000,"link":"r=x"},)"
        R"({"name":"","questionnaire":"team-test","questionnaireVersion":1,)"
        R"("language":"en","team":"","answers":[1,7,1,1,1,7,0],"addedAt":1700000000001,"link":""}]}})";
    TeamView view;
    fromJson(v1, view);
    CHECK(view.title == "Sales North");
    REQUIRE(view.members.size() == 2);
    CHECK(view.members[0].name == "Aino");
    CHECK(view.members[0].addedAtMs == 1700000000000);
    CHECK(view.members[1].answers == std::vector<int>{1, 7, 1, 1, 1, 7, 0});

    // toJson writes what fromJson reads back
    TeamView back;
    fromJson(toJson(view), back);
    CHECK(back.members[1].language == "en");
    CHECK(back.members[0].linkFingerprint == "r=x");
}

TEST_CASE("team: a corrupt stored view is kept aside and the view starts empty") {
    const Instrument ins = teamInstrument();
    const std::string newerView = R"({"doc":{"cereal_class_version":2,"title":"","members":[]}})";
    const std::string newerMember =
        R"({"doc":{"cereal_class_version":1,"title":"","members":[{"cereal_class_version":2,"name":"",)"
        R"("questionnaire":"team-test","questionnaireVersion":2,"language":"fi","team":"",)"
        R"("answers":[7,1,7,7,7,1,4],"addedAt":1,"link":""}]}})";
    for (const std::string& raw : {std::string("{\"doc\": {\"title\": 3"), std::string("not json at all"),
                                   std::string(R"({"doc":{"cereal_class_version":1,"title":"x"}})"),
                                   newerView, newerMember}) {
        CAPTURE(raw);
        MemoryStore store;
        store.set(keys::team, raw);
        Team team(ins, store);
        const LoadOutcome outcome = team.load(1234);
        CHECK(outcome.status == LoadStatus::KeptAside);
        CHECK(outcome.asideKey == "sellerquiz.team.unreadable.1234");
        CHECK(store.get("sellerquiz.team.unreadable.1234") == raw);
        CHECK_FALSE(store.get(keys::team).has_value());
        CHECK(team.members().empty());
        REQUIRE(team.notices().size() == 1);
        CHECK(team.notices()[0] == Notice::UnreadableKeptAside);
        team.dismissNotice(Notice::UnreadableKeptAside);
        CHECK(team.notices().empty());

        const SharedResult r = shared(keyedAll(7, 7));
        CHECK(team.add(r, fingerprintOf(r), 2) == AddResult::Added);
        CHECK(store.get("sellerquiz.team.unreadable.1234") == raw);  // never overwritten
    }
}

TEST_CASE("team: unreadable data that cannot be moved aside is never overwritten") {
    const Instrument ins = teamInstrument();
    const std::string raw = "corrupt team document " + std::string(1000, 'x');  // room for a real view later
    MemoryStore store(true, keys::team.size() + raw.size() + 5);  // no room for a copy
    store.set(keys::team, raw);
    Team team(ins, store);
    CHECK(team.load(7).status == LoadStatus::Unreadable);
    CHECK(team.notices()[0] == Notice::UnreadableKeptAside);
    const SharedResult r = shared(keyedAll(7, 7));
    CHECK(team.add(r, fingerprintOf(r), 8) == AddResult::Full);
    CHECK(store.get(keys::team) == raw);
    CHECK(team.members().empty());

    // The manager may delete the whole view on purpose; then adding works again.
    team.clear();
    CHECK_FALSE(store.get(keys::team).has_value());
    CHECK(team.add(r, fingerprintOf(r), 9) == AddResult::Added);
}

TEST_CASE("team: a browser without storage works in memory, with a notice") {
    const Instrument ins = teamInstrument();
    MemoryStore store(false);
    Team team(ins, store);
    team.load(0);
    REQUIRE(team.notices().size() == 1);
    CHECK(team.notices()[0] == Notice::StorageUnavailable);
    const SharedResult r = shared(keyedAll(7, 7));
    CHECK(team.add(r, fingerprintOf(r), 1) == AddResult::Added);
    CHECK(team.members().size() == 1);
}

// ================================================================ pasting, removing, clearing

TEST_CASE("team: pasting several links gives an outcome for each") {
    const Instrument ins = teamInstrument();
    MemoryStore store;
    Team team(ins, store);
    team.load(0);

    const std::string aino = encodeResult(shared(keyedAll(7, 7), "Aino"));
    const std::string eero = encodeResult(shared(keyedAll(3, 5), "Eero"));
    const std::string liisa = encodeResult(shared(keyedAll(5, 3), "Liisa"));
    SharedResult otherQuestionnaire = shared(keyedAll(7, 7), "Olli");
    otherQuestionnaire.questionnaireId = "another-quiz";
    const std::string olli = encodeResult(otherQuestionnaire);
    const std::string broken = tampered(encodeResult(shared(keyedAll(4, 4), "Pia")));
    const std::string invitation = encodeInvitation(Invitation{"north", "Maija", "fi", "Hi"});
    REQUIRE(aino.substr(0, 2) == "r=");
    REQUIRE(broken != encodeResult(shared(keyedAll(4, 4), "Pia")));

    const std::string pasted = "Hi, here they are:\n"
                               "https://quiz.example.org/app/#" + aino + "\n"
                               "  #" + eero + "\t(" + liisa + ").\r\n" +
                               broken + "\n"
                               "https://quiz.example.org/#" + invitation + "\n" +
                               olli + " " + aino + "\n"
                               "thanks!";
    const std::vector<PasteOutcome> out = team.addMany(pasted, 50);
    REQUIRE(out.size() == 7);  // "Hi,", "here", "thanks!" hold no link and are skipped

    CHECK(out[0].token == "https://quiz.example.org/app/#" + aino);
    CHECK(out[0].linkError == LinkError::None);
    CHECK(out[0].added == AddResult::Added);

    CHECK(out[1].token == "#" + eero);
    CHECK(out[1].added == AddResult::Added);

    CHECK(out[2].token == "(" + liisa + ").");  // brackets and a full stop around it
    CHECK(out[2].added == AddResult::Added);

    // One changed character in the middle (the answers): the CRC-32 no longer matches.
    CHECK(out[3].linkError == LinkError::Checksum);
    CHECK_FALSE(out[3].added.has_value());

    CHECK(out[4].linkError == LinkError::WrongKind);  // an invitation, not a result
    CHECK_FALSE(out[4].added.has_value());

    CHECK(out[5].linkError == LinkError::None);
    CHECK(out[5].added == AddResult::WrongQuestionnaire);

    CHECK(out[6].added == AddResult::Duplicate);  // Aino's link pasted a second time

    REQUIRE(team.members().size() == 3);
    CHECK(team.members()[0].name == "Aino");
    CHECK(team.members()[1].name == "Eero");
    CHECK(team.members()[2].name == "Liisa");
    CHECK(team.members()[2].addedAtMs == 50);
    CHECK(team.members()[0].linkFingerprint == aino);

    CHECK(team.addMany("no links here, only words", 60).empty());
    const auto cut = team.addMany("r=", 61);
    REQUIRE(cut.size() == 1);
    CHECK(cut[0].linkError == LinkError::Empty);
}

TEST_CASE("team: remove one member, clear the whole view") {
    const Instrument ins = teamInstrument();
    MemoryStore store;
    Team team(ins, store);
    team.load(0);
    addAll(team, {keyedAll(7, 7), keyedAll(3, 3), keyedAll(5, 5)});
    CHECK(team.setTitle("North"));

    CHECK(team.remove(1));
    REQUIRE(team.members().size() == 2);
    CHECK(team.members()[0].name == "p0");
    CHECK(team.members()[1].name == "p2");
    CHECK_FALSE(team.remove(2));  // no such member
    {
        Team reread(ins, store);
        reread.load(1);
        REQUIRE(reread.members().size() == 2);
        CHECK(reread.members()[1].name == "p2");
    }
    // a removed person can be added again
    const SharedResult back = shared(keyedAll(3, 3), "p1");
    CHECK(team.add(back, fingerprintOf(back), 2) == AddResult::Added);

    team.clear();
    CHECK(team.members().empty());
    CHECK(team.view().title.empty());
    CHECK_FALSE(store.get(keys::team).has_value());
    Team reread(ins, store);
    CHECK(reread.load(3).status == LoadStatus::Missing);
    CHECK(reread.members().empty());
}

TEST_CASE("team: the shipped questionnaire, from pasted links to a summary") {
    const Content content = loadEmbeddedContent();
    const Instrument& ins = content.instrument;
    MemoryStore store;
    Team team(ins, store);
    team.load(0);
    std::string pasted;
    for (const std::string name : {"Aino", "Eero", "Liisa"}) {
        SharedResult r;
        r.questionnaireId = ins.id;
        r.questionnaireVersion = ins.version;
        r.language = "fi";
        r.name = name;
        r.answers.assign(ins.items.size(), 7);  // "strongly agree" with every statement
        pasted += "https://example.org/#" + encodeResult(r) + "\n";
    }
    const auto out = team.addMany(pasted, 1);
    REQUIRE(out.size() == 3);
    for (const PasteOutcome& o : out) CHECK(o.added == AddResult::Added);

    const TeamSummary s = team.summary();
    CHECK(s.people == 3);
    CHECK(s.enoughForAggregates);
    CHECK(s.scales.size() == 2);
    CHECK(s.facets.size() == ins.facets.size());
    REQUIRE(s.items.size() == ins.items.size());
    // Everyone answered 7 to every statement: all three agree with each one, none disagree.
    for (const ItemShares& item : s.items) {
        CHECK(item.answered == 3);
        CHECK(item.agreed == doctest::Approx(1.0));
        CHECK(item.disagreed == doctest::Approx(0.0));
    }
    CHECK(s.scale("helpfulness")->scores.size() == 3);
    CHECK_FALSE(s.scale("helpfulness")->alphaEstimated);  // 3 people: cannot be estimated
}
