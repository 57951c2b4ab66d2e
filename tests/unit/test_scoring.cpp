// Scoring rules (src/core/scoring.cpp). Every expected value is worked out by hand in the
// test, with the arithmetic written beside it; the code under test never supplies one.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <functional>
#include <string>

#include "core/scoring.hpp"

using namespace core;

namespace {

// Two scales ("helpfulness", "coachability"), `facetsPerScale` facets each ("h1".., "c1"..),
// `itemsPerFacet` items per facet ("h1_1", "h1_2", ..). No reversed items, pairs or quality
// items: each test adds what it is about.
Instrument makeInstrument(int facetsPerScale = 5, int itemsPerFacet = 4) {
    Instrument ins;
    ins.id = "test";
    ins.version = 1;
    for (const std::string scale : {"helpfulness", "coachability"}) {
        ins.scales.push_back(ScaleDef{scale});
        for (int f = 1; f <= facetsPerScale; ++f) {
            const std::string facet = scale.substr(0, 1) + std::to_string(f);
            ins.facets.push_back(FacetDef{facet, scale});
            for (int i = 1; i <= itemsPerFacet; ++i) {
                ItemDef item;
                item.id = facet + "_" + std::to_string(i);
                item.scale = scale;
                item.facet = facet;
                ins.items.push_back(item);
            }
        }
    }
    return ins;
}

// Two "too good to be true" statements, appended as quality-only items.
void addTooGoodItems(Instrument& ins) {
    for (const std::string id : {"q1", "q2"}) {
        ItemDef item;
        item.id = id;
        item.scale = "quality";
        item.tooGood = true;
        ins.items.push_back(item);
    }
}

ItemDef& itemOf(Instrument& ins, const std::string& id) {
    for (ItemDef& item : ins.items)
        if (item.id == id) return item;
    FAIL("no item " << id);
    return ins.items.front();
}

// One answer per item in the instrument's order; rawFor(item, index) gives the raw answer.
Attempt answer(const Instrument& ins, const std::function<int(const ItemDef&, int)>& rawFor,
               std::uint32_t millis = 4000) {
    Attempt at;
    at.questionnaireId = ins.id;
    at.questionnaireVersion = ins.version;
    for (std::size_t i = 0; i < ins.items.size(); ++i)
        at.answers.push_back(ItemAnswer{ins.items[i].id, rawFor(ins.items[i], static_cast<int>(i)), millis});
    return at;
}

Attempt answerAll(const Instrument& ins, int raw) {
    return answer(ins, [raw](const ItemDef&, int) { return raw; });
}

// Raw answers per scale (quality items get 4).
Attempt answerScales(const Instrument& ins, int helpfulness, int coachability) {
    return answer(ins, [=](const ItemDef& item, int) {
        if (item.scale == "helpfulness") return helpfulness;
        if (item.scale == "coachability") return coachability;
        return 4;
    });
}

void set(Attempt& at, const std::string& id, int value) {
    for (ItemAnswer& a : at.answers)
        if (a.itemId == id) { a.value = value; return; }
    FAIL("no answer " << id);
}

// A pattern with no two neighbours alike: 1,2,3,4,5,6,7,1,2,...
int cycle(const ItemDef&, int index) { return index % 7 + 1; }

void makePair(Instrument& ins, const std::string& a, const std::string& b) {
    itemOf(ins, a).opposite = b;
}

}  // namespace

// ================================================================== transform and bands

TEST_CASE("scoring: 0-100 transform endpoints") {
    CHECK(toPercent(1.0) == doctest::Approx(0.0));     // (1-1)/6*100
    CHECK(toPercent(7.0) == doctest::Approx(100.0));   // (7-1)/6*100
    CHECK(toPercent(4.0) == doctest::Approx(50.0));    // 3/6*100
    CHECK(toPercent(6.0) == doctest::Approx(83.3333)); // 5/6*100
}

