// The definitions of include/sakip/decimal/format.hpp (format_angka, format_persen), included at its end.
#pragma once

#include <sakip/decimal/format.hpp>

#include <algorithm>
#include <string>

namespace sakip {
inline std::string format_detail::group_thousands(std::string_view digits) {
    std::string body;
    body.reserve(digits.size() + digits.size() / 3);
    for (std::size_t k = 0; k < digits.size(); ++k) {
        if (k > 0 && (digits.size() - k) % 3 == 0) body.push_back('.');
        body.push_back(digits[k]);
    }
    return body;
}

inline std::string format_angka(const Decimal& d, const AngkaFormat& f) {
    const std::string plain = d.to_string();  // "-1234.5": no exponent, the value's own decimals
    std::string_view s = plain;
    std::string out;
    out.reserve(plain.size() + plain.size() / 3 + f.suffix.size() + 4);
    if (!s.empty() && s.front() == '-') {
        out.push_back('-');
        s.remove_prefix(1);
    }
    const std::size_t dot = s.find('.');
    const std::string_view ip = s.substr(0, dot);
    const std::string_view fp = dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
    out += f.group_thousands ? format_detail::group_thousands(ip) : std::string(ip);
    const std::size_t places = fp.size() > static_cast<std::size_t>(std::max(f.min_places, 0))
                                   ? fp.size()
                                   : static_cast<std::size_t>(std::max(f.min_places, 0));
    if (places > 0) {
        out.push_back(',');
        out += fp;
        out.append(places - fp.size(), '0');
    }
    out += f.suffix;
    return out;
}

inline std::string format_persen(const Decimal& d, int min_places) {
    AngkaFormat f;
    f.min_places = min_places;
    f.suffix = " %";
    return format_angka(d, f);
}

}  // namespace sakip
