// The seller's side of the app as plain state: the attempt in progress, finished attempts,
// settings, and what the person must be told about storage. Every change is written to
// the store at once, so a reload at any moment loses nothing.
#pragma once
#include <cstdint>
#include <string>
#include <vector>
#include "attempt.hpp"
#include "instrument.hpp"
#include "key_value_store.hpp"
#include "stored_data.hpp"

namespace core {

enum class Notice {
    UnreadableKeptAside,  // stored data could not be read; kept aside, started fresh
    StorageUnavailable,   // the browser refuses storage: works in memory only
    StorageFull,          // a write failed for lack of space: works in memory
};

class Quiz {
public:
    Quiz(const Instrument& instrument, KeyValueStore& store);

    // Reads settings, the attempt in progress and finished attempts. Never throws.
    void load(std::int64_t nowMs);

    const Settings& settings() const { return settings_; }
    void setLanguage(const std::string& language);

    // The attempt in progress, or nullptr.
    const Attempt* current() const { return hasCurrent_ ? &current_ : nullptr; }
    const std::vector<Attempt>& finished() const { return history_.attempts; }
    const Attempt* latestFinished() const;

    void start(const std::string& language, const std::string& team, std::int64_t nowMs);
    void discardCurrent();

    // Answering. `value` is 1..7. Time on a statement is counted from when it was shown
    // (showStatement) to when the person leaves it, capped so a pause doesn't count.
    void showStatement(std::int64_t nowMs);
    void answer(int value, std::int64_t nowMs);
    int currentAnswer() const;          // 0 when not answered yet
    bool canGoNext() const;             // current statement answered
    bool onLastStatement() const;
    bool next(std::int64_t nowMs);      // false if it could not move
    bool back(std::int64_t nowMs);
    int answeredCount() const;
    // Finishing moves the attempt into the finished list.
    bool finish(std::int64_t nowMs);

    const std::vector<Notice>& notices() const { return notices_; }
    void dismissNotice(Notice n);
    bool persistent() const { return store_.persistent() && !writeFailed_; }

    static constexpr std::uint32_t kMaxMillisPerVisit = 120000;

private:
    bool saveCurrent();
    bool saveHistory();
    void saveSettings();
    bool write(const std::string& key, const std::string& value);
    void addNotice(Notice n);
    void countTime(std::int64_t nowMs);
    void leaveStatement(std::int64_t nowMs);
    void beginVisit(std::int64_t nowMs);
    void noteLoad(const LoadOutcome& outcome);

    const Instrument& instrument_;
    KeyValueStore& store_;
    Settings settings_;
    History history_;
    Attempt current_;
    bool hasCurrent_ = false;
    std::int64_t shownAtMs_ = 0;      // when the current visit to the statement began
    std::int64_t visitCountedMs_ = 0; // part of this visit already added to its millis
    bool writeFailed_ = false;
    std::vector<std::string> doNotWrite_;  // keys holding unreadable data we could not move
    std::vector<Notice> notices_;
};

}  // namespace core