TEST_CASE("scoring: bands on the rounded score") {
    CHECK(bandOf(0) == Band::MostlyDisagrees);
    CHECK(bandOf(49) == Band::MostlyDisagrees);
    CHECK(bandOf(49.4) == Band::MostlyDisagrees);  // shown as 49
    CHECK(bandOf(49.5) == Band::Mixed);            // shown as 50
    CHECK(bandOf(50) == Band::Mixed);
    CHECK(bandOf(66) == Band::Mixed);
    CHECK(bandOf(66.4) == Band::Mixed);            // shown as 66
    CHECK(bandOf(66.5) == Band::MostlyAgrees);     // shown as 67
    CHECK(bandOf(67) == Band::MostlyAgrees);
    CHECK(bandOf(83) == Band::MostlyAgrees);
    CHECK(bandOf(83.4) == Band::MostlyAgrees);
    CHECK(bandOf(83.5) == Band::StronglyAgrees);   // shown as 84
    CHECK(bandOf(84) == Band::StronglyAgrees);
    CHECK(bandOf(100) == Band::StronglyAgrees);
}

// ================================================================== means and keying

TEST_CASE("scoring: reverse keying, facet and scale means") {
    Instrument ins = makeInstrument();
    itemOf(ins, "h1_3").reversed = true;
    Attempt at = answerAll(ins, 4);
    set(at, "h1_1", 7);
    set(at, "h1_2", 6);
    set(at, "h1_3", 2);  // reversed: 8 - 2 = 6
    set(at, "h1_4", 5);

    const Result r = score(ins, at);
    const ScoreSummary* h1 = r.facet("h1");
    REQUIRE(h1 != nullptr);
    CHECK(h1->answered == 4);
    CHECK(h1->total == 4);
    CHECK(h1->scored);
    CHECK(h1->mean == doctest::Approx(6.0));       // (7 + 6 + 6 + 5) / 4 = 24 / 4
    CHECK(h1->score == doctest::Approx(83.3333));  // (6 - 1) / 6 * 100
    CHECK(h1->band == Band::MostlyAgrees);         // shown as 83

    const ScoreSummary* help = r.scale("helpfulness");
    REQUIRE(help != nullptr);
    CHECK(help->answered == 20);
    CHECK(help->mean == doctest::Approx(4.4));      // (24 + 16 * 4) / 20 = 88 / 20
    CHECK(help->score == doctest::Approx(56.6667)); // 3.4 / 6 * 100
    CHECK(help->band == Band::Mixed);

    // A reversed 4 stays 4; a reversed 1 counts as 7.
    CHECK(r.facet("h2")->mean == doctest::Approx(4.0));
    itemOf(ins, "c1_1").reversed = true;
    set(at, "c1_1", 1);  // 8 - 1 = 7; with three 4s: (7 + 12) / 4 = 4.75
    CHECK(score(ins, at).facet("c1")->mean == doctest::Approx(4.75));
}

TEST_CASE("scoring: a scale's mean is over its items, not over its facet means") {
    Instrument ins = makeInstrument(2, 4);  // helpfulness = h1 + h2, 8 items
    Attempt at = answerScales(ins, 4, 4);
    for (const char* id : {"h1_1", "h1_2", "h1_3", "h1_4"}) set(at, id, 7);
    for (const char* id : {"h2_1", "h2_2", "h2_3"}) set(at, id, 1);
    set(at, "h2_4", 0);  // skipped

    const Result r = score(ins, at);
    CHECK(r.facet("h1")->mean == doctest::Approx(7.0));
    CHECK(r.facet("h2")->mean == doctest::Approx(1.0));  // 3 of 4 answered: scored
    const ScoreSummary* help = r.scale("helpfulness");
    CHECK(help->answered == 7);
    CHECK(help->scored);                                  // 7 / 8 = 87.5%
    CHECK(help->mean == doctest::Approx(31.0 / 7.0));     // (4 * 7 + 3 * 1) / 7 = 4.4286, not (7 + 1) / 2 = 4
    CHECK(help->score == doctest::Approx(57.1429));       // (31/7 - 1) / 6 * 100 = (24/7) / 6 * 100 = 400/7
}

