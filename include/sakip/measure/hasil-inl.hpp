// The definitions of include/sakip/measure/hasil.hpp (status names, the one-line trace), included at
// its end.
#pragma once

#include <sakip/measure/hasil.hpp>
#include <sakip/measure/rasional.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace sakip {

inline std::string_view to_string(Status s) noexcept {
    switch (s) {
        case Status::ok:
            return "ok";
        case Status::undefined:
            return "undefined";
        case Status::missing:
            return "missing";
        case Status::capped:
            return "capped";
        case Status::legacy_zero_over_zero:
            return "legacy_zero_over_zero";
    }
    return "undefined";
}

inline std::string Trace::to_string() const {
    std::string s = variant + ": " + formula;
    if (!inputs.empty()) {
        s += " with ";
        for (std::size_t i = 0; i < inputs.size(); ++i) {
            if (i) s += ", ";
            s += inputs[i].first + " = " + detail::decimal_text(inputs[i].second);
        }
    }
    s += "; rounded " + std::string(sakip::to_string(rounding)) + " at " + std::to_string(places) + " places";
    if (!policy.empty()) {
        s += "; policy ";
        for (std::size_t i = 0; i < policy.size(); ++i) s += (i ? ", " : "") + policy[i];
    }
    if (included || excluded) {
        s += "; " + std::to_string(included) + " included, " + std::to_string(excluded) + " excluded";
    }
    if (!reason.empty()) s += "; " + reason;
    return s;
}

}  // namespace sakip
