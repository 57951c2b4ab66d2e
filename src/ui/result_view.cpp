#include "result_view.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include "charts.hpp"
#include "fonts.hpp"
#include "imgui.h"
#include "widgets.hpp"

namespace ui {

namespace {
std::string whole(double v) { return std::to_string(static_cast<int>(std::lround(v))); }

ImU32 scaleColor(const std::string& scale) {
    return scale == core::kHelpfulnessScale ? color::helpfulness : color::coachability;
}

const char* levelKey(double score) {
    if (score >= core::kProfileCut) return "high";
    if (score >= 50) return "mid";
    return "low";
}

void heading(const std::string& s, float w) {
    vspace(8);
    text(s, fonts().title, color::text, w);
}

void scaleCard(const core::Texts& t, const core::ScoreSummary& s, float w) {
    const std::string key = "scale." + s.id;
    beginCard(("scale-" + s.id).c_str(), w);
    const float inner = w - 32;
    text(t.get(key + ".name"), fonts().bold, color::text, inner);
    if (!s.scored) {
        text(t.get("results.notScored"), fonts().body, color::muted, inner);
        endCard();
        return;
    }
    ImGui::PushFont(fonts().score);
    ImGui::PushStyleColor(ImGuiCol_Text, scaleColor(s.id));
    ImGui::TextUnformatted(whole(s.score).c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::SameLine(0, 12);
    ImGui::BeginGroup();
    vspace(2);
    text(t.get(bandKey(s.band)), fonts().bold, color::text, inner - 80);
    text(core::format(t.get("results.interval"), {{"low", whole(s.low)}, {"high", whole(s.high)}}), fonts().body,
         color::muted, inner - 80);
    ImGui::EndGroup();
    text(t.get(key + ".means"), fonts().body, color::text, inner);
    vspace(2);
    text(t.get(key + "." + levelKey(s.score)), fonts().body, color::text, inner);
    endCard();
}

// Facets sorted by score, scored ones only: the highest are strengths, the lowest the
// places to start.
std::vector<const core::ScoreSummary*> rankedFacets(const core::Result& r) {
    std::vector<const core::ScoreSummary*> out;
    for (const core::ScoreSummary& f : r.facets)
        if (f.scored) out.push_back(&f);
    std::stable_sort(out.begin(), out.end(), [](auto* a, auto* b) { return a->score > b->score; });
    return out;
}
}  // namespace

const char* bandKey(core::Band b) {
    switch (b) {
        case core::Band::MostlyDisagrees: return "band.mostlyDisagrees";
        case core::Band::Mixed: return "band.mixed";
        case core::Band::MostlyAgrees: return "band.mostlyAgrees";
        case core::Band::StronglyAgrees: return "band.stronglyAgrees";
    }
    return "band.mixed";
}

const char* profileKey(core::Profile p) {
    switch (p) {
        case core::Profile::HelpfulCoachable: return "profile.helpfulCoachable";
        case core::Profile::Pertti: return "profile.pertti";
        case core::Profile::EagerLearner: return "profile.eagerLearner";
        case core::Profile::WorthConversation: return "profile.worthConversation";
        case core::Profile::Borderline: return "profile.borderline";
        case core::Profile::NotScored: return "profile.notScored";
    }
    return "profile.notScored";
}

std::string resultJson(const core::Result& result) {
    auto id = [](const char* key) { return std::string(key).substr(std::string(key).find('.') + 1); };
    std::string out = "{\"profile\":\"" + id(profileKey(result.profile)) + "\",\"scales\":[";
    for (std::size_t i = 0; i < result.scales.size(); ++i) {
        const core::ScoreSummary& s = result.scales[i];
        char buf[200];
        std::snprintf(buf, sizeof buf, "%s{\"id\":\"%s\",\"scored\":%s,\"score\":%.2f,\"low\":%.2f,\"high\":%.2f,\"band\":\"%s\"}",
                      i ? "," : "", s.id.c_str(), s.scored ? "true" : "false", s.score, s.low, s.high,
                      id(bandKey(s.band)).c_str());
        out += buf;
    }
    out += "],\"flags\":[";
    const core::QualityFlags& q = result.flags;
    const std::pair<bool, const char*> flags[] = {{q.inconsistent, "inconsistent"}, {q.yesSayingHigh, "yesSaying"},
                                                  {q.tooGood, "tooGood"}, {q.tooFast, "tooFast"},
                                                  {q.straightLined, "straightLined"}};
    bool first = true;
    for (const auto& [on, name] : flags) {
        if (!on) continue;
        out += std::string(first ? "" : ",") + "\"" + name + "\"";
        first = false;
    }
    return out + "]}";
}

void drawResultView(const core::Content& content, const core::Texts& t, const core::Result& result,
                    const Layout& layout) {
    const float w = layout.width;
    text(t.get("results.selfReport"), fonts().body, color::muted, w);
    vspace(layout.gap * 0.5f);

    // The two scales, side by side on a desktop.
    const core::ScoreSummary* h = result.scale(core::kHelpfulnessScale);
    const core::ScoreSummary* c = result.scale(core::kCoachabilityScale);
    if (h && c) {
        if (layout.narrow) {
            scaleCard(t, *h, w);
            vspace(layout.gap * 0.5f);
            scaleCard(t, *c, w);
        } else {
            const float half = (w - 12) * 0.5f;
            ImGui::BeginGroup();
            scaleCard(t, *h, half);
            ImGui::EndGroup();
            ImGui::SameLine(0, 12);
            ImGui::BeginGroup();
            scaleCard(t, *c, half);
            ImGui::EndGroup();
        }
        if (h->scored && c->scored) {
            const double diff = std::fabs(std::round(h->score) - std::round(c->score));
            vspace(4);
            text(core::format(t.get(diff > core::kMeaningfulScaleDifference ? "results.difference" : "results.noDifference"),
                              {{"diff", whole(diff)}}),
                 fonts().body, color::text, w);
        }
    }

    // The 2x2 picture and the profile in words.
    heading(t.get("results.profileTitle"), w);
    const std::string key = profileKey(result.profile);
    text(t.get(key + ".name"), fonts().bold, color::text, w);
    text(t.get(key + ".text"), fonts().body, color::text, w);
    vspace(layout.gap * 0.5f);
    if (h && c && h->scored && c->scored) {
        const std::string cells[4] = {t.get("profile.eagerLearner.name"), t.get("profile.helpfulCoachable.name"),
                                      t.get("profile.worthConversation.name"), t.get("profile.pertti.name")};
        MatrixPoint p{h->score, h->low, h->high, c->score, c->low, c->high, color::text, true};
        matrixChart({p}, cells, t.get("results.matrixAxisX"), t.get("results.matrixAxisY"), core::kProfileCut, w);
        text(t.get("results.matrixLegend"), fonts().body, color::muted, w);
    }

    // Facet profile.
    heading(t.get("results.facetsTitle"), w);
    text(t.get("results.indicative"), fonts().body, color::muted, w);
    vspace(6);
    std::vector<BarRow> rows;
    for (const core::ScoreSummary& f : result.facets) {
        std::string scale;
        for (const core::FacetDef& def : content.instrument.facets)
            if (def.id == f.id) scale = def.scale;
        rows.push_back({t.get("facet." + f.id + ".short"), f.score, f.low, f.high, f.scored, scaleColor(scale)});
    }
    facetChart(rows, w, layout.narrow);

    // Strengths first, then concrete next steps for the lowest facets.
    std::vector<const core::ScoreSummary*> ranked = rankedFacets(result);
    if (!ranked.empty()) {
        heading(t.get("results.strengths"), w);
        for (std::size_t i = 0; i < std::min<std::size_t>(2, ranked.size()); ++i) {
            text(t.get("facet." + ranked[i]->id + ".name"), fonts().bold, color::text, w);
            text(t.get("facet." + ranked[i]->id + ".strength"), fonts().body, color::text, w);
            vspace(4);
        }
        heading(t.get("results.nextSteps"), w);
        text(t.get("results.nextStepsLead"), fonts().body, color::muted, w);
        vspace(4);
        const std::size_t lowCount = std::min<std::size_t>(2, ranked.size() > 2 ? ranked.size() - 2 : 0);
        for (std::size_t i = 0; i < lowCount; ++i) {
            const core::ScoreSummary* f = ranked[ranked.size() - 1 - i];
            beginCard(("advice-" + f->id).c_str(), w);
            text(t.get("facet." + f->id + ".name"), fonts().bold, color::text, w - 32);
            text(t.get("facet." + f->id + ".low"), fonts().body, color::muted, w - 32);
            text("•  " + t.get("facet." + f->id + ".advice1"), fonts().body, color::text, w - 32);
            text("•  " + t.get("facet." + f->id + ".advice2"), fonts().body, color::text, w - 32);
            endCard();
            vspace(6);
        }
    }

    // Quality flags, in plain words; they never changed a score.
    heading(t.get("results.flagsTitle"), w);
    const core::QualityFlags& q = result.flags;
    if (!q.any()) text(t.get("results.noFlags"), fonts().body, color::text, w);
    const std::pair<bool, const char*> flags[] = {{q.inconsistent, "flag.inconsistent"},
                                                  {q.yesSayingHigh, "flag.yesSaying"},
                                                  {q.tooGood, "flag.tooGood"},
                                                  {q.tooFast, "flag.tooFast"},
                                                  {q.straightLined, "flag.straightLined"}};
    for (const auto& [on, flagKey] : flags) {
        if (!on) continue;
        beginCard(flagKey, w, color::warningSoft);
        text(t.get(flagKey), fonts().body, color::text, w - 32);
        endCard();
        vspace(6);
    }
    vspace(layout.gap * 0.5f);
    text(t.get("results.developmentOnly"), fonts().body, color::muted, w);
}

}  // namespace ui
