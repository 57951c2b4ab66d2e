// Fuzzes decodeFragment and decodeExpecting with arbitrary text: the way a link arrives.
// Most random changes stop at the checksum; fuzz_body reaches the field readers behind it.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view fragment(reinterpret_cast<const char*>(data), size);
    const core::DecodedLink link = core::decodeFragment(fragment);
    fuzz::checkDecoded(fragment, link);
    for (core::LinkKind expected : {core::LinkKind::Invitation, core::LinkKind::Result}) {
        const core::DecodedLink other = core::decodeExpecting(fragment, expected);
        fuzz::require(other.kind == link.kind, "decodeExpecting changed the kind");
        if (link.kind != core::LinkKind::None && link.kind != expected)
            fuzz::require(other.error == core::LinkError::WrongKind, "other kind not reported");
        else
            fuzz::require(other.error == link.error, "decodeExpecting changed the error");
        if (other.error != core::LinkError::None)
            fuzz::require(fuzz::isEmpty(other.invitation) && fuzz::isEmpty(other.result), "data from a bad link");
    }
    return 0;
}
