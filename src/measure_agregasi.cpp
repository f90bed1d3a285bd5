// Arithmetic and geometric means; see include/sakip/measure/agregasi.hpp.
#include <sakip/measure/agregasi.hpp>

#include "measure_internal.hpp"

#include <sakip/error.hpp>

#include <numeric>
#include <string>
#include <vector>

namespace sakip {

std::string_view to_string(MetodeRataRata m) noexcept {
    return m == MetodeRataRata::aritmetik ? "aritmetik" : "geometrik";
}

MetodeRataRata parse_metode_rata_rata(std::string_view name) {
    if (name == "aritmetik") return MetodeRataRata::aritmetik;
    if (name == "geometrik") return MetodeRataRata::geometrik;
    throw error("unknown averaging method \"" + std::string(name) + "\" (aritmetik or geometrik)");
}

RataRata rata_rata(std::span<const std::optional<Akar>> values, MetodeRataRata metode, int places, Rounding rounding) {
    RataRata r;
    r.trace.variant = std::string(to_string(metode));
    r.trace.places = places;
    r.trace.rounding = rounding;
    const bool geo = metode == MetodeRataRata::geometrik;
    r.trace.formula = geo ? "(Π xᵢ)^(1/n)" : "Σ xᵢ / n";
    r.trace.rule = geo ? "PMK 22/2021: capaian output/program as nested geometric means"
                       : "LKjIP practice: rata-rata capaian kinerja (arithmetic mean)";
    std::vector<const Akar*> members;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const std::string name = "x[" + std::to_string(i + 1) + "]";
        if (!values[i]) {
            ++r.trace.excluded;
            continue;
        }
        members.push_back(&*values[i]);
        if (auto q = values[i]->rasional()) {
            r.trace.input(name, *q);
        } else {
            // An irrational member (a nested geometric mean) is listed by its radicand; its degree
            // is in the formula text of the inner result.
            r.trace.input(name + "^" + std::to_string(values[i]->n), values[i]->radikan);
        }
    }
    r.trace.included = members.size();
    if (members.empty()) {
        r.status = Status::undefined;
        r.trace.reason = "no defined member";
        return r;
    }
    if (!geo) {
        Rasional sum;
        for (const Akar* a : members) {
            auto q = a->rasional();
            if (!q) throw error("rata_rata aritmetik: member is an irrational geometric mean; round it first");
            sum += *q;
        }
        const Rasional mean = sum / Rasional(static_cast<long long>(members.size()));
        r.akar = Akar(mean, 1);
        r.exact = mean;
        r.value = mean.round(places, rounding);
        r.status = Status::ok;
        return r;
    }
    unsigned lcm = 1;
    for (const Akar* a : members) lcm = std::lcm(lcm, a->n);
    Rasional product(1);
    for (const Akar* a : members) product *= a->radikan.pow(lcm / a->n);
    const unsigned degree = lcm * static_cast<unsigned>(members.size());
    if (degree > 4096) throw error("rata_rata geometrik: root degree above 4096");
    Akar g(product, degree);
    if (auto q = g.rasional()) g = Akar(*q, 1);
    r.akar = g;
    if (auto q = g.rasional()) r.exact = *q;
    r.value = g.round(places, rounding);
    r.status = Status::ok;
    return r;
}

RataRata rata_rata(std::span<const std::optional<Rasional>> values, MetodeRataRata metode, int places,
                   Rounding rounding) {
    std::vector<std::optional<Akar>> roots;
    roots.reserve(values.size());
    for (const auto& v : values) {
        if (!v) {
            roots.emplace_back();
        } else if (metode == MetodeRataRata::geometrik && v->signum() < 0) {
            RataRata r;
            r.trace.variant = "geometrik";
            r.trace.formula = "(Π xᵢ)^(1/n)";
            r.trace.places = places;
            r.trace.rounding = rounding;
            r.trace.reason = "negative member " + detail::decimal_text(*v) + ": the geometric mean has no value";
            return r;
        } else if (v->signum() < 0) {
            // Akar holds non-negative values only; the arithmetic mean of signed values is direct.
            Rasional sum;
            std::size_t n = 0;
            RataRata r;
            r.trace.variant = "aritmetik";
            r.trace.formula = "Σ xᵢ / n";
            r.trace.rule = "LKjIP practice: rata-rata capaian kinerja (arithmetic mean)";
            r.trace.places = places;
            r.trace.rounding = rounding;
            for (std::size_t i = 0; i < values.size(); ++i) {
                if (!values[i]) {
                    ++r.trace.excluded;
                    continue;
                }
                r.trace.input("x[" + std::to_string(i + 1) + "]", *values[i]);
                sum += *values[i];
                ++n;
            }
            r.trace.included = n;
            const Rasional mean = sum / Rasional(static_cast<long long>(n));
            r.exact = mean;
            r.value = mean.round(places, rounding);
            r.status = Status::ok;
            return r;
        } else {
            roots.emplace_back(Akar(*v, 1));
        }
    }
    return rata_rata(std::span<const std::optional<Akar>>(roots), metode, places, rounding);
}

RataRata rata_rata(std::span<const Hasil> values, MetodeRataRata metode, int places, Rounding rounding) {
    std::vector<std::optional<Rasional>> v;
    v.reserve(values.size());
    for (const Hasil& h : values) {
        if (h.exact) {
            v.push_back(*h.exact);
        } else {
            v.emplace_back();
        }
    }
    return rata_rata(std::span<const std::optional<Rasional>>(v), metode, places, rounding);
}

}  // namespace sakip
