// Scoring rules from the blueprint (shared/design/instrument.md, "Scoring" and "The 2 x 2
// picture"). Everything here works on the raw answers stored in an Attempt, so a later
// release can re-score old attempts with the same rules.
#include "scoring.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>
#include <utility>

namespace core {

// ---------------------------------------------------------------- small rules

double toPercent(double mean) { return (mean - 1.0) / 6.0 * 100.0; }

// Bands follow the answer labels and are read from the score as the person sees it
// (rounded), so a shown "67" is never called "mixed".
Band bandOf(double score) {
    const double shown = std::round(score);
    if (shown >= 84) return Band::StronglyAgrees;
    if (shown >= 67) return Band::MostlyAgrees;
    if (shown >= 50) return Band::Mixed;
    return Band::MostlyDisagrees;
}

int minAnswered(int total, double share) {
    // The small epsilon keeps 0.8 * 20 (not exactly 16 in binary) from rounding up to 17.
    return static_cast<int>(std::ceil(total * share - 1e-9));
}

// ---------------------------------------------------------------- 90% intervals
//
// Until pilot data exist the blueprint assumes SD 12 points and reliability .80 for a
// 20-item scale. Then SE = SD * sqrt(1 - reliability) = 12 * sqrt(.20) = 5.37 points and the
// 90% half-width is 1.645 * SE = 8.8 points (the blueprint's "about +-9").
// A mean over fewer items is less reliable; Spearman-Brown gives the reliability of a test
// k times as long: r_k = k r / (1 + (k - 1) r). For a 4-item facet k = 4/20 = 0.2, so
// r = .16 / .36 = .44, SE = 8.9 and the half-width 14.7 points. When items are skipped the
// mean rests on fewer answers, so the answered count is what goes in.

double spearmanBrown(double reliability, double lengthFactor) {
    return lengthFactor * reliability / (1.0 + (lengthFactor - 1.0) * reliability);
}

double reliabilityFor(int items) {
    const double k = static_cast<double>(std::max(items, 0)) / kReferenceItems;
    return spearmanBrown(kAssumedReliability, k);
}

double halfWidth90(int items) {
    const double standardError = kAssumedSd * std::sqrt(1.0 - reliabilityFor(items));
    return kZ90 * standardError;
}

// ---------------------------------------------------------------- the 2 x 2 profile

bool crossesCut(double low, double high, double cut) { return low < cut && cut < high; }

// The type uses the same rounded score the band uses, so the 2x2 and the band never
// disagree about a shown score of 67. (It rarely matters: a score within half a point of
// the cut has an interval across it and is borderline anyway.)
bool aboveCut(double score) { return std::round(score) >= kProfileCut; }

Profile profileOf(const ScoreSummary* helpfulness, const ScoreSummary* coachability) {
    if (!helpfulness || !coachability || !helpfulness->scored || !coachability->scored)
        return Profile::NotScored;
    if (crossesCut(helpfulness->low, helpfulness->high) ||
        crossesCut(coachability->low, coachability->high))
        return Profile::Borderline;
    const bool helpful = aboveCut(helpfulness->score);
    const bool coachable = aboveCut(coachability->score);
    if (helpful) return coachable ? Profile::HelpfulCoachable : Profile::Pertti;
    return coachable ? Profile::EagerLearner : Profile::WorthConversation;
}

// ---------------------------------------------------------------- answers, per item

namespace {

struct Answer {
    int value = 0;             // raw 1..7, 0 = not answered
    std::uint32_t millis = 0;
};

// The person's answer for every item of the instrument, in the instrument's (presentation)
// order. Matched by item id, not by position, so an attempt saved under another version of
// the questionnaire still lines up. A value outside 1..7 (damaged data) counts as not
// answered rather than pulling a mean off the scale. If an id repeats, the first one wins.
std::vector<Answer> answersByItem(const Instrument& instrument, const Attempt& attempt) {
    std::unordered_map<std::string, const ItemAnswer*> byId;
    for (const ItemAnswer& a : attempt.answers) byId.emplace(a.itemId, &a);

    std::vector<Answer> out(instrument.items.size());
    for (std::size_t i = 0; i < instrument.items.size(); ++i) {
        auto found = byId.find(instrument.items[i].id);
        if (found == byId.end()) continue;
        const ItemAnswer& a = *found->second;
        if (a.value >= 1 && a.value <= 7) out[i] = Answer{a.value, a.millis};
    }
    return out;
}

// Reverse-keyed items state the opposite behaviour, so they count as 8 - answer.
int keyed(const ItemDef& item, int raw) { return item.reversed ? 8 - raw : raw; }

// Quality-only items ("too good to be true") are never part of a scale or facet mean.
bool counts(const ItemDef& item) { return !item.tooGood && item.scale != kQualityScale; }

// Summary over the items `member` picks out: mean of the answered ones, the 0-100 score,
// band and interval - filled in only when enough of them are answered.
template <class Member>
ScoreSummary summarize(const std::string& id, const Instrument& instrument,
                       const std::vector<Answer>& answers, double shareRequired, Member member) {
    ScoreSummary s;
    s.id = id;
    int sum = 0;
    for (std::size_t i = 0; i < instrument.items.size(); ++i) {
        const ItemDef& item = instrument.items[i];
        if (!counts(item) || !member(item)) continue;
        ++s.total;
        if (answers[i].value == 0) continue;
        ++s.answered;
        sum += keyed(item, answers[i].value);
    }
    s.scored = s.total > 0 && s.answered >= minAnswered(s.total, shareRequired);
    if (!s.scored) return s;

    s.mean = static_cast<double>(sum) / s.answered;
    s.score = toPercent(s.mean);
    const double half = halfWidth90(s.answered);
    s.low = std::clamp(s.score - half, 0.0, 100.0);
    s.high = std::clamp(s.score + half, 0.0, 100.0);
    s.band = bandOf(s.score);
    return s;
}

// ---------------------------------------------------------------- quality checks

// Every opposite pair once, as item indices (lower first), whether the instrument names
// the opposite on one item of the pair or on both.
std::vector<std::pair<int, int>> oppositePairs(const Instrument& instrument) {
    std::unordered_map<std::string, int> indexById;
    for (std::size_t i = 0; i < instrument.items.size(); ++i)
        indexById.emplace(instrument.items[i].id, static_cast<int>(i));

    std::vector<std::pair<int, int>> pairs;
    for (std::size_t i = 0; i < instrument.items.size(); ++i) {
        const std::string& other = instrument.items[i].opposite;
        if (other.empty()) continue;
        auto found = indexById.find(other);
        if (found == indexById.end() || found->second == static_cast<int>(i)) continue;
        const int a = static_cast<int>(i), b = found->second;
        pairs.emplace_back(std::min(a, b), std::max(a, b));
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return pairs;
}

bool agrees(int raw) { return raw >= 5; }
bool disagrees(int raw) { return raw >= 1 && raw <= 3; }

// Yes-saying (acquiescence) index of Weijters, Cabooter & Schillewaert (2010) over every
// answered item that belongs to an opposite pair, on the RAW answers: ln((a + 1) / (d + 1)).
// Content-balanced pairs mean a person who reads the statements agrees about as often as
// they disagree (index near 0). We flag when agreements outnumber disagreements more than
// three to one (index > ln 3 = 1.10): e.g. 9 agreements and 2 disagreements out of six pairs,
// i.e. agreeing with both sides of at least three pairs. The +1s keep a handful of answers
// from deciding: 2 agreements and nothing else gives exactly 3, which is not flagged.
void checkYesSaying(const std::vector<std::pair<int, int>>& pairs,
                    const std::vector<Answer>& answers, QualityFlags& flags) {
    std::vector<int> items;
    for (const auto& [a, b] : pairs) { items.push_back(a); items.push_back(b); }
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());  // an item in two pairs counts once

    int agreements = 0, disagreements = 0;
    for (int i : items) {
        if (agrees(answers[i].value)) ++agreements;
        if (disagrees(answers[i].value)) ++disagreements;
    }
    flags.yesSaying = std::log((agreements + 1.0) / (disagreements + 1.0));
    // Compared on the integer counts so the edge (exactly 3 to 1) is not left to rounding.
    flags.yesSayingHigh = (agreements + 1) > kYesSayingRatio * (disagreements + 1);
}

// A pair is inconsistent when both statements are answered on the same side of the
// midpoint (raw answers): agreeing with two opposite statements, or disagreeing with both.
// A 4 ("neither") is never inconsistent. One such pair can be an honest nuance or one
// misread statement; two of about six is a pattern worth a plain note.
void checkConsistency(const std::vector<std::pair<int, int>>& pairs,
                      const std::vector<Answer>& answers, QualityFlags& flags) {
    for (const auto& [a, b] : pairs) {
        const int x = answers[a].value, y = answers[b].value;
        if (x == 0 || y == 0) continue;
        ++flags.oppositePairs;
        if ((agrees(x) && agrees(y)) || (disagrees(x) && disagrees(y))) ++flags.inconsistentPairs;
    }
    flags.inconsistent = flags.inconsistentPairs >= kInconsistentPairsFlag;
}

// "Too good to be true": every such statement answered 7, "strongly agree". A 6 ("agree")
// is something a genuinely good seller can honestly say about, say, never losing patience;
// strongly agreeing with all of them is the social-desirability signal. Since the note can
// feel like an accusation, it should be rare. An unanswered one means no flag.
bool checkTooGood(const Instrument& instrument, const std::vector<Answer>& answers) {
    bool any = false;
    for (std::size_t i = 0; i < instrument.items.size(); ++i) {
        if (!instrument.items[i].tooGood) continue;
        any = true;
        if (answers[i].value != kTooGoodAnswer) return false;
    }
    return any;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

// Too fast: the median time on answered statements is below 1.5 s. Statements are about
// 12 words; reading them at a brisk 250-300 words a minute alone takes 2.5-3 s, so a median
// under 1.5 s means most were not read. The median, not the mean, so one coffee break or a
// few quick obvious answers do not decide. Stored attempts from before times were recorded
// have millis 0: judge only when at least 80% of the answered items carry a time.
bool checkTooFast(const std::vector<Answer>& answers) {
    int answered = 0;
    std::vector<double> times;
    for (const Answer& a : answers) {
        if (a.value == 0) continue;
        ++answered;
        if (a.millis > 0) times.push_back(a.millis);
    }
    if (answered == 0 || static_cast<int>(times.size()) < minAnswered(answered, kTimedShareRequired))
        return false;
    return median(times) < kReadingFloorMs;
}

// Straight-lining, in presentation order on the raw answers:
//  - a run of 10 identical answers in a row (a skipped item ends a run), or
//  - one answer value for 90% or more of the answered items (judged from 10 answers up).
// About 30% of the items are reverse-keyed and spread through the list, so a person who
// reads them changes side often: even someone who strongly agrees with every desirable
// behaviour answers the reversed ones low and cannot reach 90% of one value, nor usually
// ten in a row.
bool checkStraightLined(const std::vector<Answer>& answers) {
    int run = 0, previous = 0, answered = 0;
    std::array<int, 8> uses{};
    for (const Answer& a : answers) {
        if (a.value == 0) { run = 0; previous = 0; continue; }
        run = (a.value == previous) ? run + 1 : 1;
        previous = a.value;
        if (run >= kStraightRun) return true;
        ++answered;
        ++uses[a.value];
    }
    if (answered < kStraightRun) return false;
    const int mostUsed = *std::max_element(uses.begin(), uses.end());
    return mostUsed >= minAnswered(answered, kStraightShare);
}

}  // namespace

QualityFlags qualityFlags(const Instrument& instrument, const Attempt& attempt) {
    const std::vector<Answer> answers = answersByItem(instrument, attempt);
    const auto pairs = oppositePairs(instrument);
    QualityFlags flags;
    checkYesSaying(pairs, answers, flags);
    checkConsistency(pairs, answers, flags);
    flags.tooGood = checkTooGood(instrument, answers);
    flags.tooFast = checkTooFast(answers);
    flags.straightLined = checkStraightLined(answers);
    return flags;
}

// ---------------------------------------------------------------- the whole result

Result score(const Instrument& instrument, const Attempt& attempt) {
    const std::vector<Answer> answers = answersByItem(instrument, attempt);
    Result result;
    for (const ScaleDef& scale : instrument.scales) {
        if (scale.id == kQualityScale) continue;
        result.scales.push_back(summarize(scale.id, instrument, answers, kAnsweredShareRequired,
                                          [&](const ItemDef& item) { return item.scale == scale.id; }));
    }
    for (const FacetDef& facet : instrument.facets) {
        result.facets.push_back(summarize(facet.id, instrument, answers, kFacetAnsweredShareRequired,
                                          [&](const ItemDef& item) { return item.facet == facet.id; }));
    }
    result.profile = profileOf(result.scale(kHelpfulnessScale), result.scale(kCoachabilityScale));
    // Flags are computed beside the scores, never from or into them.
    result.flags = qualityFlags(instrument, attempt);
    return result;
}

const ScoreSummary* Result::scale(const std::string& id) const {
    for (const ScoreSummary& s : scales)
        if (s.id == id) return &s;
    return nullptr;
}

const ScoreSummary* Result::facet(const std::string& id) const {
    for (const ScoreSummary& s : facets)
        if (s.id == id) return &s;
    return nullptr;
}

}  // namespace core
