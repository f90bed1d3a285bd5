// The definitions of include/sakip/measure/agregasi.hpp (the means (aritmetik, geometrik)), included at its end: the
// measures are header-only. Helpers are in sakip::detail (not part of the API).
#pragma once

#include <sakip/error.hpp>
#include <sakip/interrupt.hpp>
#include <sakip/measure/agregasi.hpp>
#include <sakip/measure/internal.hpp>

#include <cstdint>
#include <numeric>
#include <string>
#include <utility>
#include <vector>

namespace sakip {

inline std::string_view to_string(MetodeRataRata m) noexcept {
    return m == MetodeRataRata::aritmetik ? "aritmetik" : "geometrik";
}

inline MetodeRataRata parse_metode_rata_rata(std::string_view name) {
    if (name == "aritmetik") return MetodeRataRata::aritmetik;
    if (name == "geometrik") return MetodeRataRata::geometrik;
    throw error("metode rata-rata \"" + std::string(name) +
                "\" tidak dikenal (aritmetik atau geometrik) / unknown averaging method \"" + std::string(name) +
                "\" (aritmetik or geometrik)");
}

inline RataRata rata_rata(std::span<const std::optional<Akar>> values, MetodeRataRata metode, int places,
                          Rounding rounding) {
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
            if (!q)
                throw error(
                    "rata_rata aritmetik: anggota berupa rata-rata geometrik irasional; bulatkan dahulu / rata_rata "
                    "aritmetik: member is an irrational geometric mean; round it first");
            sum += *q;
        }
        const Rasional mean = sum / Rasional(static_cast<long long>(members.size()));
        r.akar = Akar(mean, 1);
        r.exact = mean;
        r.value = mean.round(places, rounding);
        r.status = Status::ok;
        return r;
    }
    // The degree first, so that a mean beyond the limit is refused before any work: n members of
    // degrees dᵢ give the root of degree n × lcm(dᵢ).
    std::uint64_t lcm = 1;
    for (const Akar* a : members) {
        lcm = std::lcm(lcm, std::uint64_t{a->n});
        if (lcm > akar_max_degree) break;
    }
    const std::uint64_t degree = lcm * members.size();
    if (lcm > akar_max_degree || degree > akar_max_degree) {
        throw error("rata_rata geometrik: " + std::to_string(members.size()) +
                    " anggota, derajat akar lebih dari batas " + std::to_string(akar_max_degree) + " / " +
                    std::to_string(members.size()) + " members, root degree above the limit " +
                    std::to_string(akar_max_degree) + " (members × lcm of the nested degrees)");
    }
    // Π radikanᵢ^(lcm/dᵢ) by a product tree (one member at a time was cubic in the count).
    std::vector<Rasional> factors;
    factors.reserve(members.size());
    for (const Akar* a : members) {
        check_interrupt();
        factors.push_back(a->radikan.pow(static_cast<unsigned>(lcm / a->n)));
    }
    const Rasional product = detail::product_of(factors);
    Akar g(product, static_cast<unsigned>(degree));
    if (auto q = g.rasional()) {
        g = Akar(*q, 1);
        r.exact = *q;
    }
    r.akar = g;
    r.value = g.round(places, rounding);
    r.status = Status::ok;
    return r;
}

inline RataRata rata_rata(std::span<const std::optional<Rasional>> values, MetodeRataRata metode, int places,
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

inline RataRata rata_rata(std::span<const Hasil> values, MetodeRataRata metode, int places, Rounding rounding) {
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

inline Hasil jumlah(std::span<const Hasil> values, int places, Rounding rounding) {
    Hasil h =
        detail::start("Σ xᵢ", "jumlah", "LKjIP practice: the \"Jumlah\" row of a capaian column", places, rounding);
    Rasional sum;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!values[i].exact) {
            ++h.trace.excluded;
            continue;
        }
        h.trace.input("x[" + std::to_string(i + 1) + "]", *values[i].exact);
        sum += *values[i].exact;
        ++h.trace.included;
    }
    if (h.trace.included == 0) return detail::set_undefined(h, "no defined member");
    return detail::set_value(h, sum);
}

}  // namespace sakip
