// The manager's side: a team view built from result links that sellers chose to share, and
// what the blueprint lets a manager read from it (shared/design/instrument.md, "A manager
// reading a team"): a dot plot of scale scores, median and interquartile range, counts in
// the cells of the 2 x 2, the share agreeing with each statement, and Cronbach's alpha as a
// data-quality check only. Never a ranking: scores keep the order people were added in.
//
// Stored as one versioned document, "sellerquiz.team", like the seller's documents
// (stored_data.hpp): raw answers with the questionnaire's id and version, re-scored with the
// current rules every time, and unreadable data kept aside, never overwritten.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include <cereal/cereal.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
#include "data_error.hpp"
#include "instrument.hpp"
#include "key_value_store.hpp"
#include "links.hpp"
#include "quiz.hpp"         // Notice
#include "scoring.hpp"
#include "stored_data.hpp"  // LoadStatus, LoadOutcome
#include "versioning.hpp"

namespace core {

namespace keys {
inline const std::string team = "sellerquiz.team";
}  // namespace keys

// ---------------------------------------------------------------- thresholds

// Small groups: an aggregate (median, quartiles, a cell count, an item's share) over fewer
// than 3 people is not computed. With 2 people, a median is their average and a share is
// 0, 50 or 100%: either person, knowing their own answer, can read off the other's. From 3
// up a person knowing their own answer still cannot tell which colleague gave which of the
// others. Each person's own result stays readable: they shared it by choice.
constexpr int kMinPeopleForAggregates = 3;

// Cronbach's alpha is estimated only from 20 complete cases up: on 10 items an alpha of .80
// has a 95% interval of .54-.94 with 10 people and .64-.91 with 20 (blueprint). Below that
// the honest answer is "cannot be estimated".
constexpr int kMinPeopleForAlpha = 20;

// ---------------------------------------------------------------- stored data

constexpr std::uint32_t kTeamMemberVersion = 1;
constexpr std::uint32_t kTeamViewVersion = 1;

// One shared result: the link's raw fields (answers 0..7 in the questionnaire's item order,
// 0 = not answered), when the manager added it, and the link it came from.
struct TeamMember {
    std::string name;              // as the seller typed it; may be ""
    std::string questionnaireId;
    int questionnaireVersion = 0;
    std::string language;
    std::string team;              // team tag of the invitation, "" if none
    std::vector<int> answers;
    std::int64_t addedAtMs = 0;
    std::string linkFingerprint;   // fingerprintOf(result): refuses the same link twice

    SharedResult shared() const;
    static TeamMember from(const SharedResult& result);  // the link's fields; no time, no fingerprint

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        if constexpr (Archive::is_loading::value) refuseUnknownVersion("team member", version, kTeamMemberVersion);
        ar(cereal::make_nvp("name", name), cereal::make_nvp("questionnaire", questionnaireId),
           cereal::make_nvp("questionnaireVersion", questionnaireVersion),
           cereal::make_nvp("language", language), cereal::make_nvp("team", team),
           cereal::make_nvp("answers", answers), cereal::make_nvp("addedAt", addedAtMs),
           cereal::make_nvp("link", linkFingerprint));
    }
};

struct TeamView {
    std::string title;                // the manager's own name for the view; may be ""
    std::vector<TeamMember> members;  // in the order they were added

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        if constexpr (Archive::is_loading::value) refuseUnknownVersion("team view", version, kTeamViewVersion);
        ar(cereal::make_nvp("title", title), cereal::make_nvp("members", members));
    }
};

std::string toJson(const TeamView&);
// Throws DataError on anything unreadable, including a version newer than this build knows.
void fromJson(const std::string& json, TeamView&);

// A key that is equal exactly when two results are the same link: the canonical link text
// ("r=..."), since a decoded link re-encodes to exactly itself (links.hpp). Throws
// std::invalid_argument, as encodeResult does, for data no decoder produces.
std::string fingerprintOf(const SharedResult& result);

// ---------------------------------------------------------------- aggregation

// Median and quartiles, linear interpolation between order statistics ("type 7" of Hyndman
// & Fan 1996: the default of R, NumPy and spreadsheets' QUARTILE.INC, so a manager checking
// in a spreadsheet gets the same numbers). For sorted x[0..n-1] and p in [0, 1]:
// h = (n - 1) p, q = x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]).
// E.g. 10, 20, 30, 40: Q1 17.5, median 25, Q3 32.5.
struct Spread {
    int n = 0;  // values it is computed from; 0 = not computed (none, or too few people)
    double median = 0, q1 = 0, q3 = 0;
};
double quantileType7(const std::vector<double>& sorted, double p);
Spread spreadOf(std::vector<double> values);  // any order; n = 0 for no values

// Cronbach's alpha of a people x items table of (reverse-keyed) item scores:
// alpha = k / (k - 1) * (1 - sum of item variances / variance of the totals).
// Sample variances (n - 1); the choice cancels in the ratio. nullopt when it is not
// defined: fewer than 2 items or 2 people, ragged rows, or totals that do not vary.
// The minimum team size is applied by summarize(), not here.
std::optional<double> cronbachAlpha(const std::vector<std::vector<int>>& rows);

