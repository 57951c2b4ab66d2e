// The few widgets the screens are built from, drawn with ImGui's draw lists so they look
// like a product rather than a tool, and reported to the item hooks like any ImGui widget.
#pragma once
#include <cstddef>
#include <string>
#include "imgui.h"

namespace ui {

// Wrapped text in the given font and colour across `width` (from the cursor).
void text(const std::string& s, ImFont* font, ImU32 color, float width);
// Text broken at any character to fit `width` (a link has no spaces; word wrapping would
// break it at its first dot and leave the rest overflowing).
void textBreakAnywhere(const std::string& s, ImFont* font, ImU32 color, float width);
// One line of text centred on `width`.
void textCentered(const std::string& s, ImFont* font, ImU32 color, float width);

enum class ButtonKind { Primary, Secondary, Quiet };
// A full-height button of `width` (0 = fit the label). `id` keeps the widget's identity
// stable when its label changes language.
bool button(const std::string& label, const char* id, ButtonKind kind, float width, bool disabled = false);

// One point of the agreement scale: a wide row with its number and label; checkable.
bool answerOption(const std::string& label, int number, bool selected, float width, float height);

void progressBar(float fraction, float width);
void vspace(float pixels);
void rule(float width);  // a thin horizontal line across the column

// A rounded panel behind what is drawn between beginCard() and endCard().
void beginCard(const char* id, float width, ImU32 background = 0);
void endCard();

}  // namespace ui

namespace ui {

// A labelled text field: the label above, the field below at `width`. The label is also
// what the item hooks report (ImGui would otherwise draw it beside the field).
bool textField(const std::string& label, const char* id, char* buffer, std::size_t size, float width,
               float multilineHeight = 0);

// A radio choice reported as checkable.
bool radio(const std::string& label, const char* id, bool selected);

// A QR code of `text`, `size` pixels square, dark modules on white with a quiet zone.
void qrCode(const std::string& text, float size);

}  // namespace ui
