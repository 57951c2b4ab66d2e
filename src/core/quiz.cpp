#include "quiz.hpp"

#include <algorithm>

namespace core {

Quiz::Quiz(const Instrument& instrument, KeyValueStore& store) : instrument_(instrument), store_(store) {}

void Quiz::noteLoad(const LoadOutcome& outcome) {
    if (outcome.status == LoadStatus::KeptAside || outcome.status == LoadStatus::Unreadable)
        addNotice(Notice::UnreadableKeptAside);
}

void Quiz::load(std::int64_t nowMs) {
    // Also called again when another tab changed the store: start from nothing, so a
    // document deleted there is not kept alive here.
    settings_ = Settings{};
    history_ = History{};
    current_ = Attempt{};
    doNotWrite_.clear();
    if (!store_.persistent()) addNotice(Notice::StorageUnavailable);
    LoadOutcome s = loadDocument(store_, keys::settings, settings_, nowMs);
    noteLoad(s);
    if (s.status == LoadStatus::Unreadable) doNotWrite_.push_back(keys::settings);

    LoadOutcome h = loadDocument(store_, keys::results, history_, nowMs);
    noteLoad(h);
    if (h.status == LoadStatus::Unreadable) doNotWrite_.push_back(keys::results);

    LoadOutcome a = loadDocument(store_, keys::attempt, current_, nowMs);
    noteLoad(a);
    if (a.status == LoadStatus::Unreadable) doNotWrite_.push_back(keys::attempt);
    hasCurrent_ = a.status == LoadStatus::Loaded && !current_.finished() && !current_.answers.empty();
    if (hasCurrent_) {
        // Answers are stored with item ids: line them up with this build's item order, so a
        // stored attempt survives a reordering of the statements.
        std::vector<ItemAnswer> aligned;
        for (const ItemDef& item : instrument_.items) {
            ItemAnswer ans{item.id, 0, 0};
            for (const ItemAnswer& old : current_.answers)
                if (old.itemId == item.id) ans = old;
            if (ans.value < 1 || ans.value > 7) ans.value = 0;  // tampered values count as unanswered
            aligned.push_back(ans);
        }
        current_.answers = std::move(aligned);
        current_.position = std::clamp(current_.position, 0, static_cast<int>(current_.answers.size()) - 1);
    }
    beginVisit(nowMs);
}

void Quiz::setLanguage(const std::string& language) {
    settings_.language = language;
    saveSettings();
}

const Attempt* Quiz::latestFinished() const {
    return history_.attempts.empty() ? nullptr : &history_.attempts.back();
}

void Quiz::start(const std::string& language, const std::string& team, std::int64_t nowMs) {
    current_ = Attempt{};
    current_.questionnaireId = instrument_.id;
    current_.questionnaireVersion = instrument_.version;
    current_.language = language;
    current_.team = team;
    current_.startedAtMs = nowMs;
    for (const ItemDef& item : instrument_.items) current_.answers.push_back({item.id, 0, 0});
    hasCurrent_ = true;
    beginVisit(nowMs);
    saveCurrent();
}

void Quiz::discardCurrent() {
    hasCurrent_ = false;
    current_ = Attempt{};
    if (std::find(doNotWrite_.begin(), doNotWrite_.end(), keys::attempt) == doNotWrite_.end())
        store_.remove(keys::attempt);
}

void Quiz::showStatement(std::int64_t nowMs) { beginVisit(nowMs); }

void Quiz::beginVisit(std::int64_t nowMs) {
    shownAtMs_ = nowMs;
    visitCountedMs_ = 0;
}

// Adds the time of the current visit not counted yet. A visit counts at most
// kMaxMillisPerVisit in all, however often the person answers during it.
void Quiz::countTime(std::int64_t nowMs) {
    if (!hasCurrent_) return;
    const std::int64_t visit = std::clamp<std::int64_t>(nowMs - shownAtMs_, 0, kMaxMillisPerVisit);
    if (visit <= visitCountedMs_) return;
    current_.answers[current_.position].millis += static_cast<std::uint32_t>(visit - visitCountedMs_);
    visitCountedMs_ = visit;
}

void Quiz::leaveStatement(std::int64_t nowMs) {
    countTime(nowMs);
    beginVisit(nowMs);
}

void Quiz::answer(int value, std::int64_t nowMs) {
    if (!hasCurrent_ || value < 1 || value > 7) return;
    countTime(nowMs);  // stored with the answer, so a reload keeps the time so far
    current_.answers[current_.position].value = value;
    saveCurrent();
}

int Quiz::currentAnswer() const { return hasCurrent_ ? current_.answers[current_.position].value : 0; }

bool Quiz::canGoNext() const { return currentAnswer() != 0; }

bool Quiz::onLastStatement() const {
    return hasCurrent_ && current_.position + 1 == static_cast<int>(current_.answers.size());
}

bool Quiz::next(std::int64_t nowMs) {
    if (!canGoNext() || onLastStatement()) return false;
    leaveStatement(nowMs);
    ++current_.position;
    saveCurrent();
    return true;
}

bool Quiz::back(std::int64_t nowMs) {
    if (!hasCurrent_ || current_.position == 0) return false;
    leaveStatement(nowMs);
    --current_.position;
    saveCurrent();
    return true;
}

int Quiz::answeredCount() const {
    if (!hasCurrent_) return 0;
    return static_cast<int>(std::count_if(current_.answers.begin(), current_.answers.end(),
                                          [](const ItemAnswer& a) { return a.value != 0; }));
}

bool Quiz::finish(std::int64_t nowMs) {
    if (!hasCurrent_ || !onLastStatement() || !canGoNext()) return false;
    leaveStatement(nowMs);
    Attempt done = current_;
    done.finishedAtMs = nowMs;
    history_.attempts.push_back(done);
    // The attempt moves from one key to the other. Make room first (a nearly full storage
    // may hold one copy but not two); if the results still cannot be written, put the
    // attempt back in progress, so a reload can finish it again instead of losing it.
    discardCurrent();
    if (!saveHistory()) {
        done.finishedAtMs = 0;
        write(keys::attempt, toJson(done));
    }
    return true;
}

void Quiz::dismissNotice(Notice n) {
    notices_.erase(std::remove(notices_.begin(), notices_.end(), n), notices_.end());
}

void Quiz::addNotice(Notice n) {
    if (std::find(notices_.begin(), notices_.end(), n) == notices_.end()) notices_.push_back(n);
}

// False when the value could not be stored under `key` in a store that keeps data.
bool Quiz::write(const std::string& key, const std::string& value) {
    if (!store_.persistent()) return true;  // already told: storage unavailable
    // The key holds unreadable data that could not be moved aside: never overwrite it.
    if (std::find(doNotWrite_.begin(), doNotWrite_.end(), key) != doNotWrite_.end()) return false;
    WriteResult r = store_.set(key, value);
    if (r == WriteResult::Ok) return true;
    writeFailed_ = true;
    addNotice(r == WriteResult::Full ? Notice::StorageFull : Notice::StorageUnavailable);
    return false;
}

bool Quiz::saveCurrent() { return hasCurrent_ ? write(keys::attempt, toJson(current_)) : true; }
bool Quiz::saveHistory() { return write(keys::results, toJson(history_)); }
void Quiz::saveSettings() { write(keys::settings, toJson(settings_)); }

}  // namespace core
