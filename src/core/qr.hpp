// The QR code of a link, as a square of dark and light modules (Nayuki's QR code
// generator, from Debian's qr-code-generator source package). Drawing is the UI's job.
#pragma once
#include <string>
#include <vector>

namespace core {

struct QrMatrix {
    int size = 0;             // modules per side; 0 when the text does not fit a QR code
    std::vector<bool> dark;   // row by row
    bool at(int x, int y) const { return dark[static_cast<std::size_t>(y) * size + x]; }
};

QrMatrix qrMatrixFor(const std::string& text);

}  // namespace core