TEST_CASE("scoring: the 80% rule for scales, 3 of 4 for facets") {
    CHECK(minAnswered(20, 0.8) == 16);
    CHECK(minAnswered(4, 0.8) == 4);   // ceil(3.2): why facets use 75% instead
    CHECK(minAnswered(4, 0.75) == 3);
    CHECK(minAnswered(5, 0.8) == 4);

    const Instrument ins = makeInstrument();
    Attempt at = answerScales(ins, 6, 6);
    // Skip one item in each of h1..h4: 16 of 20 answered, exactly 80%.
    for (const char* id : {"h1_1", "h2_1", "h3_1", "h4_1"}) set(at, id, 0);
    Result r = score(ins, at);
    const ScoreSummary* help = r.scale("helpfulness");
    CHECK(help->answered == 16);
    CHECK(help->total == 20);
    CHECK(help->scored);
    CHECK(help->mean == doctest::Approx(6.0));
    // The interval rests on the 16 answers: k = 16/20 = .8, r = .8 * .8 / (1 - .2 * .8)
    // = .64 / .84 = .7619; SE = 12 * sqrt(.2381) = 5.8554; half = 1.645 * 5.8554 = 9.632.
    CHECK(help->low == doctest::Approx(83.3333 - 9.632).epsilon(0.001));
    CHECK(help->high == doctest::Approx(83.3333 + 9.632).epsilon(0.001));
    CHECK(r.facet("h1")->answered == 3);
    CHECK(r.facet("h1")->scored);          // 3 of 4
    CHECK(r.facet("h5")->answered == 4);

    // One fewer: 15 of 20 = 75% is not enough for a scale.
    set(at, "h5_1", 0);
    r = score(ins, at);
    CHECK(r.scale("helpfulness")->answered == 15);
    CHECK_FALSE(r.scale("helpfulness")->scored);
    CHECK(r.scale("helpfulness")->score == 0);  // nothing filled in when not scored
    CHECK(r.scale("coachability")->scored);     // the other scale is unaffected
    CHECK(r.profile == Profile::NotScored);

    // A facet with 2 of 4 answered is not scored.
    set(at, "h1_2", 0);
    CHECK_FALSE(score(ins, at).facet("h1")->scored);
}

TEST_CASE("scoring: quality items are in no scale") {
    Instrument ins = makeInstrument();
    addTooGoodItems(ins);
    ins.scales.push_back(ScaleDef{"quality"});  // even if listed, it is not scored
    Attempt at = answerScales(ins, 4, 4);
    set(at, "q1", 7);
    set(at, "q2", 7);
    const Result r = score(ins, at);
    CHECK(r.scales.size() == 2);
    CHECK(r.scale("quality") == nullptr);
    CHECK(r.scale("helpfulness")->total == 20);
    CHECK(r.scale("helpfulness")->mean == doctest::Approx(4.0));
}

TEST_CASE("scoring: answers are matched by item id; values outside 1..7 count as unanswered") {
    const Instrument ins = makeInstrument();
    Attempt at = answerScales(ins, 4, 4);
    std::swap(at.answers.front(), at.answers.back());  // order does not matter
    set(at, "h1_1", 7);
    set(at, "h1_2", 9);   // damaged: unanswered
    set(at, "h1_3", -1);  // damaged: unanswered
    const ScoreSummary* h1 = score(ins, at).facet("h1");
    CHECK(h1->answered == 2);
    CHECK_FALSE(h1->scored);
    at.answers.pop_back();  // an item with no answer at all (h1_1 was swapped to the back)
    CHECK(score(ins, at).scale("helpfulness")->answered == 17);  // 20 - h1_1, h1_2, h1_3
}

// ================================================================== intervals

TEST_CASE("scoring: 90% interval half-widths") {
    // 20 items: r = .80; SE = 12 * sqrt(.20) = 5.3666; half = 1.645 * 5.3666 = 8.828.
    CHECK(reliabilityFor(20) == doctest::Approx(0.80));
    CHECK(halfWidth90(20) == doctest::Approx(8.828).epsilon(0.001));
    CHECK(std::abs(halfWidth90(20) - kScaleHalfWidth90) < 0.5);  // the blueprint's "about +-9"
    // 4 items: k = 4/20 = .2; r = .2 * .8 / (1 - .8 * .8) = .16 / .36 = .4444;
    // SE = 12 * sqrt(.5556) = 8.9443; half = 1.645 * 8.9443 = 14.713.
    CHECK(reliabilityFor(4) == doctest::Approx(0.4444).epsilon(0.001));
    CHECK(halfWidth90(4) == doctest::Approx(14.713).epsilon(0.001));
    // 3 items: k = .15; r = .12 / (1 - .85 * .8) = .12 / .32 = .375;
    // SE = 12 * sqrt(.625) = 9.4868; half = 15.606.
    CHECK(halfWidth90(3) == doctest::Approx(15.606).epsilon(0.001));
    // Spearman-Brown doubling .80: 2 * .8 / (1 + .8) = .8889.
    CHECK(spearmanBrown(0.8, 2.0) == doctest::Approx(0.8889).epsilon(0.001));

    const Instrument ins = makeInstrument();
    const Result r = score(ins, answerScales(ins, 4, 4));  // everything 50
    CHECK(r.scale("helpfulness")->low == doctest::Approx(50 - 8.828).epsilon(0.001));
    CHECK(r.scale("helpfulness")->high == doctest::Approx(50 + 8.828).epsilon(0.001));
    CHECK(r.facet("c3")->low == doctest::Approx(50 - 14.713).epsilon(0.001));
    CHECK(r.facet("c3")->high == doctest::Approx(50 + 14.713).epsilon(0.001));
}

