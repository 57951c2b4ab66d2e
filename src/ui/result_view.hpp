// The body of a result: scale scores with intervals and bands, the facet profile, the 2x2
// picture, strengths, next steps and quality flags. Shared by the seller's own result and
// a result a manager opens from a link.
#pragma once
#include "core/content.hpp"
#include "core/scoring.hpp"
#include "theme.hpp"

namespace ui {

void drawResultView(const core::Content& content, const core::Texts& texts, const core::Result& result,
                    const Layout& layout);

const char* profileKey(core::Profile p);  // "profile.pertti" etc.

// The result as window.__ui.view publishes it: {"profile", "scales": [{id, score, low,
// high, band, scored}], "flags": [...]}, with the same ids the text keys use.
std::string resultJson(const core::Result& result);
const char* bandKey(core::Band b);

}  // namespace ui