struct ScaleSpread {
    std::string id;
    std::vector<double> scores;  // every member whose scale is scored, in the order added (dots)
    Spread spread;               // from `scores`; n = 0 when fewer than kMinPeopleForAggregates
    int completeCases = 0;       // members who answered every item of the scale
    bool alphaEstimated = false; // false: "cannot be estimated" (fewer than kMinPeopleForAlpha)
    double alpha = 0;            // only when alphaEstimated
};

struct FacetSpread {
    std::string id;
    std::string scale;
    Spread spread;  // facet scores of the members whose facet is scored
};

// Agreement with one statement on the RAW answer (the statement as the person read it, before
// any reverse keying): agreed 5-7, disagreed 1-3, among those who answered it.
struct ItemShares {
    std::string itemId;
    int answered = 0;
    bool shown = false;   // answered >= kMinPeopleForAggregates; shares are 0 otherwise
    double agreed = 0;    // 0..1
    double disagreed = 0; // 0..1
};

struct TeamSummary {
    int people = 0;    // members included: results of this questionnaire with a full answer list
    int setAside = 0;  // stored members this build cannot score (another questionnaire or length)
    bool enoughForAggregates = false;  // people >= kMinPeopleForAggregates
    std::vector<ScaleSpread> scales;   // in the instrument's order, quality-only scale excluded
    std::vector<FacetSpread> facets;   // in the instrument's order
    std::array<int, 6> profiles{};     // members per Profile; all 0 below the small-group rule
    std::vector<ItemShares> items;     // every statement in presentation order (empty below the rule)

    int count(Profile p) const { return profiles[static_cast<std::size_t>(p)]; }
    const ScaleSpread* scale(const std::string& id) const;
    const FacetSpread* facet(const std::string& id) const;
};

// True when this build can score the member: same questionnaire, one answer per statement.
bool fits(const Instrument& instrument, const TeamMember& member);
// The member's answers as an Attempt of this instrument (no answer times: links carry none).
Attempt toAttempt(const Instrument& instrument, const TeamMember& member);
// One person's own result, re-scored with the current rules.
Result resultOf(const Instrument& instrument, const TeamMember& member);
TeamSummary summarize(const Instrument& instrument, const TeamView& view);

// ---------------------------------------------------------------- the team view as state

enum class AddResult {
    Added,
    Duplicate,           // this link (or the very same result) is already in the view
    WrongQuestionnaire,  // another questionnaire's result
    UnknownVersion,      // made with a newer version of the questionnaire than this build has
    WrongLength,         // the answer count differs from the statements of this questionnaire
    Full,                // storage is full: nothing changed, in memory either
};

// One link found in pasted text.
struct PasteOutcome {
    std::string token;                      // the pasted piece holding the link
    LinkError linkError = LinkError::None;  // the link could not be read (WrongKind: an invitation)
    std::optional<AddResult> added;         // set when the link was read and adding was tried
};

class Team {
public:
    Team(const Instrument& instrument, KeyValueStore& store);

    // Reads the stored view. Unreadable data is kept aside (notice UnreadableKeptAside) and the
    // view starts empty. Never throws.
    LoadOutcome load(std::int64_t nowMs);

    const TeamView& view() const { return view_; }
    const std::vector<TeamMember>& members() const { return view_.members; }

    // The memory changes only once the store has taken the new document, so what is shown is
    // what is stored. Exception: a browser that refuses storage altogether (private mode)
    // works in memory only, with the StorageUnavailable notice, as the seller's side does.
    AddResult add(const SharedResult& result, const std::string& fingerprint, std::int64_t nowMs);
    // Every link in pasted text: links separated by white space or line breaks, each a full
    // address ("https://host/path#r=..."), "#r=..." or "r=...". Words without a link (a
    // greeting around it) are skipped; trailing punctuation after a link is ignored.
    std::vector<PasteOutcome> addMany(std::string_view pasted, std::int64_t nowMs);
    bool remove(std::size_t index);  // false: no such member, or storage full
    bool setTitle(const std::string& title);
    // Deletes the whole view from storage (including data that could not be read).
    void clear();

    TeamSummary summary() const { return summarize(instrument_, view_); }
    Result resultOf(std::size_t index) const;  // index < members().size()

    const std::vector<Notice>& notices() const { return notices_; }
    void dismissNotice(Notice n);

private:
    enum class Commit { Stored, MemoryOnly, Refused };
    Commit commit(const TeamView& next);
    AddResult check(const SharedResult& result, const std::string& fingerprint) const;
    void addNotice(Notice n);

    const Instrument& instrument_;
    KeyValueStore& store_;
    TeamView view_;
    bool blocked_ = false;  // the key holds unreadable data we could not move: never overwrite
    std::vector<Notice> notices_;
};

}  // namespace core

CEREAL_CLASS_VERSION(core::TeamMember, core::kTeamMemberVersion)
CEREAL_CLASS_VERSION(core::TeamView, core::kTeamViewVersion)
