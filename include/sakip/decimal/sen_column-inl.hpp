// The definitions of include/sakip/decimal/sen_column.hpp, included at its end.
#pragma once

#include <sakip/decimal/rupiah.hpp>
#include <sakip/decimal/sen_column.hpp>
#include <sakip/decimal/wide_int.hpp>
#include <sakip/error.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace sakip {
namespace detail {

// One pass over a block: the wrapping (unsigned) sum and whether any value lies outside
// [-2^54, 2^54). When none does, 256 of them cannot overflow (256 * 2^54 = 2^62), so the
// wrapped sum is the exact sum. An AVX2 copy runs where the CPU has it: chosen at run time by
// sum_block_fast, since target_clones cannot be used in a header (clang++ 14 then defines the
// resolver in every translation unit).
inline constexpr std::size_t sum_block = 256;

#if defined(__GNUC__) && defined(__x86_64__) && !defined(__SANITIZE_ADDRESS__)
#define SAKIP_SUM_BLOCK_AVX2 1
#endif

#ifdef SAKIP_SUM_BLOCK_AVX2
__attribute__((always_inline))
#endif
inline bool
sum_block_generic(const std::int64_t* data, std::int64_t& out) {
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

#ifdef SAKIP_SUM_BLOCK_AVX2
__attribute__((target("avx2"))) inline bool sum_block_avx2(const std::int64_t* data, std::int64_t& out) {
    return sum_block_generic(data, out);  // the same loop, vectorised for AVX2
}

inline bool cpu_has_avx2() noexcept {
    static const bool has = __builtin_cpu_supports("avx2") != 0;
    return has;
}
#endif

inline bool sum_block_fast(const std::int64_t* data, std::int64_t& out, [[maybe_unused]] bool avx2) {
#ifdef SAKIP_SUM_BLOCK_AVX2
    if (avx2) return sum_block_avx2(data, out);
#endif
    return sum_block_generic(data, out);
}

}  // namespace detail

inline Decimal::coefficient_type sum_sen(std::span<const std::int64_t> sen) {
    detail::wide_t total = 0;
    std::size_t i = 0;
    const std::size_t n = sen.size();
    const std::int64_t* data = sen.data();
#ifdef SAKIP_SUM_BLOCK_AVX2
    const bool avx2 = n >= detail::sum_block && detail::cpu_has_avx2();
#else
    const bool avx2 = false;
#endif
    for (; i + detail::sum_block <= n; i += detail::sum_block) {
        std::int64_t partial = 0;
        if (detail::sum_block_fast(data + i, partial, avx2)) {
            total += partial;
        } else {
            for (std::size_t j = 0; j < detail::sum_block; ++j) total += data[i + j];
        }
    }
    for (; i < n; ++i) total += data[i];
    return detail::to_coefficient(total);
}

inline std::vector<std::int64_t> parse_amounts(std::span<const std::string_view> texts) {
    std::vector<std::int64_t> out(texts.size());
    parse_amounts(texts, out);
    return out;
}

inline void parse_amounts(std::span<const std::string_view> texts, std::span<std::int64_t> out) {
    if (out.size() != texts.size())
        throw error(
            "parse_amounts: ukuran keluaran berbeda dari masukan / parse_amounts: output size differs from input");
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

#undef SAKIP_SUM_BLOCK_AVX2