TEST_CASE("scoring: intervals are clamped to 0..100") {
    const Instrument ins = makeInstrument();
    const Result r = score(ins, answerScales(ins, 7, 1));
    const ScoreSummary* top = r.scale("helpfulness");
    CHECK(top->score == doctest::Approx(100.0));
    CHECK(top->high == doctest::Approx(100.0));            // not 108.8
    CHECK(top->low == doctest::Approx(91.172).epsilon(0.001));  // 100 - 8.828
    CHECK(top->band == Band::StronglyAgrees);
    const ScoreSummary* bottom = r.scale("coachability");
    CHECK(bottom->score == doctest::Approx(0.0));
    CHECK(bottom->low == doctest::Approx(0.0));            // not -8.8
    CHECK(bottom->high == doctest::Approx(8.828).epsilon(0.001));
    CHECK(bottom->band == Band::MostlyDisagrees);
    CHECK(r.facet("h1")->high == doctest::Approx(100.0));  // 100 + 14.7 clamped
}

// ================================================================== the 2 x 2 profile

TEST_CASE("scoring: each profile") {
    const Instrument ins = makeInstrument();
    // 7 -> 100 (low 91.2); 6 -> 83.3 (low 74.5); 3 -> 33.3 (high 42.2); 2 -> 16.7 (high 25.5):
    // none of these intervals reaches 67.
    CHECK(score(ins, answerScales(ins, 7, 6)).profile == Profile::HelpfulCoachable);
    CHECK(score(ins, answerScales(ins, 7, 2)).profile == Profile::Pertti);
    CHECK(score(ins, answerScales(ins, 3, 7)).profile == Profile::EagerLearner);
    CHECK(score(ins, answerScales(ins, 2, 2)).profile == Profile::WorthConversation);
}

TEST_CASE("scoring: borderline when an interval crosses the cut") {
    const Instrument ins = makeInstrument();
    // All 5s: (5 - 1) / 6 * 100 = 66.67, interval 57.8..75.5 contains 67.
    CHECK(score(ins, answerScales(ins, 5, 7)).profile == Profile::Borderline);
    CHECK(score(ins, answerScales(ins, 7, 5)).profile == Profile::Borderline);
    // Mean 5.5 (ten 5s, ten 6s): 75.0, low 75 - 8.828 = 66.17 < 67: still borderline.
    Attempt at = answerScales(ins, 7, 7);
    for (int f = 1; f <= 5; ++f)
        for (int i = 1; i <= 4; ++i)
            set(at, "c" + std::to_string(f) + "_" + std::to_string(i), i <= 2 ? 5 : 6);
    const Result r = score(ins, at);
    CHECK(r.scale("coachability")->score == doctest::Approx(75.0));
    CHECK(r.profile == Profile::Borderline);
}

TEST_CASE("scoring: an interval that only touches the cut is not borderline") {
    CHECK_FALSE(crossesCut(67.0, 84.6));  // starts exactly on the cut
    CHECK_FALSE(crossesCut(49.4, 67.0));  // ends exactly on the cut
    CHECK_FALSE(crossesCut(49.4, 66.99)); // ends just below
    CHECK(crossesCut(66.99, 84.6));       // starts just below
    CHECK(crossesCut(50.0, 67.01));       // ends just above

    CHECK(aboveCut(67.0));
    CHECK(aboveCut(66.5));        // shown as 67, same as its band
    CHECK_FALSE(aboveCut(66.4));

    auto summary = [](double score, double low, double high) {
        ScoreSummary s;
        s.scored = true;
        s.score = score;
        s.low = low;
        s.high = high;
        return s;
    };
    const ScoreSummary touchingFromAbove = summary(75.8, 67.0, 84.6);
    const ScoreSummary touchingFromBelow = summary(58.2, 49.4, 67.0);
    const ScoreSummary clearlyAbove = summary(90.0, 81.2, 98.8);
    CHECK(profileOf(&touchingFromAbove, &clearlyAbove) == Profile::HelpfulCoachable);
    CHECK(profileOf(&touchingFromBelow, &clearlyAbove) == Profile::EagerLearner);
    CHECK(profileOf(&clearlyAbove, &touchingFromBelow) == Profile::Pertti);
    CHECK(profileOf(&touchingFromBelow, &touchingFromBelow) == Profile::WorthConversation);
    const ScoreSummary crossing = summary(75.0, 66.9, 83.1);
    CHECK(profileOf(&crossing, &clearlyAbove) == Profile::Borderline);
}

