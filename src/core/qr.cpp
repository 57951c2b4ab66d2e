#include "qr.hpp"

#include "qrcodegen.hpp"

namespace core {

QrMatrix qrMatrixFor(const std::string& text) {
    using qrcodegen::QrCode;
    QrMatrix m;
    try {
        // Medium error correction: survives a smudged screen or a glare in a meeting room.
        const QrCode qr = QrCode::encodeText(text.c_str(), QrCode::Ecc::MEDIUM);
        m.size = qr.getSize();
        m.dark.resize(static_cast<std::size_t>(m.size) * m.size);
        for (int y = 0; y < m.size; ++y)
            for (int x = 0; x < m.size; ++x) m.dark[static_cast<std::size_t>(y) * m.size + x] = qr.getModule(x, y);
    } catch (const std::exception&) {
        m = QrMatrix{};  // longer than a QR code holds: the link itself is still shown
    }
    return m;
}

}  // namespace core
