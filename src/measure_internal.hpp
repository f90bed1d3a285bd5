// Private helpers shared by the measure sources (not installed).
#pragma once

#include <sakip/decimal.hpp>
#include <sakip/measure/rasional.hpp>
#include <sakip/rounding.hpp>

#include <string>

namespace sakip::detail {

using integer = Rasional::integer;

// Where the discarded fraction f (0 <= f < 1) of a value lies: exactly 0, below, at or above 1/2.
enum class Fraksi { nol, bawah_setengah, setengah, atas_setengah };

// The rounded integer for a value floor + f under `rounding` (floor may be negative).
integer round_from_floor(const integer& floor, Fraksi f, Rounding rounding);

integer pow10(int exponent);  // exponent >= 0

// A rounded integer coefficient at `places` as a Decimal; overflow_error beyond 38 digits.
Decimal make_decimal(const integer& coefficient, int places);

std::string decimal_text(const Rasional& r);  // exact decimal if terminating, else "n/d"

}  // namespace sakip::detail
