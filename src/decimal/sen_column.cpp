// Column kernels: see include/sakip/decimal/sen_column.hpp.
#include <sakip/decimal/rupiah.hpp>
#include <sakip/decimal/sen_column.hpp>
#include <sakip/error.hpp>

#include "decimal/wide_int.hpp"

#include <string>

namespace sakip {

using detail::to_coefficient;
using detail::wide_t;

namespace {

// One pass over a block: the wrapping (unsigned) sum and whether any value lies outside
// [-2^54, 2^54). When none does, 256 of them cannot overflow (256 * 2^54 = 2^62), so the
// wrapped sum is the exact sum. Cloned for AVX2 where the CPU has it.
constexpr std::size_t sum_block = 256;

#if defined(__GNUC__) && defined(__x86_64__) && !defined(__SANITIZE_ADDRESS__)
__attribute__((target_clones("avx2", "default")))
#endif
bool sum_block_fast(const std::int64_t* data, std::int64_t& out) {
    constexpr std::uint64_t bound = std::uint64_t{1} << 54;
    std::uint64_t partial = 0;
    std::uint64_t out_of_range = 0;
    for (std::size_t j = 0; j < sum_block; ++j) {
        const auto x = static_cast<std::uint64_t>(data[j]);
        partial += x;
        out_of_range |= (x + bound) >> 55;
    }
    out = static_cast<std::int64_t>(partial);
    return out_of_range == 0;
}

}  // namespace

Decimal::coefficient_type sum_sen(std::span<const std::int64_t> sen) {
    wide_t total = 0;
    std::size_t i = 0;
    const std::size_t n = sen.size();
    const std::int64_t* data = sen.data();
    for (; i + sum_block <= n; i += sum_block) {
        std::int64_t partial = 0;
        if (sum_block_fast(data + i, partial)) {
            total += partial;
        } else {
            for (std::size_t j = 0; j < sum_block; ++j) total += data[i + j];
        }
    }
    for (; i < n; ++i) total += data[i];
    return to_coefficient(total);
}

std::vector<std::int64_t> parse_amounts(std::span<const std::string_view> texts) {
    std::vector<std::int64_t> out(texts.size());
    parse_amounts(texts, out);
    return out;
}

void parse_amounts(std::span<const std::string_view> texts, std::span<std::int64_t> out) {
    if (out.size() != texts.size()) throw error("parse_amounts: output size differs from input");
    for (std::size_t i = 0; i < texts.size(); ++i) {
        try {
            out[i] = Rupiah::parse_sen(texts[i]);
        } catch (const overflow_error& e) {
            // The place first: the text may hold a NUL, where what() ends.
            throw overflow_error("item " + std::to_string(i) + ": " + e.what());
        } catch (const parse_error&) {
            const std::string origin = "item " + std::to_string(i);
            ParseOptions with_origin;
            with_origin.origin = origin;
            // Re-parse with the origin so the message names the entry (only on the error path).
            (void)Rupiah::parse_sen(texts[i], with_origin);
            throw;
        }
    }
}

}  // namespace sakip
