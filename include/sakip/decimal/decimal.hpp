// sakip::Decimal: an exact signed decimal, value = coefficient * 10^(-scale), with up to 38
// significant digits (|coefficient| <= 10^38 - 1) and |scale| <= 1000. + - * are exact; anything that
// must round (division, quantize) takes an explicit scale and Rounding, because a SAKIP figure is only
// auditable if the rounding rule is visible. There is deliberately no conversion from binary floating
// point. Out-of-range results throw sakip::overflow_error; nothing wraps.
#pragma once

#include <boost/multiprecision/cpp_int.hpp>

#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <sakip/decimal/rounding.hpp>
#include <sakip/error.hpp>

namespace sakip {

// A remark about how a text was read (the value is still exact and unambiguous by the documented
// rules). Codes are stable identifiers; see docs/formats.md for the full list:
//   "currency_prefix"     'Rp', 'Rp.' or 'Rp ' before the number
//   "dash_suffix"         ',-' or '.-' after the number (no sen written)
//   "percent_sign"        a trailing '%' (the value is the number as written: "35,55 %" -> 35.55)
//   "english_grouping"    ',' used as thousands separator ("86,347,000", "1,004,422.80")
//   "ambiguous_separator" a decimal part of exactly 3 digits ("27.000,000", "1,000"), which is often
//                         a mis-typed thousands group; read as decimals
//   "ambiguous_thousands" a lone group "d.ddd", "dd.ddd", "ddd.ddd" with no other separator and no
//                         currency mark ("1.500", "4.434"): read as thousands (1500), but English
//                         writing would mean 1.5
//   "parentheses"         accounting negative "(Rp1.000,00)"
//   "exponent"            scientific notation ("1E+3")
struct ParseNote {
    std::string code;
    std::string message;
    std::size_t offset = 0;  // byte offset in the original text
};

template <class T>
struct ParseResult {
    T value;
    std::vector<ParseNote> notes;
    bool has(std::string_view code) const {
        for (const auto& n : notes)
            if (n.code == code) return true;
        return false;
    }
};

struct ParseOptions {
    // Named in error messages, e.g. "Tabel 2.2.1" or "/pk/2020/camat/program/3/anggaran".
    std::string_view origin = {};
    // How separators are read.
    //   indonesian (default): '.' groups thousands, ',' marks decimals; English grouping accepted with
    //                         a note; scientific notation accepted when the number has no grouping.
    //   canonical:            IBM/Python numeric string: '.' is the decimal point, no grouping, exponent
    //                         allowed, ".5" and "5." accepted; no currency, percent or parentheses.
    enum class Style { indonesian, canonical };
    Style style = Style::indonesian;
    bool allow_percent = true;           // trailing '%' (Decimal only; Rupiah::parse always rejects it)
    bool allow_currency = true;          // 'Rp', 'Rp.', ',-', '.-'
    bool allow_english_grouping = true;  // "86,347,000" (with note) — false: parse_error
    bool allow_parentheses = true;       // "(Rp1.000,00)" as a negative amount
    bool allow_exponent = true;          // "1E+3", "1.5e-2" (only without grouping separators)

    static ParseOptions canonical() {
        ParseOptions o;
        o.style = Style::canonical;
        o.allow_percent = false;
        o.allow_currency = false;
        o.allow_english_grouping = false;
        o.allow_parentheses = false;
        return o;
    }
};

class Decimal {
public:
    using coefficient_type = boost::multiprecision::checked_int128_t;
    static constexpr int max_digits = 38;
    static constexpr int max_scale = 1000;  // |scale| <= 1000: 10^-1000 .. (10^38-1)*10^1000

