// Well-formed UTF-8 (RFC 3629): the one test of src/io, for the JSON reader's messages and the
// text cells of an imported table.
#pragma once

#include <cstddef>
#include <string_view>

namespace sakip::detail {

// The length of the well-formed UTF-8 sequence starting at s[i] (1-4), or 0 when the bytes there are
// not one: no overlong forms, no surrogates, nothing above U+10FFFF.
inline std::size_t utf8_sequence(std::string_view s, std::size_t i) noexcept {
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t len = b < 0x80                   ? 1
                            : (b >= 0xC2 && b <= 0xDF) ? 2
                            : (b >= 0xE0 && b <= 0xEF) ? 3
                            : (b >= 0xF0 && b <= 0xF4) ? 4
                                                       : 0;
    if (len == 0 || i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k)
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
    if (len >= 3) {
        const auto b1 = static_cast<unsigned char>(s[i + 1]);
        if ((b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 > 0x9F) || (b == 0xF0 && b1 < 0x90) ||
            (b == 0xF4 && b1 > 0x8F))
            return 0;
    }
    return len;
}

// The offset of the first byte of `s` that is not part of well-formed UTF-8, or npos.
inline std::size_t utf8_invalid(std::string_view s) noexcept {
    for (std::size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        const std::size_t len = utf8_sequence(s, i);
        if (len == 0) return i;
        i += len;
    }
    return std::string_view::npos;
}

}  // namespace sakip::detail
