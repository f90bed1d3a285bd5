// Private helper (not installed): JSON Pointer tokens (RFC 6901), shared by the loader's problem
// pointers and the audit's finding locations.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

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

// The reference tokens of a JSON Pointer, unescaped ("~1" is '/', "~0" is '~'): "" has none, "/" one
// empty token. The caller has checked the syntax (it starts with '/' unless empty; every '~' is
// followed by '0' or '1'); a '~' at the end is kept as it is.
inline std::vector<std::string> json_pointer_tokens(std::string_view pointer) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < pointer.size();) {
        std::size_t end = pointer.find('/', i + 1);
        if (end == std::string_view::npos) end = pointer.size();
        std::string token;
        for (std::size_t k = i + 1; k < end; ++k) {
            if (pointer[k] == '~' && k + 1 < end && (pointer[k + 1] == '0' || pointer[k + 1] == '1')) {
                token += pointer[k + 1] == '1' ? '/' : '~';
                ++k;
            } else {
                token += pointer[k];
            }
        }
        out.push_back(std::move(token));
        i = end;
    }
    return out;
}

}  // namespace sakip::detail
