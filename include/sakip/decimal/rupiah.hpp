// sakip::Rupiah: money in rupiah with sen, i.e. a Decimal of scale exactly 2. Construction is exact
// only: a value with non-zero digits below the sen is rejected, never rounded silently (rounding is the
// caller's visible decision: Rupiah(x.quantize(2))). Formatting follows PUEBI ("Rp125.000.000,00") with
// the styles that real documents use; parse(format(x)) == x for every style.
#pragma once

#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <sakip/decimal/decimal.hpp>
#include <sakip/decimal/terbilang.hpp>

namespace sakip {

struct RupiahFormat {
    bool sen = true;                  // ",00" decimals; false: sakip::error if the sen are non-zero
    bool prefix = true;               // "Rp"
    bool space_after_prefix = false;  // "Rp 10.000" (documents) vs PUEBI "Rp10.000"
    bool dash_suffix = false;         // "Rp10.000,-" when the sen are zero (",50" otherwise)
    enum class Negative { minus, parentheses };
    Negative negative = Negative::minus;  // "-Rp10.000,00" or "(Rp10.000,00)"
    bool plain = false;                   // canonical "-1234.56" (other fields ignored except sen)
    bool sen_if_nonzero = false;          // with sen: ",00" left out ("Rp10.000", but "Rp10.000,50")

    static RupiahFormat puebi();      // Rp125.000.000,00
    static RupiahFormat no_sen();     // Rp125.000.000 (throws sakip::error if the sen are non-zero)
    static RupiahFormat dokumen();    // Rp 125.000.000,-
    static RupiahFormat canonical();  // 125000000.00
    static RupiahFormat ringkas();    // Rp125.000.000, Rp900.500,50 (texts: audit findings, reports)
    // "puebi", "no_sen", "dokumen", "canonical", "ringkas"
    static RupiahFormat from_name(std::string_view name);
};

class Rupiah {
public:
    constexpr Rupiah() noexcept : value_(Decimal::coefficient_type(), 2, 0) {}
    template <std::integral I>
    requires(!std::same_as<std::remove_cv_t<I>, bool>) Rupiah(I rupiah)
        : Rupiah(Decimal(rupiah), 0) {}  // NOLINT: implicit, exact
    Rupiah(bool) = delete;
    Rupiah(float) = delete;
    Rupiah(double) = delete;
    Rupiah(long double) = delete;
    // Throws sakip::error if `exact` has non-zero digits below the sen.
    explicit Rupiah(const Decimal& exact);

    static Rupiah from_sen(std::int64_t sen);
    static Rupiah from_sen(Decimal::coefficient_type sen);

    const Decimal& value() const noexcept { return value_; }
    Decimal::coefficient_type sen() const { return value_.coefficient(); }
    int signum() const noexcept { return value_.signum(); }
    bool is_zero() const noexcept { return value_.is_zero(); }

    Rupiah operator-() const;
    Rupiah abs() const;
    friend Rupiah operator+(const Rupiah& a, const Rupiah& b);
    friend Rupiah operator-(const Rupiah& a, const Rupiah& b);
    Rupiah& operator+=(const Rupiah& o) { return *this = *this + o; }
    Rupiah& operator-=(const Rupiah& o) { return *this = *this - o; }
    template <std::integral I>
    requires(!std::same_as<std::remove_cv_t<I>, bool>) friend Rupiah operator*(const Rupiah& a, I k) {
        return Rupiah(a.value_ * Decimal(k), 0);
    }
    template <std::integral I>
    requires(!std::same_as<std::remove_cv_t<I>, bool>) friend Rupiah operator*(I k, const Rupiah& a) {
        return Rupiah(a.value_ * Decimal(k), 0);
    }
    // Exact product (scale 2 + b.scale()); the caller rounds explicitly.
    friend Decimal operator*(const Rupiah& a, const Decimal& b) { return a.value_ * b; }
    friend Decimal operator*(const Decimal& b, const Rupiah& a) { return a.value_ * b; }

    friend bool operator==(const Rupiah& a, const Rupiah& b) noexcept { return a.value_ == b.value_; }
    friend std::strong_ordering operator<=>(const Rupiah& a, const Rupiah& b) noexcept { return a.value_ <=> b.value_; }
    std::size_t hash() const noexcept { return value_.hash(); }

    std::string format(const RupiahFormat& style = RupiahFormat::puebi()) const;
    std::string to_string() const { return value_.to_string(); }  // canonical "1234.56"

    // Every form in docs/formats.md except percent; more than 2 non-zero decimals -> parse_error.
    static Rupiah parse(std::string_view text, const ParseOptions& options = {});
    static ParseResult<Rupiah> parse_detailed(std::string_view text, const ParseOptions& options = {});
    // Hot path for columns of amounts: the value in sen, no heap allocation on success.
    // Throws parse_error, or overflow_error if it does not fit in int64 sen.
    static std::int64_t parse_sen(std::string_view text, const ParseOptions& options = {});

    std::string terbilang(const TerbilangOptions& options = {}) const;  // sakip::terbilang(*this)

private:
    // Rescale an exact Decimal known to need at most 2 decimals (internal, tag int).
    Rupiah(const Decimal& d, int);
    Decimal value_;
};

std::ostream& operator<<(std::ostream& os, const Rupiah& r);  // PUEBI format

// Splits `total` by `weights` (each >= 0, sum > 0) with the largest-remainder method in sen: the
// parts always sum exactly to `total`; ties go to the lowest index. A negative total is split as its
// absolute value and negated. Throws sakip::error on bad weights.
std::vector<Rupiah> allocate(const Rupiah& total, std::span<const Decimal> weights);
// n equal parts (the first parts get the extra sen); n == 0 -> sakip::error.
std::vector<Rupiah> split(const Rupiah& total, std::size_t n);

}  // namespace sakip

template <>
struct std::hash<sakip::Rupiah> {
    std::size_t operator()(const sakip::Rupiah& r) const noexcept { return r.hash(); }
};

// Header-only: the definitions, and those of terbilang.hpp (which need the complete Rupiah).
#include <sakip/decimal/rupiah-inl.hpp>
#include <sakip/decimal/terbilang-inl.hpp>
