// Rounding modes, named exactly as in Python's decimal module (ROUND_HALF_UP -> "half_up").
// half_up is the reporting default in Indonesian government documents (Excel's ROUND behaves so).
#pragma once

#include <string_view>

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

}  // namespace sakip
