// The manager's team view: stored document, adding shared results, and the team summary.
// See team.hpp for the rules and shared/design/instrument.md ("A manager reading a team").
#include "team.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <utility>
#include "json_archive.hpp"
#include "load_document.hpp"

namespace core {

// ================================================================ stored document

// Same shape as the seller's documents: {"doc": {...}}. The version checks live in the
// serialize functions (team.hpp), so a newer document throws DataError while being read.
std::string toJson(const TeamView& view) {
    return saveJson([&](auto& ar) { ar(cereal::make_nvp("doc", view)); });
}

void fromJson(const std::string& json, TeamView& view) {
    TeamView fresh;  // a failed read leaves `view` as it was
    loadJson(json, [&](auto& ar) { ar(cereal::make_nvp("doc", fresh)); });
    view = std::move(fresh);
}

SharedResult TeamMember::shared() const {
    SharedResult r;
    r.questionnaireId = questionnaireId;
    r.questionnaireVersion = questionnaireVersion;
    r.language = language;
    r.team = team;
    r.name = name;
    r.answers = answers;
    return r;
}

TeamMember TeamMember::from(const SharedResult& result) {
    TeamMember m;
    m.name = result.name;
    m.questionnaireId = result.questionnaireId;
    m.questionnaireVersion = result.questionnaireVersion;
    m.language = result.language;
    m.team = result.team;
    m.answers = result.answers;
    return m;
}

std::string fingerprintOf(const SharedResult& result) { return encodeResult(result); }

// ================================================================ statistics

double quantileType7(const std::vector<double>& sorted, double p) {
    if (sorted.empty()) return 0;
    const double h = (static_cast<double>(sorted.size()) - 1.0) * p;
    const std::size_t below = static_cast<std::size_t>(std::floor(h));
    if (below + 1 >= sorted.size()) return sorted.back();
    return sorted[below] + (h - static_cast<double>(below)) * (sorted[below + 1] - sorted[below]);
}

Spread spreadOf(std::vector<double> values) {
    Spread s;
    if (values.empty()) return s;
    std::sort(values.begin(), values.end());  // a copy: the caller's order (dots) is kept
    s.n = static_cast<int>(values.size());
    s.q1 = quantileType7(values, 0.25);
    s.median = quantileType7(values, 0.5);
    s.q3 = quantileType7(values, 0.75);
    return s;
}

namespace {

// Sum of squared deviations from the mean; divided by n - 1 it is the sample variance.
double sumOfSquares(const std::vector<double>& values) {
    double mean = 0;
    for (double v : values) mean += v;
    mean /= static_cast<double>(values.size());
    double ss = 0;
    for (double v : values) ss += (v - mean) * (v - mean);
    return ss;
}

}  // namespace

std::optional<double> cronbachAlpha(const std::vector<std::vector<int>>& rows) {
    if (rows.size() < 2) return std::nullopt;
    const std::size_t k = rows.front().size();
    if (k < 2) return std::nullopt;
    for (const auto& row : rows)
        if (row.size() != k) return std::nullopt;

    // Sums of squares stand in for the variances: the common 1 / (n - 1) cancels in the ratio.
    double itemSs = 0;
    for (std::size_t i = 0; i < k; ++i) {
        std::vector<double> column;
        for (const auto& row : rows) column.push_back(row[i]);
        itemSs += sumOfSquares(column);
    }
    std::vector<double> totals;
    for (const auto& row : rows) {
        double total = 0;
        for (int v : row) total += v;
        totals.push_back(total);
    }
    const double totalSs = sumOfSquares(totals);
    if (totalSs <= 0) return std::nullopt;  // everyone has the same total: alpha is undefined
    const double kk = static_cast<double>(k);
    return kk / (kk - 1.0) * (1.0 - itemSs / totalSs);
}

// ================================================================ members and the summary

bool fits(const Instrument& instrument, const TeamMember& member) {
    // Answers travel by position. Any later questionnaire version that reorders or adds
    // statements must map older versions' positions here before they can be included.
    return member.questionnaireId == instrument.id && member.questionnaireVersion <= instrument.version &&
           member.answers.size() == instrument.items.size();
}

Attempt toAttempt(const Instrument& instrument, const TeamMember& member) {
    Attempt at;
    at.questionnaireId = member.questionnaireId;
    at.questionnaireVersion = member.questionnaireVersion;
    at.language = member.language;
    at.team = member.team;
    const std::size_t n = std::min(instrument.items.size(), member.answers.size());
    for (std::size_t i = 0; i < n; ++i)
        at.answers.push_back(ItemAnswer{instrument.items[i].id, member.answers[i], 0});
    at.startedAtMs = at.finishedAtMs = member.addedAtMs;
    return at;
}

Result resultOf(const Instrument& instrument, const TeamMember& member) {
    return score(instrument, toAttempt(instrument, member));
}

namespace {

bool answered(int raw) { return raw >= 1 && raw <= 7; }

// The items a scale score is made of (quality-only statements never are; see scoring.cpp).
std::vector<int> scoredItemsOf(const Instrument& instrument, const std::string& scale) {
    std::vector<int> out;
    for (int i : instrument.itemsOfScale(scale))
        if (!instrument.items[i].tooGood) out.push_back(i);
    return out;
}

// Reverse-keyed item scores of the members who answered every item of the scale: alpha is
// computed on complete cases, so no one's missing answer is filled in with a guess.
std::vector<std::vector<int>> completeCases(const Instrument& instrument, const std::vector<int>& items,
                                            const std::vector<const TeamMember*>& people) {
    std::vector<std::vector<int>> rows;
    for (const TeamMember* m : people) {
        std::vector<int> row;
        for (int i : items) {
            const int raw = m->answers[i];
            if (!answered(raw)) break;
            row.push_back(instrument.items[i].reversed ? 8 - raw : raw);
        }
        if (row.size() == items.size()) rows.push_back(std::move(row));
    }
    return rows;
}

// Spread only from kMinPeopleForAggregates values up (the small-groups rule in team.hpp).
Spread groupSpread(const std::vector<double>& values) {
    if (static_cast<int>(values.size()) < kMinPeopleForAggregates) return Spread{};
    return spreadOf(values);
}

ScaleSpread scaleSpread(const Instrument& instrument, const std::string& scale,
                        const std::vector<const TeamMember*>& people, const std::vector<Result>& results) {
    ScaleSpread s;
    s.id = scale;
    for (const Result& r : results) {
        const ScoreSummary* summary = r.scale(scale);
        if (summary && summary->scored) s.scores.push_back(summary->score);
    }
    s.spread = groupSpread(s.scores);

    const auto rows = completeCases(instrument, scoredItemsOf(instrument, scale), people);
    s.completeCases = static_cast<int>(rows.size());
    if (s.completeCases >= kMinPeopleForAlpha) {
        const std::optional<double> alpha = cronbachAlpha(rows);
        s.alphaEstimated = alpha.has_value();
        s.alpha = alpha.value_or(0.0);
    }
    return s;
}

FacetSpread facetSpread(const FacetDef& facet, const std::vector<Result>& results) {
    FacetSpread f;
    f.id = facet.id;
    f.scale = facet.scale;
    std::vector<double> scores;
    for (const Result& r : results) {
        const ScoreSummary* summary = r.facet(facet.id);
        if (summary && summary->scored) scores.push_back(summary->score);
    }
    f.spread = groupSpread(scores);
    return f;
}

ItemShares itemShares(const ItemDef& item, std::size_t index, const std::vector<const TeamMember*>& people) {
    ItemShares s;
    s.itemId = item.id;
    int agreed = 0, disagreed = 0;
    for (const TeamMember* m : people) {
        const int raw = m->answers[index];
        if (!answered(raw)) continue;
        ++s.answered;
        if (raw >= 5) ++agreed;
        if (raw <= 3) ++disagreed;
    }
    s.shown = s.answered >= kMinPeopleForAggregates;
    if (s.shown) {
        s.agreed = static_cast<double>(agreed) / s.answered;
        s.disagreed = static_cast<double>(disagreed) / s.answered;
    }
    return s;
}

}  // namespace

TeamSummary summarize(const Instrument& instrument, const TeamView& view) {
    TeamSummary summary;
    std::vector<const TeamMember*> people;
    std::vector<Result> results;
    for (const TeamMember& m : view.members) {
        if (!fits(instrument, m)) {
            ++summary.setAside;
            continue;
        }
        people.push_back(&m);
        results.push_back(resultOf(instrument, m));  // always the current rules
    }
    summary.people = static_cast<int>(people.size());
    summary.enoughForAggregates = summary.people >= kMinPeopleForAggregates;

    // Dots are each person's own result, which they shared: listed whatever the team size.
    for (const ScaleDef& scale : instrument.scales)
        if (scale.id != kQualityScale) summary.scales.push_back(scaleSpread(instrument, scale.id, people, results));
    for (const FacetDef& facet : instrument.facets) summary.facets.push_back(facetSpread(facet, results));

    if (!summary.enoughForAggregates) return summary;
    for (const Result& r : results) ++summary.profiles[static_cast<std::size_t>(r.profile)];
    for (std::size_t i = 0; i < instrument.items.size(); ++i)
        summary.items.push_back(itemShares(instrument.items[i], i, people));
    return summary;
}

const ScaleSpread* TeamSummary::scale(const std::string& id) const {
    for (const ScaleSpread& s : scales)
        if (s.id == id) return &s;
    return nullptr;
}

const FacetSpread* TeamSummary::facet(const std::string& id) const {
    for (const FacetSpread& f : facets)
        if (f.id == id) return &f;
    return nullptr;
}

// ================================================================ Team

Team::Team(const Instrument& instrument, KeyValueStore& store) : instrument_(instrument), store_(store) {}

LoadOutcome Team::load(std::int64_t nowMs) {
    view_ = TeamView{};
    blocked_ = false;
    if (!store_.persistent()) addNotice(Notice::StorageUnavailable);

    const LoadOutcome outcome = loadDocument(store_, keys::team, view_, nowMs);
    if (outcome.status == LoadStatus::KeptAside || outcome.status == LoadStatus::Unreadable)
        addNotice(Notice::UnreadableKeptAside);
    blocked_ = outcome.status == LoadStatus::Unreadable;  // left in place: never overwrite it
    return outcome;
}

Team::Commit Team::commit(const TeamView& next) {
    if (blocked_) return Commit::Refused;
    if (store_.persistent()) {
        const WriteResult r = store_.set(keys::team, toJson(next));
        if (r == WriteResult::Full) return Commit::Refused;
        if (r == WriteResult::Ok) {
            view_ = next;
            return Commit::Stored;
        }
    }
    // No storage at all: refusing would make the view unusable, so it lives in memory only.
    addNotice(Notice::StorageUnavailable);
    view_ = next;
    return Commit::MemoryOnly;
}

AddResult Team::check(const SharedResult& result, const std::string& fingerprint) const {
    if (result.questionnaireId != instrument_.id) return AddResult::WrongQuestionnaire;
    if (result.questionnaireVersion > instrument_.version) return AddResult::UnknownVersion;
    if (result.answers.size() != instrument_.items.size()) return AddResult::WrongLength;
    for (const TeamMember& m : view_.members) {
        // The same link, or the same result made into a link by another release.
        const bool sameLink = !fingerprint.empty() && m.linkFingerprint == fingerprint;
        const bool sameResult = m.questionnaireId == result.questionnaireId &&
                                m.questionnaireVersion == result.questionnaireVersion &&
                                m.language == result.language && m.team == result.team &&
                                m.name == result.name && m.answers == result.answers;
        if (sameLink || sameResult) return AddResult::Duplicate;
    }
    return AddResult::Added;
}

AddResult Team::add(const SharedResult& result, const std::string& fingerprint, std::int64_t nowMs) {
    const AddResult verdict = check(result, fingerprint);
    if (verdict != AddResult::Added) return verdict;

    TeamMember m = TeamMember::from(result);
    m.addedAtMs = nowMs;
    m.linkFingerprint = fingerprint;
    TeamView next = view_;
    next.members.push_back(std::move(m));
    return commit(next) == Commit::Refused ? AddResult::Full : AddResult::Added;
}

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool isBase64UrlChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

bool isLinkPrefix(std::string_view text) {
    return text.size() >= 2 && (text[0] == 'r' || text[0] == 'i') && text[1] == '=';
}

std::vector<std::string_view> splitOnSpace(std::string_view text) {
    std::vector<std::string_view> tokens;
    std::size_t pos = 0;
    while (pos < text.size()) {
        while (pos < text.size() && isSpace(text[pos])) ++pos;
        const std::size_t start = pos;
        while (pos < text.size() && !isSpace(text[pos])) ++pos;
        if (pos > start) tokens.push_back(text.substr(start, pos - start));
    }
    return tokens;
}

// The link fragment in a pasted word, or "" when it holds none: the part after '#' of an
// address, or the word itself ("r=..."), past any opening bracket or quote. The payload is
// base64url, so whatever follows its alphabet (a full stop, a closing bracket) is not part
// of the link and is cut off.
std::string_view fragmentIn(std::string_view token) {
    const std::size_t hash = token.find('#');
    std::string_view text = hash == std::string_view::npos ? token : token.substr(hash + 1);
    if (hash == std::string_view::npos)
        while (!text.empty() && !isBase64UrlChar(text.front())) text.remove_prefix(1);
    if (!isLinkPrefix(text)) return {};
    std::size_t end = 2;
    while (end < text.size() && isBase64UrlChar(text[end])) ++end;
    return text.substr(0, end);
}

}  // namespace

