#include "charts.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include "fonts.hpp"
#include "imgui_internal.h"
#include "theme.hpp"

namespace ui {

namespace {
float lerp(float a, float b, double t) { return a + (b - a) * static_cast<float>(std::clamp(t, 0.0, 1.0)); }

std::string whole(double v) { return std::to_string(static_cast<int>(std::lround(v))); }

void textAt(ImDrawList* dl, ImFont* font, ImVec2 pos, ImU32 col, const std::string& s) {
    dl->AddText(font, ImGui::GetFontSize(), pos, col, s.c_str(), s.c_str() + s.size());
}

// A 0..100 track with light lines where the descriptive bands change (50, 67, 84).
void track(ImDrawList* dl, float x0, float x1, float y, float h) {
    dl->AddRectFilled(ImVec2(x0, y - h * 0.5f), ImVec2(x1, y + h * 0.5f), color::rgb(0xE6ECEF), h * 0.5f);
    for (double band : {50.0, 67.0, 84.0}) {
        float x = lerp(x0, x1, band / 100.0);
        dl->AddLine(ImVec2(x, y - h), ImVec2(x, y + h), color::rgb(0xC9D3DA), 1.0f);
    }
}
}  // namespace

void facetChart(const std::vector<BarRow>& rows, float width, bool narrow) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImGui::PushFont(fonts().body);
    const float lineH = ImGui::GetFontSize();
    const float labelW = narrow ? 0.0f : 150.0f;
    const float numberW = 34.0f;
    const float rowH = narrow ? lineH + 22.0f : 30.0f;
    ImVec2 origin = ImGui::GetCursorScreenPos();
    const float x0 = origin.x + labelW + 8.0f, x1 = origin.x + width - numberW - 8.0f;
    float y = origin.y;
    for (const BarRow& r : rows) {
        float barY;
        if (narrow) {  // label on its own line above the bar: long Finnish names fit
            textAt(dl, fonts().body, ImVec2(origin.x, y), color::text, r.label);
            barY = y + lineH + 10.0f;
        } else {
            textAt(dl, fonts().body, ImVec2(origin.x, y + (rowH - lineH) * 0.5f), color::text, r.label);
            barY = y + rowH * 0.5f;
        }
        float bx0 = narrow ? origin.x : x0;
        track(dl, bx0, x1, barY, 8.0f);
        if (r.scored) {
            float lo = lerp(bx0, x1, r.low / 100.0), hi = lerp(bx0, x1, r.high / 100.0);
            float at = lerp(bx0, x1, r.score / 100.0);
            dl->AddLine(ImVec2(lo, barY), ImVec2(hi, barY), r.color, 3.0f);
            dl->AddLine(ImVec2(lo, barY - 6), ImVec2(lo, barY + 6), r.color, 2.0f);
            dl->AddLine(ImVec2(hi, barY - 6), ImVec2(hi, barY + 6), r.color, 2.0f);
            dl->AddCircleFilled(ImVec2(at, barY), 7.0f, r.color, 20);
            dl->AddCircle(ImVec2(at, barY), 7.0f, color::surface, 20, 2.0f);
            std::string n = whole(r.score);
            textAt(dl, fonts().bold, ImVec2(x1 + 10.0f, barY - lineH * 0.5f), color::text, n);
        } else {
            textAt(dl, fonts().body, ImVec2(x1 + 10.0f, barY - lineH * 0.5f), color::muted, "–");
        }
        y += narrow ? rowH + 6.0f : rowH;
    }
    // Axis: where the bands start, so the whiskers can be read against them.
    float axisX0 = narrow ? origin.x : x0;
    for (double v : {0.0, 50.0, 67.0, 84.0, 100.0}) {
        std::string s = whole(v);
        float w = ImGui::CalcTextSize(s.c_str()).x;
        float x = lerp(axisX0, x1, v / 100.0) - w * 0.5f;
        textAt(dl, fonts().body, ImVec2(x, y + 2.0f), color::muted, s);
    }
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(width, y - origin.y + lineH + 6.0f));
}

