// Helpers shared by the measure definitions (the *-inl.hpp of this folder) and by the library's
// sources: building a Hasil with its trace, and (from rasional-inl.hpp) the exact-rounding helpers.
// sakip::detail, not part of the API; header-only like the measures.
#pragma once

#include <sakip/decimal/rounding.hpp>
#include <sakip/measure/hasil.hpp>
#include <sakip/measure/rasional.hpp>

#include <string>
#include <utility>

namespace sakip::detail {

// Building a measure's result. set_value / set_undefined return h as an rvalue so that
// `return set_value(h, x);` moves the result (with its trace) out instead of copying it.

// A result with its formula, variant, rule and rounding, and no value yet.
inline Hasil start(std::string formula, std::string variant, std::string rule, int places = 2,
                   Rounding rounding = Rounding::half_up) {
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
