#include "core/checksum.hpp"

#include <array>

namespace core {
namespace {

constexpr std::uint32_t kPolynomial = 0xEDB88320u;  // 0x04C11DB7 bit-reversed

// One table entry: the CRC of a single byte value, shifted through eight rounds.
constexpr std::uint32_t tableEntry(std::uint32_t value) {
    for (int bit = 0; bit < 8; ++bit)
        value = (value & 1u) ? (value >> 1) ^ kPolynomial : value >> 1;
    return value;
}

constexpr std::array<std::uint32_t, 256> makeTable() {
    std::array<std::uint32_t, 256> table{};
    for (std::uint32_t i = 0; i < 256; ++i) table[i] = tableEntry(i);
    return table;
}

// Built by the compiler, so there is no start-up cost and no initialisation order to mind.
constexpr std::array<std::uint32_t, 256> kTable = makeTable();

}  // namespace

std::uint32_t crc32(const std::uint8_t* data, std::size_t size) {
    std::uint32_t crc = 0xFFFFFFFFu;
    for (std::size_t i = 0; i < size; ++i) crc = kTable[(crc ^ data[i]) & 0xFFu] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

}  // namespace core
