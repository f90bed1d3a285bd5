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

inline std::string Trace::to_string(const std::optional<Rasional>& exact) const {
    std::string s;
    auto part = [&](const std::string& p) {
        if (p.empty()) return;
        s += (s.empty() ? "" : "; ") + p;
    };
    std::string head = variant.empty() ? formula : formula.empty() ? variant : variant + ": " + formula;
    if (!inputs.empty()) {
        head += head.empty() ? "" : " with ";
        for (std::size_t i = 0; i < inputs.size(); ++i)
            head += (i ? ", " : "") + inputs[i].first + " = " + detail::decimal_text(inputs[i].second);
    }
    part(head);
    if (exact) part("exact " + detail::decimal_text(*exact));
    part("rounded " + std::string(sakip::to_string(rounding)) + " at " + std::to_string(places) + " places");
    if (!policy.empty()) {
        std::string p = "policy ";
        for (std::size_t i = 0; i < policy.size(); ++i) p += (i ? ", " : "") + policy[i];
        part(p);
    }
    if (included || excluded) part(std::to_string(included) + " included, " + std::to_string(excluded) + " excluded");
    part(reason);
    if (!rule.empty()) part("rule: " + rule);
    return s;
}

}  // namespace sakip
