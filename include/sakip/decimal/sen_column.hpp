// Column kernels for large amounts of rupiah held as int64 sen (e.g. DPA line items):
// exact sums that detect what plain int64 arithmetic would silently wrap.
#pragma once

#include <sakip/decimal/decimal.hpp>

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace sakip {

/// Exact sum of amounts in sen. Never wraps: the running total widens to 128 bits
/// when int64 would overflow, so the result is exact for any realistic column
/// (up to 2^64 items); the coefficient is the sum in sen.
Decimal::coefficient_type sum_sen(std::span<const std::int64_t> sen);

/// Parses each text with Rupiah::parse_sen. On the first bad entry throws
/// parse_error whose origin names the index ("item 17"); an amount beyond int64 sen throws
/// overflow_error whose message starts with the index ("item 17: amount ... does not fit in int64 sen").
std::vector<std::int64_t> parse_amounts(std::span<const std::string_view> texts);

/// The same, writing into `out` (which must have texts.size() elements).
void parse_amounts(std::span<const std::string_view> texts, std::span<std::int64_t> out);

}  // namespace sakip

#include <sakip/decimal/sen_column-inl.hpp>  // header-only