TEST_CASE("scoring: NotScored when a scale is missing or not scored") {
    Instrument ins = makeInstrument();
    Attempt at = answerScales(ins, 7, 7);
    for (const char* id : {"c1_1", "c2_1", "c3_1", "c4_1", "c5_1"}) set(at, id, 0);  // 15 of 20
    CHECK(score(ins, at).profile == Profile::NotScored);

    ScoreSummary ok;
    ok.scored = true;
    ok.score = 100;
    ok.low = 91;
    ok.high = 100;
    CHECK(profileOf(&ok, nullptr) == Profile::NotScored);
    CHECK(profileOf(nullptr, &ok) == Profile::NotScored);

    // An instrument without a coachability scale.
    Instrument helpOnly = makeInstrument();
    helpOnly.scales.pop_back();
    CHECK(score(helpOnly, answerAll(helpOnly, 7)).profile == Profile::NotScored);
}

TEST_CASE("scoring: scale and facet lookups") {
    const Instrument ins = makeInstrument();
    const Result r = score(ins, answerScales(ins, 4, 4));
    REQUIRE(r.scale("coachability") != nullptr);
    CHECK(r.scale("coachability")->id == "coachability");
    REQUIRE(r.facet("c5") != nullptr);
    CHECK(r.facet("c5")->id == "c5");
    CHECK(r.scale("nope") == nullptr);
    CHECK(r.facet("nope") == nullptr);
    CHECK(r.facet("helpfulness") == nullptr);
    CHECK(r.scales.size() == 2);
    CHECK(r.facets.size() == 10);
    CHECK(r.scales[0].id == "helpfulness");  // instrument order
    CHECK(r.facets[5].id == "c1");
}

// ================================================================== quality flags

TEST_CASE("scoring: yes-saying index and inconsistent pairs, hand-computed") {
    Instrument ins = makeInstrument();
    makePair(ins, "h1_1", "h1_4");
    makePair(ins, "h2_1", "h2_4");
    makePair(ins, "h2_4", "h2_1");  // named on both sides: still one pair
    makePair(ins, "c1_1", "c1_4");
    Attempt at = answerScales(ins, 4, 4);
    set(at, "h1_1", 7); set(at, "h1_4", 6);  // agrees with both: inconsistent
    set(at, "h2_1", 5); set(at, "h2_4", 2);  // one each side: consistent
    set(at, "c1_1", 4); set(at, "c1_4", 1);  // a 4 is neither side: consistent
    set(at, "h3_1", 7);                      // not in a pair: ignored

    const QualityFlags f = score(ins, at).flags;
    // agreements 7, 6, 5 = 3; disagreements 2, 1 = 2; ln((3 + 1) / (2 + 1)) = ln(4/3) = 0.2877
    CHECK(f.yesSaying == doctest::Approx(0.287682));
    CHECK_FALSE(f.yesSayingHigh);
    CHECK(f.oppositePairs == 3);
    CHECK(f.inconsistentPairs == 1);
    CHECK_FALSE(f.inconsistent);  // one pair is not a pattern

    set(at, "c1_1", 3);  // now 3 and 1: disagrees with both
    const QualityFlags g = qualityFlags(ins, at);
    CHECK(g.inconsistentPairs == 2);
    CHECK(g.inconsistent);
    // agreements 3; disagreements 2, 3, 1 = 3: ln(4/4) = 0
    CHECK(g.yesSaying == doctest::Approx(0.0));

    set(at, "c1_4", 0);  // a pair with one answer is not counted as a pair
    const QualityFlags h = qualityFlags(ins, at);
    CHECK(h.oppositePairs == 2);
    CHECK(h.inconsistentPairs == 1);
    // its answered item still counts for yes-saying: agreements 3; disagreements 2, 3 = 2
    CHECK(h.yesSaying == doctest::Approx(std::log(4.0 / 3.0)));
}

