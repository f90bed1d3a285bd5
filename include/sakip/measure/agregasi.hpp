// Averages of capaian per sasaran, program and instansi.
//
//   aritmetik  Σ xᵢ / n                 LKjIP practice: "rata-rata capaian kinerja" of a sasaran
//                                       (the seed's Tabel 3.3.1: (103,09 + 106,38 + 41,83) / 3 → 83,77)
//   geometrik  (Π xᵢ)^(1/n)             PMK 22/2021 (Kemenkeu) capaian output / program: nested
//                                       geometric means of R/T, e.g. (5/5, 9/10) → 94,87 %
// Both are exact up to the single final rounding: the arithmetic mean is an exact rational, the
// geometric mean an exact n-th root (sakip::Akar) rounded with an integer n-th root, so nested means
// (a geometric mean of geometric means) stay exact too. Undefined or missing members (nullopt) are
// excluded and counted in trace.excluded; no member left → status undefined.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include <sakip/decimal/rounding.hpp>
#include <sakip/measure/hasil.hpp>
#include <sakip/measure/rasional.hpp>

namespace sakip {

enum class MetodeRataRata { aritmetik, geometrik };
std::string_view to_string(MetodeRataRata m) noexcept;
MetodeRataRata parse_metode_rata_rata(std::string_view name);  // sakip::error if unknown

// `exact` is set when the mean is rational (always for aritmetik); `akar` always holds the exact
// value (n == 1 for a rational), so a geometric mean can be a member of another one.
struct RataRata : Hasil {
    std::optional<Akar> akar;
};

// Members are values (typically capaian in percent). Geometric: a negative member makes the result
// undefined (the mean has no real value); a zero member makes it 0.
RataRata rata_rata(std::span<const std::optional<Rasional>> values, MetodeRataRata metode, int places = 2,
                   Rounding rounding = Rounding::half_up);
// Members that are themselves exact roots (nested PMK 22/2021 means). Aritmetik needs every member
// rational (sakip::error otherwise: round the inner mean first, and say so).
RataRata rata_rata(std::span<const std::optional<Akar>> values, MetodeRataRata metode, int places = 2,
                   Rounding rounding = Rounding::half_up);
// The defined members of computed results (status ok, capped or legacy_zero_over_zero); the others
// are excluded and counted.
RataRata rata_rata(std::span<const Hasil> values, MetodeRataRata metode, int places = 2,
                   Rounding rounding = Rounding::half_up);

// Σ xᵢ of the defined members of computed results (a printed "Jumlah" row of a capaian column); the
// others are excluded and counted as in rata_rata. No defined member: undefined, never 0.
Hasil jumlah(std::span<const Hasil> values, int places = 2, Rounding rounding = Rounding::half_up);

}  // namespace sakip

#include <sakip/measure/agregasi-inl.hpp>  // header-only
