// CRC-32 (the IEEE 802.3 / zlib polynomial) for the share links.
// Chosen over a plain hash because it is guaranteed to catch every single-byte change and
// every burst of up to 32 bits, which is the damage a hand-edited or mangled link suffers.
#pragma once
#include <cstddef>
#include <cstdint>

namespace core {

// CRC-32 of `size` bytes (reflected, polynomial 0xEDB88320, initial and final XOR 0xFFFFFFFF:
// the same value zlib's crc32() and `python3 -c "import zlib; zlib.crc32(b)"` give, so a
// test or a person can check a link with standard tools).
std::uint32_t crc32(const std::uint8_t* data, std::size_t size);

}  // namespace core