void matrixChart(const std::vector<MatrixPoint>& points, const std::string cellLabels[4],
                 const std::string& xAxis, const std::string& yAxis, double cut, float width) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImGui::PushFont(fonts().body);
    const float lineH = ImGui::GetFontSize();
    const float axisW = lineH + 8.0f;  // the y axis title, written letter column wise would be unreadable: put it above
    const float size = std::min(width - axisW, 420.0f);
    ImVec2 o = ImGui::GetCursorScreenPos();
    // y-axis title above the square, x-axis title below it
    textAt(dl, fonts().bold, ImVec2(o.x + axisW, o.y), color::coachability, "↑ " + yAxis);
    const float top = o.y + lineH + 8.0f;
    const float left = o.x + axisW;
    const float half = size * 0.5f;
    auto mapX = [&](double v) {
        return v < cut ? lerp(left, left + half, v / cut) : lerp(left + half, left + size, (v - cut) / (100.0 - cut));
    };
    auto mapY = [&](double v) {
        return v < cut ? lerp(top + size, top + half, v / cut) : lerp(top + half, top, (v - cut) / (100.0 - cut));
    };
    const ImU32 cells[4] = {color::rgb(0xFBEFE6), color::rgb(0xE3F1EF), color::rgb(0xF1F3F5), color::rgb(0xEEF4F3)};
    const ImVec2 mins[4] = {{left, top}, {left + half, top}, {left, top + half}, {left + half, top + half}};
    for (int i = 0; i < 4; ++i) {
        ImVec2 mn = mins[i], mx(mn.x + half, mn.y + half);
        dl->AddRectFilled(mn, mx, cells[i]);
        ImGui::PushStyleColor(ImGuiCol_Text, color::muted);
        ImVec2 ts = ImGui::CalcTextSize(cellLabels[i].c_str(), nullptr, false, half - 16.0f);
        ImGui::RenderTextWrapped(ImVec2(mn.x + 8.0f, i < 2 ? mn.y + 6.0f : mx.y - ts.y - 6.0f), cellLabels[i].c_str(),
                                 nullptr, half - 16.0f);
        ImGui::PopStyleColor();
    }
    dl->AddRect(ImVec2(left, top), ImVec2(left + size, top + size), color::border);
    dl->AddLine(ImVec2(left + half, top), ImVec2(left + half, top + size), color::muted, 1.5f);
    dl->AddLine(ImVec2(left, top + half), ImVec2(left + size, top + half), color::muted, 1.5f);

    for (const MatrixPoint& p : points) {
        // A score of 0 or 100 would put half the dot outside the frame: keep it inside.
        float x = std::clamp(mapX(p.x), left + 8.0f, left + size - 8.0f);
        float y = std::clamp(mapY(p.y), top + 8.0f, top + size - 8.0f);
        if (p.showInterval) {
            ImVec2 mn(mapX(p.xLow), mapY(p.yHigh)), mx(mapX(p.xHigh), mapY(p.yLow));
            dl->AddRectFilled(mn, mx, (p.color & 0x00FFFFFF) | (60u << 24), 6.0f);
            dl->AddRect(mn, mx, (p.color & 0x00FFFFFF) | (150u << 24), 6.0f, 0, 1.0f);
        }
        dl->AddCircleFilled(ImVec2(x, y), 7.0f, p.color, 20);
        dl->AddCircle(ImVec2(x, y), 7.0f, color::surface, 20, 2.0f);
    }
    // Tick labels: 0, the cut, 100 on both axes.
    const std::string c = whole(cut);
    float by = top + size + 4.0f;
    textAt(dl, fonts().body, ImVec2(left, by), color::muted, "0");
    textAt(dl, fonts().body, ImVec2(left + half - ImGui::CalcTextSize(c.c_str()).x * 0.5f, by), color::muted, c);
    textAt(dl, fonts().body, ImVec2(left + size - ImGui::CalcTextSize("100").x, by), color::muted, "100");
    textAt(dl, fonts().body, ImVec2(o.x, top + size - lineH), color::muted, "0");
    textAt(dl, fonts().body, ImVec2(o.x, top + half - lineH * 0.5f), color::muted, c);
    textAt(dl, fonts().body, ImVec2(o.x, top), color::muted, "100");
    std::string xt = xAxis + " →";
    textAt(dl, fonts().bold, ImVec2(left + size - ImGui::CalcTextSize(xt.c_str()).x, by + lineH + 2.0f), color::helpfulness, xt);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(width, (by + 2 * lineH + 6.0f) - o.y));
}

void dotPlot(const std::vector<DotRow>& rows, float width) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImGui::PushFont(fonts().body);
    const float lineH = ImGui::GetFontSize();
    ImVec2 o = ImGui::GetCursorScreenPos();
    const float x0 = o.x + 8.0f, x1 = o.x + width - 8.0f;
    float y = o.y;
    for (const DotRow& r : rows) {
        textAt(dl, fonts().bold, ImVec2(o.x, y), r.color, r.label);
        y += lineH + 18.0f;
        track(dl, x0, x1, y, 4.0f);
        if (r.showSummary && !r.scores.empty()) {
            float q1 = lerp(x0, x1, r.q1 / 100.0), q3 = lerp(x0, x1, r.q3 / 100.0), m = lerp(x0, x1, r.median / 100.0);
            dl->AddRectFilled(ImVec2(q1, y - 9), ImVec2(q3, y + 9), (r.color & 0x00FFFFFF) | (45u << 24), 4.0f);
            dl->AddLine(ImVec2(m, y - 13), ImVec2(m, y + 13), r.color, 3.0f);
        }
        // Stack dots that land on the same pixel column so every person is visible.
        std::map<int, int> stacked;
        float maxRise = 0;
        for (double s : r.scores) {
            float x = lerp(x0, x1, s / 100.0);
            int column = static_cast<int>(x / 10.0f);
            int n = stacked[column]++;
            float rise = static_cast<float>(n) * 11.0f;
            maxRise = std::max(maxRise, rise);
            dl->AddCircleFilled(ImVec2(x, y - rise), 5.5f, r.color, 16);
            dl->AddCircle(ImVec2(x, y - rise), 5.5f, color::surface, 16, 1.5f);
        }
        y += 16.0f;
        for (double v : {0.0, 50.0, 67.0, 84.0, 100.0}) {
            std::string s = whole(v);
            textAt(dl, fonts().body, ImVec2(lerp(x0, x1, v / 100.0) - ImGui::CalcTextSize(s.c_str()).x * 0.5f, y),
                   color::muted, s);
        }
        y += lineH + 14.0f;
    }
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(width, y - o.y));
}

}  // namespace ui
