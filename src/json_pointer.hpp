// Private helper (not installed): JSON Pointer tokens (RFC 6901), shared by the loader's problem
// pointers and the audit's finding locations.
#pragma once

#include <string>
#include <string_view>

namespace sakip::detail {

// A reference token: '~' becomes "~0" and '/' becomes "~1".
inline std::string json_pointer_escape(std::string_view token) {
    std::string out;
    out.reserve(token.size());
    for (char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

}  // namespace sakip::detail