TEST_CASE("scoring: yes-saying threshold is more than 3 to 1") {
    Instrument ins = makeInstrument();
    // Six pairs: items 1 and 4 of h1..h5 and c1 (12 items).
    const char* facets[] = {"h1", "h2", "h3", "h4", "h5", "c1"};
    for (const std::string f : facets) makePair(ins, f + "_1", f + "_4");
    Attempt at = answerScales(ins, 4, 4);
    // 8 agreements, 2 disagreements, 2 neutral: (8 + 1) / (2 + 1) = 3 exactly: not flagged.
    int n = 0;
    for (const std::string f : facets)
        for (const char* i : {"_1", "_4"}) {
            set(at, f + i, n < 8 ? 6 : n < 10 ? 2 : 4);
            ++n;
        }
    QualityFlags flags = qualityFlags(ins, at);
    CHECK(flags.yesSaying == doctest::Approx(std::log(3.0)));
    CHECK_FALSE(flags.yesSayingHigh);
    // One neutral becomes an agreement: 9 and 2, (9 + 1) / (2 + 1) = 3.33, ln = 1.204.
    set(at, "c1_1", 6);
    flags = qualityFlags(ins, at);
    CHECK(flags.yesSaying == doctest::Approx(1.203973));
    CHECK(flags.yesSayingHigh);
    // Agreeing with all 12: ln(13 / 1) = 2.565.
    for (const std::string f : facets) { set(at, f + "_1", 7); set(at, f + "_4", 5); }
    flags = qualityFlags(ins, at);
    CHECK(flags.yesSaying == doctest::Approx(2.564949));
    CHECK(flags.yesSayingHigh);
    CHECK(flags.inconsistentPairs == 6);
    CHECK(flags.any());
}

TEST_CASE("scoring: too good to be true") {
    Instrument ins = makeInstrument();
    addTooGoodItems(ins);
    Attempt at = answer(ins, cycle);
    set(at, "q1", 7);
    set(at, "q2", 7);
    CHECK(qualityFlags(ins, at).tooGood);
    set(at, "q2", 6);  // "agree" can be honest
    CHECK_FALSE(qualityFlags(ins, at).tooGood);
    set(at, "q2", 0);  // one unanswered
    CHECK_FALSE(qualityFlags(ins, at).tooGood);
    // No such items in the instrument: never flagged.
    const Instrument plain = makeInstrument();
    CHECK_FALSE(qualityFlags(plain, answerAll(plain, 7)).tooGood);
}

TEST_CASE("scoring: too fast, and not judged without times") {
    const Instrument ins = makeInstrument();  // 40 items
    Attempt at = answer(ins, cycle, 1000);
    CHECK(qualityFlags(ins, at).tooFast);    // median 1000 < 1500

    // 20 at 1000 ms, 20 at 2000 ms: median (1000 + 2000) / 2 = 1500, not below the floor.
    for (std::size_t i = 0; i < at.answers.size(); ++i) at.answers[i].millis = i < 20 ? 1000 : 2000;
    CHECK_FALSE(qualityFlags(ins, at).tooFast);
    // 21 at 1000: the 20th and 21st of 40 sorted are both 1000.
    at.answers[20].millis = 1000;
    CHECK(qualityFlags(ins, at).tooFast);

    // Old data with no times at all.
    for (ItemAnswer& a : at.answers) a.millis = 0;
    CHECK_FALSE(qualityFlags(ins, at).tooFast);
    // 31 of 40 timed (77.5%): not judged; 32 of 40 (80%): judged.
    for (std::size_t i = 0; i < 31; ++i) at.answers[i].millis = 500;
    CHECK_FALSE(qualityFlags(ins, at).tooFast);
    at.answers[31].millis = 500;
    CHECK(qualityFlags(ins, at).tooFast);

    // Unanswered items do not count, whatever their time.
    Attempt slow = answer(ins, cycle, 5000);
    for (std::size_t i = 0; i < 30; ++i) { slow.answers[i].value = 0; slow.answers[i].millis = 100; }
    CHECK_FALSE(qualityFlags(ins, slow).tooFast);
}

