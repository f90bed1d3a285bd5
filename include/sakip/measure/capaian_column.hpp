// Column kernel for capaian over many indicators (dashboards, kabupaten-wide monitoring): the same
// rule as sakip::capaian with the default CapaianPolicy, rounded half-up at 2 places, computed with
// exact integer arithmetic (128-bit intermediates), no allocation, no floating point.
#pragma once

#include <cstddef>
#include <cstdint>

#include <sakip/measure/capaian.hpp>
#include <sakip/model/renstra.hpp>  // Polaritas

namespace sakip {

// realisasi[i] and target[i] hold value × 10^scale (the same scale for both, 0 <= scale <= 18).
// out_hundredths[i] receives the capaian in units of 0,01 % (103,09 % → 10309), half-up;
// defined[i] is 1 when the result is defined and 0 when the scalar function says undefined (target 0,
// 0/0, a negative input; out is then 0). Polaritas positif, negatif (with `negatif` variant) and
// stabil; rentang needs two bounds and is rejected (sakip::error). A result beyond int64 throws
// sakip::overflow_error naming the index. Equal, element by element, to
//   capaian(R, T, polaritas, {.negatif = negatif}).value (places 2, half_up).
void capaian_batch(const std::int64_t* realisasi, const std::int64_t* target, std::size_t n, int scale,
                   Polaritas polaritas, std::int64_t* out_hundredths, std::uint8_t* defined,
                   VarianNegatif negatif = VarianNegatif::pengurangan);

}  // namespace sakip

#include <sakip/measure/capaian_column-inl.hpp>  // header-only
