// Scoring rules from the blueprint (shared/design/instrument.md): reverse keying, means,
// the 80% answered rule, the 0-100 transform, bands, 90% intervals, the 2x2 profile and
// quality flags. Flags never change a score; they are shown to the person in plain words.
#pragma once
#include <string>
#include <vector>
#include "attempt.hpp"
#include "instrument.hpp"

namespace core {

enum class Band { MostlyDisagrees, Mixed, MostlyAgrees, StronglyAgrees };

struct ScoreSummary {
    std::string id;           // scale or facet id
    int answered = 0;
    int total = 0;
    bool scored = false;      // false when fewer than 80% of the items are answered
    double mean = 0;          // 1..7 after reverse keying
    double score = 0;         // 0..100
    double low = 0, high = 0; // 90% interval, clamped to 0..100
    Band band = Band::Mixed;
};

enum class Profile {
    HelpfulCoachable,   // helpful and coachable: the profile the seed recruits for
    Pertti,             // helpful, not (yet) coachable
    EagerLearner,       // less helpful, coachable
    WorthConversation,  // less helpful, not (yet) coachable
    Borderline,         // an interval crosses the cut: no type is forced
    NotScored           // a scale could not be scored
};

struct QualityFlags {
    int oppositePairs = 0;          // pairs where both items were answered
    int inconsistentPairs = 0;      // pairs answered as if both statements were true (or both false)
    bool inconsistent = false;      // enough inconsistent pairs to mention
    double yesSaying = 0;           // ln((agree+1)/(disagree+1)) over the opposite pairs' items
    bool yesSayingHigh = false;
    bool tooGood = false;           // strongly agreed with both "too good to be true" statements
    bool tooFast = false;           // median answer time below the reading floor
    bool straightLined = false;     // long runs of the same answer
    bool any() const { return inconsistent || yesSayingHigh || tooGood || tooFast || straightLined; }
};

struct Result {
    std::vector<ScoreSummary> scales;  // in the instrument's scale order
    std::vector<ScoreSummary> facets;  // in the instrument's facet order
    Profile profile = Profile::NotScored;
    QualityFlags flags;
    const ScoreSummary* scale(const std::string& id) const;
    const ScoreSummary* facet(const std::string& id) const;
};

// Constants stated in the blueprint, named so texts and tests can refer to them.
constexpr double kAnsweredShareRequired = 0.8;
constexpr double kProfileCut = 67.0;
constexpr double kScaleHalfWidth90 = 9.0;    // reliability .80, SD 12 -> SE ~5.4, 90% ~ +-9
constexpr double kMeaningfulScaleDifference = 12.0;

// Scale ids the rules refer to by name. Items of the "quality" scale are checks, not scores.
inline constexpr char kHelpfulnessScale[] = "helpfulness";
inline constexpr char kCoachabilityScale[] = "coachability";
inline constexpr char kQualityScale[] = "quality";

// A facet is scored with at least 75% of its items answered: 3 of 4. The 80% scale rule
// would demand ceil(0.8 * 4) = 4 of 4, so one skipped statement would hide a facet while its
// 20-item scale, missing the same one item, is still scored. A 3-item mean is still a fair
// indication, and its wider interval (halfWidth90 uses the answered count) says so.
constexpr double kFacetAnsweredShareRequired = 0.75;

// Assumptions for the 90% intervals until pilot data exist (blueprint, Scoring 5).
constexpr double kAssumedSd = 12.0;           // SD of scores on the 0-100 scale
constexpr double kAssumedReliability = 0.80;  // for a scale of kReferenceItems items
constexpr int kReferenceItems = 20;
constexpr double kZ90 = 1.645;                // two-sided 90% of the normal distribution

// Quality-flag thresholds; the reasons are beside the rules in scoring.cpp.
constexpr double kYesSayingRatio = 3.0;       // flag when (agree+1)/(disagree+1) > 3, index > ln 3
constexpr int kInconsistentPairsFlag = 2;     // flag from this many contradictory pairs
constexpr int kTooGoodAnswer = 7;             // every "too good" statement answered "strongly agree"
constexpr double kReadingFloorMs = 1500.0;    // median answer time below this is too fast
constexpr double kTimedShareRequired = 0.8;   // judge speed only when 80% of answers have a time
constexpr int kStraightRun = 10;              // this many identical answers in a row
constexpr double kStraightShare = 0.9;        // or one answer for 90% of answered items

double toPercent(double mean);     // (mean - 1) / 6 * 100
Band bandOf(double score);         // 0-49, 50-66, 67-83, 84-100 (on the rounded score)
Result score(const Instrument& instrument, const Attempt& attempt);

// ---- The pieces score() is made of, public so tests and texts can use them directly.

// Smallest number of answered items out of `total` that reaches `share` (16 of 20 at 0.8).
int minAnswered(int total, double share);
// Reliability of a test lengthened by `lengthFactor` (Spearman-Brown prophecy formula).
double spearmanBrown(double reliability, double lengthFactor);
// Assumed reliability of a mean over `items` answered items (.80 at 20 items).
double reliabilityFor(int items);
// Half-width of the 90% interval, in 0-100 points, of a mean over `items` answered items:
// about 8.8 for 20 items and 14.7 for 4.
double halfWidth90(int items);
// True when the cut lies strictly inside the interval. An interval that ends exactly on the
// cut only touches it: it is not borderline.
bool crossesCut(double low, double high, double cut = kProfileCut);
// True when a scale counts as "above" the cut: its shown (rounded) score is 67 or more.
bool aboveCut(double score);
// The 2x2 type from the two scale summaries (either may be nullptr: NotScored).
Profile profileOf(const ScoreSummary* helpfulness, const ScoreSummary* coachability);
// Quality checks on the raw answers. Never used to change a score.
QualityFlags qualityFlags(const Instrument& instrument, const Attempt& attempt);

}  // namespace core