TEST_CASE("scoring: straight-lining, a run of 10 versus 9") {
    const Instrument ins = makeInstrument();  // 40 items
    Attempt at = answer(ins, cycle);
    CHECK_FALSE(qualityFlags(ins, at).straightLined);
    // Items 10..19 all 4; item 9 is 3 and item 20 is 7 in the cycle: a run of exactly 10.
    for (std::size_t i = 10; i < 20; ++i) at.answers[i].value = 4;
    CHECK(qualityFlags(ins, at).straightLined);
    at.answers[19].value = 6;  // 20 % 7 + 1 = 7 follows, so the run is 10..18: 9 long
    CHECK_FALSE(qualityFlags(ins, at).straightLined);
    // A skipped item ends a run: 10..20 of 4 with 15 unanswered is ten 4s, but in runs of 5
    // (item 21 is 21 % 7 + 1 = 1).
    at.answers[19].value = 4;
    at.answers[20].value = 4;
    at.answers[15].value = 0;
    CHECK_FALSE(qualityFlags(ins, at).straightLined);
}

TEST_CASE("scoring: straight-lining, one answer for 90% of items") {
    const Instrument ins = makeInstrument();  // 40 items
    // 4 everywhere except items 8, 17, 26, 35 (= 2): longest run 8; 36 / 40 = 90%.
    Attempt at = answer(ins, [](const ItemDef&, int i) { return i % 9 == 8 ? 2 : 4; });
    CHECK(qualityFlags(ins, at).straightLined);
    // Except items 7, 15, 23, 31, 39: longest run 7; 35 / 40 = 87.5%.
    at = answer(ins, [](const ItemDef&, int i) { return i % 8 == 7 ? 2 : 4; });
    CHECK_FALSE(qualityFlags(ins, at).straightLined);
}

TEST_CASE("scoring: flags never change scores") {
    Instrument ins = makeInstrument();
    addTooGoodItems(ins);
    makePair(ins, "h1_1", "h1_2");
    makePair(ins, "c1_1", "c1_2");

    // Everything 7, in 0.3 s each: too fast, straight-lined, too good, yes-saying,
    // inconsistent - and still the score of an all-7 answer sheet: (7 - 1) / 6 * 100 = 100.
    const Result flagged = score(ins, answer(ins, [](const ItemDef&, int) { return 7; }, 300));
    CHECK(flagged.flags.tooFast);
    CHECK(flagged.flags.straightLined);
    CHECK(flagged.flags.tooGood);
    CHECK(flagged.flags.yesSayingHigh);
    CHECK(flagged.flags.inconsistent);
    CHECK(flagged.scale("helpfulness")->scored);
    CHECK(flagged.scale("helpfulness")->score == doctest::Approx(100.0));
    CHECK(flagged.scale("coachability")->score == doctest::Approx(100.0));
    CHECK(flagged.profile == Profile::HelpfulCoachable);

    // The same answers with unhurried times: only the speed flag differs, scores identical.
    const Result calm = score(ins, answer(ins, [](const ItemDef&, int) { return 7; }, 6000));
    CHECK_FALSE(calm.flags.tooFast);
    for (std::size_t i = 0; i < calm.scales.size(); ++i) {
        CHECK(calm.scales[i].score == flagged.scales[i].score);
        CHECK(calm.scales[i].low == flagged.scales[i].low);
        CHECK(calm.scales[i].high == flagged.scales[i].high);
    }
    for (std::size_t i = 0; i < calm.facets.size(); ++i) CHECK(calm.facets[i].score == flagged.facets[i].score);

    // All 4s, fast: flagged, and still exactly the midpoint 50.
    const Result middle = score(ins, answer(ins, [](const ItemDef&, int) { return 4; }, 300));
    CHECK(middle.flags.any());
    CHECK(middle.scale("helpfulness")->score == doctest::Approx(50.0));
    CHECK(middle.scale("helpfulness")->band == Band::Mixed);
}

TEST_CASE("scoring: a clean answer sheet raises no flag") {
    Instrument ins = makeInstrument();
    addTooGoodItems(ins);
    makePair(ins, "h1_1", "h1_2");
    Attempt at = answer(ins, cycle, 5000);
    set(at, "h1_1", 6);
    set(at, "h1_2", 2);
    const QualityFlags f = score(ins, at).flags;
    CHECK(f.oppositePairs == 1);
    CHECK_FALSE(f.any());
}
