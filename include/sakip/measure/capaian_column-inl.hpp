// The definitions of include/sakip/measure/capaian_column.hpp (the capaian column kernel), included at its end: the
// measures are header-only. Helpers are in sakip::detail (not part of the API).
#pragma once

#include <sakip/decimal/wide_int.hpp>
#include <sakip/error.hpp>
#include <sakip/measure/capaian_column.hpp>

#include <string>

namespace sakip {

namespace detail {

using i128 = detail::wide_t;

// round_half_up(num / den) for den > 0; false when the result does not fit in int64.
inline bool div_half_up(i128 num, i128 den, std::int64_t& out) {
    const bool neg = num < 0;
    const i128 a = neg ? -num : num;
    i128 q = 0;
    i128 r = 0;
    if (a <= static_cast<i128>(UINT64_MAX)) {
        // Fast path: 64-bit division (den <= 2^63 always; 128-bit division is a library call).
        const auto a64 = static_cast<std::uint64_t>(a);
        const auto d64 = static_cast<std::uint64_t>(den);
        q = a64 / d64;
        r = a64 % d64;
    } else {
        q = a / den;
        r = a % den;
    }
    if (2 * r >= den) ++q;
    if (q > static_cast<i128>(INT64_MAX)) return false;
    out = static_cast<std::int64_t>(neg ? -q : q);
    return true;
}

}  // namespace detail

inline void capaian_batch(const std::int64_t* realisasi, const std::int64_t* target, std::size_t n, int scale,
                          Polaritas polaritas, std::int64_t* out_hundredths, std::uint8_t* defined,
                          VarianNegatif negatif) {
    if (scale < 0 || scale > 18)
        throw error("capaian_batch: skala harus dalam [0, 18] / capaian_batch: scale must be in [0, 18]");
    if (polaritas == Polaritas::rentang)
        throw error(
            "capaian_batch: polaritas rentang memerlukan target berupa rentang / capaian_batch: polaritas rentang "
            "needs a target range");
    // The common scale cancels in every ratio: capaian × 100 (units of 0,01 %) = ratio × 10000.
    constexpr detail::i128 k = 10000;
    const bool terbalik = polaritas == Polaritas::negatif && negatif == VarianNegatif::rasio_terbalik;
    for (std::size_t i = 0; i < n; ++i) {
        const detail::i128 R = realisasi[i];
        const detail::i128 T = target[i];
        out_hundredths[i] = 0;
        defined[i] = 0;
        if (R < 0 || T < 0) continue;
        detail::i128 num = 0;
        detail::i128 den = 0;
        if (terbalik) {
            if (R == 0) continue;
            num = T * k;
            den = R;
        } else {
            if (T == 0) continue;
            den = T;
            switch (polaritas) {
                case Polaritas::positif:
                    num = R * k;
                    break;
                case Polaritas::negatif:
                    num = (2 * T - R) * k;
                    break;
                case Polaritas::stabil:
                    num = (T - (T > R ? T - R : R - T)) * k;
                    break;
                case Polaritas::rentang:
                    break;
            }
        }
        if (!detail::div_half_up(num, den, out_hundredths[i])) {
            throw overflow_error("capaian_batch: capaian pada indeks " + std::to_string(i) +
                                 " tidak muat dalam int64 / capaian_batch: capaian at index " + std::to_string(i) +
                                 " does not fit in int64");
        }
        defined[i] = 1;
    }
}

}  // namespace sakip