    constexpr Decimal() noexcept : coefficient_(), scale_(0) {}
    template <std::integral I>
    requires(!std::same_as<std::remove_cv_t<I>, bool>) Decimal(I value)
        : coefficient_(value), scale_(0) {}  // NOLINT: implicit, exact
    Decimal(bool) = delete;
    Decimal(float) = delete;
    Decimal(double) = delete;
    Decimal(long double) = delete;
    // Parses the canonical (IBM/Python) form only: "-1234.56", "1.500" (= 1.5), "1E+3". For
    // documents' forms ("Rp 10.000,-", "35,55 %") use Decimal::parse.
    explicit Decimal(std::string_view canonical);
    // Without this, a string literal would pick the deleted bool overload (pointer -> bool is a
    // standard conversion, better than the user-defined one to string_view).
    explicit Decimal(const char* canonical) : Decimal(std::string_view(canonical)) {}

    static Decimal from_parts(coefficient_type coefficient, int scale);

    const coefficient_type& coefficient() const noexcept { return coefficient_; }
    int scale() const noexcept { return scale_; }
    int signum() const noexcept { return coefficient_.sign(); }
    bool is_zero() const noexcept { return coefficient_.is_zero(); }
    // Number of digits of the coefficient (1 for zero).
    int digits() const noexcept;

    Decimal operator-() const;
    Decimal abs() const;
    friend Decimal operator+(const Decimal& a, const Decimal& b);
    friend Decimal operator-(const Decimal& a, const Decimal& b);
    friend Decimal operator*(const Decimal& a, const Decimal& b);
    Decimal& operator+=(const Decimal& o) { return *this = *this + o; }
    Decimal& operator-=(const Decimal& o) { return *this = *this - o; }
    Decimal& operator*=(const Decimal& o) { return *this = *this * o; }

    // Rounds (or pads) to exactly `scale` decimals; negative scales round to tens, hundreds, thousands.
    Decimal quantize(int scale, Rounding rounding = Rounding::half_up) const;
    // Rounds to an integer (scale 0) if the scale is positive; otherwise returns *this unchanged.
    Decimal to_integral(Rounding rounding = Rounding::half_up) const;
    // Trailing zeros removed (1.500 -> 1.5, 1000 -> 1E+3, 0.00 -> 0).
    Decimal normalized() const;

    bool fits_int64() const noexcept;
    std::int64_t to_int64() const;  // sakip::error if not an integer, overflow_error if too large

    friend bool operator==(const Decimal& a, const Decimal& b) noexcept;
    friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) noexcept;
    // Representation equality (same coefficient and scale): 1.0 and 1.00 differ.
    bool same_representation(const Decimal& o) const noexcept {
        return scale_ == o.scale_ && coefficient_ == o.coefficient_;
    }

    std::size_t hash() const noexcept;

    // Plain ("-1234.56", "0.00", "1000" for 1E+3) unless that has more than the 38 digits the reader
    // takes: 9…9E+5 is "9.9…9E+42" (to-scientific-string). Decimal(to_string()) is the same value, and
    // the same scale when the scale is >= 0 or the text has an exponent (docs/formats.md).
    std::string to_string() const;
    std::string to_sci_string() const;  // "1E+3", "0.000001", "1E-7" (IBM to-scientific-string)

    static Decimal parse(std::string_view text, const ParseOptions& options = {});
    static ParseResult<Decimal> parse_detailed(std::string_view text, const ParseOptions& options = {});

private:
    constexpr Decimal(coefficient_type c, int s, int) noexcept : coefficient_(std::move(c)), scale_(s) {}
    friend class Rupiah;
    coefficient_type coefficient_;
    int scale_;
};

// a / b correctly rounded to `scale` decimals. division_by_zero if b == 0.
Decimal divide(const Decimal& a, const Decimal& b, int scale, Rounding rounding = Rounding::half_up);
// part / whole * 100, correctly rounded to `scale` decimals (one rounding, no intermediate).
Decimal percent(const Decimal& part, const Decimal& whole, int scale = 2, Rounding rounding = Rounding::half_up);

std::ostream& operator<<(std::ostream& os, const Decimal& d);  // to_string()

}  // namespace sakip

template <>
struct std::hash<sakip::Decimal> {
    std::size_t operator()(const sakip::Decimal& d) const noexcept { return d.hash(); }
};

// Header-only: the definitions (and the scanner behind parse) are inlined from here.
#include <sakip/decimal/decimal-inl.hpp>
#include <sakip/decimal/parse-inl.hpp>
