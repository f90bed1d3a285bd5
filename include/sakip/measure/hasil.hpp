// The result of a measure: the exact value, the rounded figure, a status and the trace that lets an
// auditor redo the computation by hand (Perpres 29/2014 ps. 15-16: pengukuran kinerja must be
// verifiable). A result is never a silent 0 % or 100 %: when a formula has no meaning (0/0, target 0,
// missing realisasi) the status says so and the value is empty.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <sakip/decimal/decimal.hpp>
#include <sakip/decimal/rounding.hpp>
#include <sakip/measure/rasional.hpp>

namespace sakip {

// ok                     computed by the formula
// undefined              the formula has no value (0/0, target 0, negative input under the default
//                        policy, empty mean...); the reason is in trace.reason
// missing                an input was not reported ("n/a")
// capped                 computed, then limited by the cap policy (trace.policy says which)
// legacy_zero_over_zero  0/0 scored as 100 % by the opt-in legacy policy (not a real measurement)
enum class Status { ok, undefined, missing, capped, legacy_zero_over_zero };
std::string_view to_string(Status s) noexcept;

struct Trace {
    std::string formula;  // "R / T × 100"
    std::string variant;  // "positif", "negatif:pengurangan", "geometrik", ...
    std::string rule;     // the regulation or practice the formula follows
    // The named inputs with their exact values ("R" = 100, "T" = 97, "x[2]" = 10000/97).
    std::vector<std::pair<std::string, Rasional>> inputs;
    std::vector<std::string> policy;  // policies that fired or were set ("cap=120", "zero_over_zero=seratus")
    std::string reason;               // why the value is undefined / missing / capped
    int places = 2;
    Rounding rounding = Rounding::half_up;
    std::size_t included = 0;  // aggregates: members used
    std::size_t excluded = 0;  // aggregates: undefined / missing members left out

    void input(std::string name, Rasional value) { inputs.emplace_back(std::move(name), std::move(value)); }
    // The one trace format, one line, for logs, reports, findings and Python:
    // "positif: R / T × 100 with R = 100, T = 97; exact 10000/97; rounded half_up at 2 places;
    //  policy cap=120; 2 included, 1 excluded; <reason>; rule: <rule>" (empty parts left out; the
    // exact value only when given, as Hasil::trace_text does).
    std::string to_string(const std::optional<Rasional>& exact = std::nullopt) const;
};

// A computed figure. `exact` is the exact value (a percentage where the measure is a percentage);
// `value` is exact rounded once to trace.places with trace.rounding. Both are empty unless the
// status is ok, capped or legacy_zero_over_zero.
struct Hasil {
    std::optional<Rasional> exact;
    std::optional<Decimal> value;
    Status status = Status::undefined;
    Trace trace;

    bool defined() const noexcept { return value.has_value(); }
    std::string trace_text() const { return trace.to_string(exact); }  // the trace with the exact value
};

// Capaian (achievement) of one indicator, in percent.
using Capaian = Hasil;

}  // namespace sakip

#include <sakip/measure/hasil-inl.hpp>  // header-only