std::vector<PasteOutcome> Team::addMany(std::string_view pasted, std::int64_t nowMs) {
    std::vector<PasteOutcome> outcomes;
    for (std::string_view token : splitOnSpace(pasted)) {
        const std::string_view fragment = fragmentIn(token);
        if (fragment.empty()) continue;
        PasteOutcome outcome;
        outcome.token = std::string(token);
        const DecodedLink link = decodeExpecting(fragment, LinkKind::Result);
        outcome.linkError = link.error;
        if (link.error == LinkError::None) outcome.added = add(link.result, fingerprintOf(link.result), nowMs);
        outcomes.push_back(std::move(outcome));
    }
    return outcomes;
}

bool Team::remove(std::size_t index) {
    if (index >= view_.members.size()) return false;
    TeamView next = view_;
    next.members.erase(next.members.begin() + static_cast<std::ptrdiff_t>(index));
    return commit(next) != Commit::Refused;
}

bool Team::setTitle(const std::string& title) {
    TeamView next = view_;
    next.title = title;
    return commit(next) != Commit::Refused;
}

void Team::clear() {
    store_.remove(keys::team);
    view_ = TeamView{};
    blocked_ = false;
}

Result Team::resultOf(std::size_t index) const { return core::resultOf(instrument_, view_.members.at(index)); }

void Team::dismissNotice(Notice n) {
    notices_.erase(std::remove(notices_.begin(), notices_.end(), n), notices_.end());
}

void Team::addNotice(Notice n) {
    if (std::find(notices_.begin(), notices_.end(), n) == notices_.end()) notices_.push_back(n);
}

}  // namespace core
