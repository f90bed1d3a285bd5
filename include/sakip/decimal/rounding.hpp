// Rounding modes, named exactly as in Python's decimal module (ROUND_HALF_UP -> "half_up").
// half_up is the reporting default in Indonesian government documents (Excel's ROUND behaves so).
#pragma once

#include <string>
#include <string_view>

#include <sakip/error.hpp>

namespace sakip {

enum class Rounding {
    half_up,    // ties away from zero: 2.675 -> 2.68, -2.675 -> -2.68
    half_even,  // ties to even digit (banker's): 2.665 -> 2.66
    half_down,  // ties towards zero: 2.675 -> 2.67
    down,       // truncate towards zero
    up,         // away from zero
    ceiling,    // towards +infinity
    floor,      // towards -infinity
};

// "half_up", "half_even", "half_down", "down", "up", "ceiling", "floor".
std::string_view to_string(Rounding rounding) noexcept;
// Inverse of to_string; also accepts Python's constant names ("ROUND_HALF_UP").
// Throws sakip::error on an unknown name.
Rounding parse_rounding(std::string_view name);

// ---- definitions ----------------------------------------------------------------------------------

inline std::string_view to_string(Rounding r) noexcept {
    switch (r) {
        case Rounding::half_up:
            return "half_up";
        case Rounding::half_even:
            return "half_even";
        case Rounding::half_down:
            return "half_down";
        case Rounding::down:
            return "down";
        case Rounding::up:
            return "up";
        case Rounding::ceiling:
            return "ceiling";
        case Rounding::floor:
            return "floor";
    }
    return "half_up";
}

inline Rounding parse_rounding(std::string_view name) {
    std::string n(name);
    if (n.rfind("ROUND_", 0) == 0) {
        n = n.substr(6);
        for (auto& ch : n) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
    }
    for (Rounding r : {Rounding::half_up, Rounding::half_even, Rounding::half_down, Rounding::down, Rounding::up,
                       Rounding::ceiling, Rounding::floor})
        if (to_string(r) == n) return r;
    throw error("mode pembulatan " + quoted(name) +
                " tidak dikenal (yang sah: half_up, half_even, half_down, down, up, ceiling, floor) / unknown "
                "rounding mode " +
                quoted(name) + " (expected half_up, half_even, half_down, down, up, ceiling or floor)");
}

}  // namespace sakip
