// One person's answers to one questionnaire version: the raw data we store and re-score.
#pragma once
#include <cstdint>
#include <string>
#include <vector>
#include <cereal/cereal.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
#include "versioning.hpp"

namespace core {

constexpr std::uint32_t kItemAnswerVersion = 1;
constexpr std::uint32_t kAttemptVersion = 1;

struct ItemAnswer {
    std::string itemId;
    int value = 0;            // 1..7 on the agreement scale; 0 = not answered
    std::uint32_t millis = 0; // time the person spent on the statement (sum over visits)

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        if constexpr (Archive::is_loading::value) refuseUnknownVersion("answer", version, kItemAnswerVersion);
        ar(cereal::make_nvp("id", itemId), cereal::make_nvp("v", value), cereal::make_nvp("ms", millis));
    }
};

struct Attempt {
    std::string questionnaireId;
    int questionnaireVersion = 0;
    std::string language;          // language the statements were shown in ("fi" / "en")
    std::string team;              // team tag from an invitation link, "" if none
    std::vector<ItemAnswer> answers;  // one per item, in the questionnaire's order
    int position = 0;              // index of the statement the person is on
    std::int64_t startedAtMs = 0;
    std::int64_t finishedAtMs = 0; // 0 while in progress

    bool finished() const { return finishedAtMs != 0; }

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        if constexpr (Archive::is_loading::value) refuseUnknownVersion("attempt", version, kAttemptVersion);
        ar(cereal::make_nvp("questionnaire", questionnaireId),
           cereal::make_nvp("questionnaireVersion", questionnaireVersion),
           cereal::make_nvp("language", language), cereal::make_nvp("team", team),
           cereal::make_nvp("answers", answers), cereal::make_nvp("position", position),
           cereal::make_nvp("startedAt", startedAtMs), cereal::make_nvp("finishedAt", finishedAtMs));
    }
};

}  // namespace core

CEREAL_CLASS_VERSION(core::ItemAnswer, core::kItemAnswerVersion)
CEREAL_CLASS_VERSION(core::Attempt, core::kAttemptVersion)
