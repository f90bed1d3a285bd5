// The 128-bit accumulators of the column kernels (sum_sen, capaian_batch, rollup): GCC/Clang's
// __int128 (the exact core needs GCC or Clang). Internal: sakip::detail, not part of the API.
#pragma once

#include <cstdint>

#include <sakip/decimal/decimal.hpp>

namespace sakip::detail {

__extension__ typedef __int128 wide_t;
__extension__ typedef unsigned __int128 uwide_t;

// The same value as a Decimal coefficient (both are 128-bit; INT128_MIN included).
inline Decimal::coefficient_type to_coefficient(wide_t v) {
    const bool negative = v < 0;
    const uwide_t magnitude = negative ? uwide_t(0) - static_cast<uwide_t>(v) : static_cast<uwide_t>(v);
    Decimal::coefficient_type result = static_cast<std::uint64_t>(magnitude >> 64);
    result <<= 64;
    result += static_cast<std::uint64_t>(magnitude);
    return negative ? Decimal::coefficient_type(-result) : result;
}

}  // namespace sakip::detail
