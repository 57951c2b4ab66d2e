// The manager's team view: results people chose to share, added by pasting links. Shows
// the spread of the team, never a ranking; aggregates stay hidden for very small groups.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include "app.hpp"
#include "charts.hpp"
#include "fonts.hpp"
#include "imgui.h"
#include "result_view.hpp"
#include "widgets.hpp"

namespace ui {

namespace {
std::string whole(double v) { return std::to_string(static_cast<int>(std::lround(v))); }
std::string percent(double share) { return std::to_string(static_cast<int>(std::lround(share * 100))) + " %"; }

const char* outcomeKey(core::AddResult r) {
    switch (r) {
        case core::AddResult::Added: return "team.outcome.added";
        case core::AddResult::Duplicate: return "team.outcome.duplicate";
        case core::AddResult::WrongQuestionnaire: return "team.outcome.wrongQuestionnaire";
        case core::AddResult::UnknownVersion: return "team.outcome.unknownVersion";
        case core::AddResult::WrongLength: return "team.outcome.wrongLength";
        case core::AddResult::Full: return "team.outcome.full";
    }
    return "team.outcome.added";
}

ImU32 scaleColor(const std::string& scale) {
    return scale == core::kHelpfulnessScale ? color::helpfulness : color::coachability;
}

// Agreed and disagreed shares of one statement as a two-part bar.
void shareBar(double agreed, double disagreed, float width) {
    ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float h = 10.0f;
    dl->AddRectFilled(p, ImVec2(p.x + width, p.y + h), color::rgb(0xE6ECEF), 3.0f);
    float a = width * static_cast<float>(agreed), d = width * static_cast<float>(disagreed);
    if (a > 0) dl->AddRectFilled(p, ImVec2(p.x + a, p.y + h), color::primary, 3.0f);
    if (d > 0) dl->AddRectFilled(ImVec2(p.x + width - d, p.y), ImVec2(p.x + width, p.y + h), color::rgb(0xB8C4CC), 3.0f);
    ImGui::Dummy(ImVec2(width, h));
}
}  // namespace

void App::drawTeam() {
    const float w = layout_.width;
    const float bw = layout_.narrow ? w : 320.0f;
    drawHeading("team.title", "team.lead");

    textField(t("team.paste"), "team-paste", pasteBox_, sizeof pasteBox_, w, 90.0f);
    vspace(4);
    if (button(t("team.add"), "team-add", ButtonKind::Primary, bw, pasteBox_[0] == 0)) {
        pasteOutcomes_ = team_.addMany(pasteBox_, host_.nowMs());
        pasteFoundNothing_ = pasteOutcomes_.empty();
        pasteBox_[0] = 0;
    }
    if (pasteFoundNothing_) text(t("team.noLinks"), fonts().bold, color::warning, w);
    for (const core::PasteOutcome& o : pasteOutcomes_) {
        std::string what = o.linkError != core::LinkError::None
                               ? t(std::string("link.error.") + core::linkErrorId(o.linkError))
                               : t(outcomeKey(o.added.value_or(core::AddResult::Added)));
        bool good = o.linkError == core::LinkError::None && o.added == core::AddResult::Added;
        text((good ? "✓ " : "– ") + what, fonts().body, good ? color::primary : color::warning, w);
    }
    vspace(layout_.gap * 0.5f);

    const core::TeamSummary summary = team_.summary();
    {
        std::string counts;
        for (core::Profile p : {core::Profile::HelpfulCoachable, core::Profile::Pertti, core::Profile::EagerLearner,
                                core::Profile::WorthConversation, core::Profile::Borderline, core::Profile::NotScored}) {
            std::string key = profileKey(p);
            counts += (counts.empty() ? "\"" : ",\"") + key.substr(key.find('.') + 1) + "\":" + std::to_string(summary.count(p));
        }
        viewJson_ = "{\"people\":" + std::to_string(summary.people) + ",\"members\":" +
                    std::to_string(team_.members().size()) + ",\"aggregates\":" +
                    (summary.enoughForAggregates ? "true" : "false") + ",\"profiles\":{" + counts + "}}";
    }
    text(core::format(t("team.people"), {{"n", std::to_string(summary.people)}}), fonts().bold, color::text, w);
    if (summary.setAside > 0)
        text(core::format(t("team.setAside"), {{"n", std::to_string(summary.setAside)}}), fonts().body, color::muted, w);
    if (team_.members().empty()) {
        text(t("team.empty"), fonts().body, color::muted, w);
    } else if (!summary.enoughForAggregates) {
        text(core::format(t("team.small"), {{"min", std::to_string(core::kMinPeopleForAggregates)}}), fonts().body,
             color::muted, w);
    } else {
        // Scale scores: dots, median and middle half.
        vspace(layout_.gap * 0.5f);
        text(t("team.scores"), fonts().title, color::text, w);
        std::vector<DotRow> rows;
        for (const core::ScaleSpread& s : summary.scales) {
            rows.push_back({t("scale." + s.id + ".name"), s.scores, s.spread.median, s.spread.q1, s.spread.q3,
                            s.spread.n > 0, scaleColor(s.id)});
        }
        dotPlot(rows, w);
        for (const core::ScaleSpread& s : summary.scales) {
            std::string spread = core::format(t("team.spread"), {{"median", whole(s.spread.median)},
                                                                  {"q1", whole(s.spread.q1)},
                                                                  {"q3", whole(s.spread.q3)}});
            text(t("scale." + s.id + ".name") + ": " + spread, fonts().body, color::text, w);
        }

        // Everyone in the 2x2 (no names: positions only) and the counts per cell.
        vspace(layout_.gap * 0.5f);
        text(t("team.profiles"), fonts().title, color::text, w);
        std::vector<MatrixPoint> points;
        for (std::size_t i = 0; i < team_.members().size(); ++i) {
            if (!core::fits(content_.instrument, team_.members()[i])) continue;
            core::Result r = team_.resultOf(i);
            const core::ScoreSummary* h = r.scale(core::kHelpfulnessScale);
            const core::ScoreSummary* c = r.scale(core::kCoachabilityScale);
            if (h && c && h->scored && c->scored)
                points.push_back({h->score, h->low, h->high, c->score, c->low, c->high, color::primary, false});
        }
        const std::string cells[4] = {t("profile.eagerLearner.name"), t("profile.helpfulCoachable.name"),
                                      t("profile.worthConversation.name"), t("profile.pertti.name")};
        matrixChart(points, cells, t("results.matrixAxisX"), t("results.matrixAxisY"), core::kProfileCut, w);
        for (core::Profile p : {core::Profile::HelpfulCoachable, core::Profile::Pertti, core::Profile::EagerLearner,
                                core::Profile::WorthConversation, core::Profile::Borderline, core::Profile::NotScored}) {
            int n = summary.count(p);
            if (n == 0) continue;
            text(t(std::string(profileKey(p)) + ".name") + ": " + std::to_string(n), fonts().body, color::text, w);
        }

        // Facets: median and middle half.
        vspace(layout_.gap * 0.5f);
        text(t("team.facets"), fonts().title, color::text, w);
        std::vector<BarRow> facetRows;
        for (const core::FacetSpread& f : summary.facets)
            facetRows.push_back({t("facet." + f.id + ".short"), f.spread.median, f.spread.q1, f.spread.q3,
                                 f.spread.n > 0, scaleColor(f.scale)});
        facetChart(facetRows, w, layout_.narrow);

        // Statements: where the team agrees less — shared training themes.
        vspace(layout_.gap * 0.5f);
        text(t("team.items"), fonts().title, color::text, w);
        text(t("team.itemsLead"), fonts().body, color::muted, w);
        // Statements in the order worth training on: the least agreement in the direction
        // of the strength first (for an opposite statement, that is the most agreement).
        std::vector<const core::ItemShares*> ordered;
        for (const core::ItemShares& item : summary.items) {
            const int index = content_.instrument.indexOf(item.itemId);
            if (item.shown && index >= 0 && !content_.instrument.items[index].tooGood) ordered.push_back(&item);
        }
        auto strengthShare = [&](const core::ItemShares* i) {
            return content_.instrument.items[content_.instrument.indexOf(i->itemId)].reversed ? i->disagreed : i->agreed;
        };
        std::stable_sort(ordered.begin(), ordered.end(),
                         [&](auto* a, auto* b) { return strengthShare(a) < strengthShare(b); });
        for (const core::ItemShares* shares : ordered) {
            const core::ItemShares& item = *shares;
            const int index = content_.instrument.indexOf(item.itemId);
            vspace(4);
            if (content_.instrument.items[index].reversed) text(t("team.reversed"), fonts().bold, color::coachability, w);
            text(t("item." + item.itemId), fonts().body, color::text, w);
            shareBar(item.agreed, item.disagreed, w - 70);
            ImGui::SameLine();
            ImGui::SetCursorPosY(ImGui::GetCursorPosY() - 6);
            text(percent(item.agreed), fonts().bold, color::text, 70);
        }

        vspace(layout_.gap * 0.5f);
        for (const core::ScaleSpread& s : summary.scales) {
            if (!s.alphaEstimated) continue;
            char a[16];
            std::snprintf(a, sizeof a, "%.2f", s.alpha);
            text(core::format(t("team.alpha"), {{"scale", t("scale." + s.id + ".name")}, {"alpha", a}}), fonts().body,
                 color::muted, w);
        }
        bool anyAlpha = false;
        for (const core::ScaleSpread& s : summary.scales) anyAlpha |= s.alphaEstimated;
        if (!anyAlpha) text(t("team.alphaUnknown"), fonts().body, color::muted, w);
    }

    // People, in the order they were added.
    if (!team_.members().empty()) {
        vspace(layout_.gap * 0.5f);
        text(t("team.members"), fonts().title, color::text, w);
        text(t("team.noRanking"), fonts().body, color::muted, w);
        int removeIndex = -1;
        for (std::size_t i = 0; i < team_.members().size(); ++i) {
            const core::TeamMember& m = team_.members()[i];
            ImGui::PushID(static_cast<int>(i));
            std::string who = m.name.empty() ? t("team.unnamed") : m.name;
            if (!m.team.empty()) who += " · " + m.team;
            text(who, fonts().bold, color::text, w);
            if (button(t("team.open"), "open", ButtonKind::Secondary, 120)) {
                openedMember_ = static_cast<int>(i);
                go(Screen::SharedResult);
            }
            ImGui::SameLine();
            if (button(t("team.remove"), "remove", ButtonKind::Quiet, 120)) removeIndex = static_cast<int>(i);
            ImGui::PopID();
        }
        if (removeIndex >= 0) team_.remove(static_cast<std::size_t>(removeIndex));

        vspace(layout_.gap);
        if (!confirmDelete_) {
            if (button(t("team.delete"), "team-delete", ButtonKind::Secondary, bw)) confirmDelete_ = true;
        } else {
            text(t("team.deleteConfirm"), fonts().bold, color::text, w);
            if (button(t("team.deleteYes"), "team-delete-yes", ButtonKind::Primary, 160)) {
                team_.clear();
                confirmDelete_ = false;
                pasteOutcomes_.clear();
            }
            ImGui::SameLine();
            if (button(t("team.cancel"), "team-delete-no", ButtonKind::Secondary, 160)) confirmDelete_ = false;
        }
    }
    vspace(layout_.gap);
    if (button(t("nav.home"), "home", ButtonKind::Quiet, bw)) go(Screen::Welcome);
}

}  // namespace ui
