// Charts drawn with ImGui's draw lists: the facet profile with interval whiskers, the
// 2x2 picture with the seller's position and its uncertainty, and the team's dot plot.
#pragma once
#include <string>
#include <vector>
#include "imgui.h"

namespace ui {

struct BarRow {
    std::string label;
    double score = 0, low = 0, high = 0;  // 0..100
    bool scored = true;
    ImU32 color = 0;
};

// One row a facet: label, track 0..100 with band lines, the interval as a whisker and
// the score as a dot with its number.
void facetChart(const std::vector<BarRow>& rows, float width, bool narrow);

struct MatrixPoint {
    double x = 0, xLow = 0, xHigh = 0;  // helpfulness
    double y = 0, yLow = 0, yHigh = 0;  // coachability
    ImU32 color = 0;
    bool showInterval = true;
};

// The 2x2 picture, cut at `cut` on both scales. The cut sits in the middle of each axis
// (0..cut on one half, cut..100 on the other) so that all four cells are big enough to
// read on a phone; the axes are labelled with 0, the cut and 100 to say so.
// cellLabels: top-left, top-right, bottom-left, bottom-right.
void matrixChart(const std::vector<MatrixPoint>& points, const std::string cellLabels[4],
                 const std::string& xAxis, const std::string& yAxis, double cut, float width);

// Scores of a team as dots on a 0..100 line, one line per scale, with the median and
// the interquartile range marked. Dots that coincide are stacked, never ordered by name.
struct DotRow {
    std::string label;
    std::vector<double> scores;
    double median = 0, q1 = 0, q3 = 0;
    bool showSummary = true;
    ImU32 color = 0;
};
void dotPlot(const std::vector<DotRow>& rows, float width);

}  // namespace ui
