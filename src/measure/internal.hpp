// Private helpers shared by the measure sources (not installed).
#pragma once

#include <sakip/decimal/decimal.hpp>
#include <sakip/decimal/rounding.hpp>
#include <sakip/error.hpp>
#include <sakip/measure/hasil.hpp>
#include <sakip/measure/rasional.hpp>

#include <span>
#include <string>
#include <utility>

namespace sakip::detail {

using integer = Rasional::integer;

// Where the discarded fraction f (0 <= f < 1) of a value lies: exactly 0, below, at or above 1/2.
enum class Fraksi { nol, bawah_setengah, setengah, atas_setengah };

// The rounded integer for a value floor + f under `rounding` (floor may be negative).
integer round_from_floor(const integer& floor, Fraksi f, Rounding rounding);

integer pow10(int exponent);  // exponent >= 0

// Π factors: the numerators and the denominators multiplied pairwise (a product tree, factors of
// similar size) and reduced once. Multiplying one factor at a time reduces a growing fraction at
// every step (cubic in the count). The one gcd at the end is Boost 1.74's binary gcd: about 4 s
// for products of a million bits, not interruptible.
Rasional product_of(std::span<const Rasional> factors);

// base^exponent by squaring, with a safe point (check_interrupt_now) per step.
integer ipow(const integer& base, unsigned exponent);

// Decimal places of a rounded result: |places| <= Decimal::max_scale (1000), checked before any
// power of ten is built; overflow_error otherwise.
inline void check_places(int places) {
    if (places < -Decimal::max_scale || places > Decimal::max_scale) {
        throw overflow_error("places " + std::to_string(places) + " di luar batas −1000..1000 / places " +
                             std::to_string(places) + " outside −1000..1000");
    }
}

// A rounded integer coefficient at `places` as a Decimal; overflow_error beyond 38 digits.
Decimal make_decimal(const integer& coefficient, int places);

std::string decimal_text(const Rasional& r);  // exact decimal if terminating, else "n/d"

// a / b × 100 as one fraction (one reduction instead of two); b != 0.
inline Rasional persen_dari(const Rasional& a, const Rasional& b) {
    return Rasional(a.num() * b.den() * 100, a.den() * b.num());
}

// Building a measure's result. set_value / set_undefined return h as an rvalue so that
// `return set_value(h, x);` moves the result (with its trace) out instead of copying it.

// A result with its formula, variant, rule and rounding, and no value yet.
inline Hasil start(std::string formula, std::string variant, std::string rule, int places, Rounding rounding) {
    Hasil h;
    h.trace.formula = std::move(formula);
    h.trace.variant = std::move(variant);
    h.trace.rule = std::move(rule);
    h.trace.places = places;
    h.trace.rounding = rounding;
    return h;
}

// The exact value, and the value rounded once at the trace's places and rounding.
inline Hasil&& set_value(Hasil& h, const Rasional& exact, Status status = Status::ok) {
    h.value = exact.round(h.trace.places, h.trace.rounding);
    h.exact = exact;
    h.status = status;
    return std::move(h);
}

// No value, and why.
inline Hasil&& set_undefined(Hasil& h, std::string reason, Status status = Status::undefined) {
    h.exact.reset();
    h.value.reset();
    h.status = status;
    h.trace.reason = std::move(reason);
    return std::move(h);
}

}  // namespace sakip::detail
