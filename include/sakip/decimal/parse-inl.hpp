// Reading amounts as they are written in Indonesian government documents (rules: docs/formats.md),
// included at the end of decimal.hpp. One scanner (detail::scan) serves Decimal::parse, Rupiah::parse
// and the allocation-free Rupiah::parse_sen (rupiah-inl.hpp): it classifies each separator ('.'
// thousands / ',' decimals by default, English grouping detected), accumulates the digits exactly and
// reports the first bad character's byte offset. Nothing is skipped silently: anything but the
// documented decorations is an error.
#pragma once

#include <sakip/decimal/decimal.hpp>
#include <sakip/error.hpp>

#include <array>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace sakip {
namespace detail {

using coef = Decimal::coefficient_type;
using Style = ParseOptions::Style;

enum class Note : std::uint8_t {
    currency_prefix,
    dash_suffix,
    percent_sign,
    english_grouping,
    ambiguous_separator,
    ambiguous_thousands,
    parentheses,
    exponent
};

inline const char* note_code(Note n) {
    switch (n) {
        case Note::currency_prefix:
            return "currency_prefix";
        case Note::dash_suffix:
            return "dash_suffix";
        case Note::percent_sign:
            return "percent_sign";
        case Note::english_grouping:
            return "english_grouping";
        case Note::ambiguous_separator:
            return "ambiguous_separator";
        case Note::ambiguous_thousands:
            return "ambiguous_thousands";
        case Note::parentheses:
            return "parentheses";
        case Note::exponent:
            return "exponent";
    }
    return "";
}

inline const char* note_message(Note n) {
    switch (n) {
        case Note::currency_prefix:
            return "currency prefix 'Rp' ignored";
        case Note::dash_suffix:
            return "dash suffix (',-' or '.-') read as no sen";
        case Note::percent_sign:
            return "percent sign: the value is the number as written";
        case Note::english_grouping:
            return "',' read as English thousands separator";
        case Note::ambiguous_separator:
            return "decimal part of exactly 3 digits may be a mis-typed thousands group; read as decimals";
        case Note::ambiguous_thousands:
            return "a lone group (1.500) read as thousands (1500); a decimal is written with ',' (1,5)";
        case Note::parentheses:
            return "parentheses read as a negative amount";
        case Note::exponent:
            return "scientific notation";
    }
    return "";
}

struct Scan {
    bool negative = false;
    coef magnitude = 0;
    long long scale = 0;
    std::size_t frac_offset = 0;  // first fraction digit (if frac_digits > 0)
    int frac_digits = 0;
    bool has_exponent = false;
    std::size_t exp_offset = 0;
    bool percent = false;
    std::array<std::pair<Note, std::size_t>, 8> notes{};
    int note_count = 0;
    bool has(Note n) const {
        for (int i = 0; i < note_count; ++i)
            if (notes[static_cast<std::size_t>(i)].first == n) return true;
        return false;
    }
    void note(Note n, std::size_t at) {
        for (int i = 0; i < note_count; ++i)
            if (notes[static_cast<std::size_t>(i)].first == n) return;
        notes[static_cast<std::size_t>(note_count++)] = {n, at};
    }
};

// A reason of a parse_error in Indonesian and English; constexpr (unlike Pesan) so that each reason
// is written once, below, and nothing is allocated unless a text is refused.
struct Alasan {
    const char* id;
    const char* en;
    Pesan pesan() const { return {id, en}; }
};

[[noreturn]] inline void fail(Alasan reason, std::string_view text, std::size_t offset, const ParseOptions& o) {
    throw parse_error(reason.pesan(), std::string(text), offset, std::string(o.origin));
}

// The reasons of the scanner (docs/formats.md, "Errors").
namespace alasan {
inline constexpr Alasan empty{"angka kosong", "empty amount"};
inline constexpr Alasan parentheses{"tanda kurung tidak diizinkan", "parentheses not allowed"};
inline constexpr Alasan unbalanced{"tanda kurung tidak berpasangan", "unbalanced parenthesis"};
inline constexpr Alasan sign_in_parentheses{"tanda bilangan di dalam tanda kurung", "sign inside parentheses"};
inline constexpr Alasan currency{"awalan mata uang tidak diizinkan", "currency prefix not allowed"};
inline constexpr Alasan digit{"digit diharapkan", "digit expected"};
inline constexpr Alasan comma{"',' tidak diharapkan", "unexpected ','"};
inline constexpr Alasan comma_exponent{"',' tidak diizinkan bersama eksponen", "',' not allowed with an exponent"};
inline constexpr Alasan second_point{"titik desimal kedua", "second decimal point"};
inline constexpr Alasan mixed{"pemisah bercampur", "mixed separators"};
inline constexpr Alasan english_grouping{"',' sebagai pemisah ribuan tidak diizinkan",
                                         "',' as thousands separator not allowed"};
inline constexpr Alasan grouping{"pengelompokan digit tidak sah", "invalid digit grouping"};
inline constexpr Alasan separator{"pemisah tidak diharapkan", "unexpected separator"};
inline constexpr Alasan digit_after_mark{"digit diharapkan setelah tanda desimal",
                                         "digit expected after the decimal separator"};
inline constexpr Alasan exponent{"eksponen tidak diizinkan", "exponent not allowed"};
inline constexpr Alasan digit_in_exponent{"digit diharapkan pada eksponen", "digit expected in exponent"};
inline constexpr Alasan dash{"akhiran tanda hubung tidak diizinkan", "dash suffix not allowed"};
inline constexpr Alasan dash_after_decimals{"akhiran tanda hubung setelah desimal", "dash suffix after decimals"};
inline constexpr Alasan percent_rupiah{"tanda persen tidak diizinkan dalam jumlah rupiah",
                                       "percent sign not allowed in a rupiah amount"};
inline constexpr Alasan percent{"tanda persen tidak diizinkan", "percent sign not allowed"};
inline constexpr Alasan character{"karakter tidak diharapkan", "unexpected character"};
inline constexpr Alasan below_sen{"lebih dari 2 angka desimal (di bawah sen)",
                                  "more than 2 decimal places (below the sen)"};
}  // namespace alasan

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Width in bytes of a blank at position i (space, tab, U+00A0, U+202F), 0 if none.
inline std::size_t blank_at(std::string_view t, std::size_t i) {
    if (i >= t.size()) return 0;
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (c == ' ' || c == '\t') return 1;
    if (c == 0xC2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xA0) return 2;
    if (c == 0xE2 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80 &&
        static_cast<unsigned char>(t[i + 2]) == 0xAF)
        return 3;
    return 0;
}

// Width of a blank that ends at position end (exclusive).
inline std::size_t blank_before(std::string_view t, std::size_t end) {
    if (end == 0) return 0;
    unsigned char c = static_cast<unsigned char>(t[end - 1]);
    if (c == ' ' || c == '\t') return 1;
    if (c == 0xA0 && end >= 2 && static_cast<unsigned char>(t[end - 2]) == 0xC2) return 2;
    if (c == 0xAF && end >= 3 && static_cast<unsigned char>(t[end - 2]) == 0x80 &&
        static_cast<unsigned char>(t[end - 3]) == 0xE2)
        return 3;
    return 0;
}

inline std::size_t skip_blanks(std::string_view t, std::size_t i, std::size_t end) {
    while (i < end) {
        std::size_t w = blank_at(t, i);
        if (w == 0 || i + w > end) break;
        i += w;
    }
    return i;
}

// Exact digit accumulation: up to 38 significant digits, leading zeros free.
struct Accumulator {
    coef value = 0;
    std::uint64_t chunk = 0;
    int chunk_digits = 0;
    int significant = 0;
    std::size_t first_excess = 0;
    bool flushed_any = false;
    void add(char c, std::size_t offset, std::string_view text, const ParseOptions& o) {
        unsigned d = static_cast<unsigned>(c - '0');
        if (significant == 0 && d == 0) return;
        if (++significant > Decimal::max_digits)
            throw overflow_error(parse_message("lebih dari 38 digit bermakna / more than 38 significant digits", text,
                                               offset, o.origin));
        chunk = chunk * 10 + d;
        if (++chunk_digits == 18) flush();
    }
    void flush() {
        static constexpr std::uint64_t p10[] = {1ULL,
                                                10ULL,
                                                100ULL,
                                                1000ULL,
                                                10000ULL,
                                                100000ULL,
                                                1000000ULL,
                                                10000000ULL,
                                                100000000ULL,
                                                1000000000ULL,
                                                10000000000ULL,
                                                100000000000ULL,
                                                1000000000000ULL,
                                                10000000000000ULL,
                                                100000000000000ULL,
                                                1000000000000000ULL,
                                                10000000000000000ULL,
                                                100000000000000000ULL,
                                                1000000000000000000ULL};
        if (chunk_digits == 0) return;
        if (flushed_any || !value.is_zero())
            value = value * p10[chunk_digits] + chunk;
        else
            value = chunk;
        flushed_any = true;
        chunk = 0;
        chunk_digits = 0;
    }
};

inline void scan(std::string_view t, const ParseOptions& o, bool rupiah, Scan& s) {
    const bool canonical = o.style == Style::canonical;
    const bool currency_ok = o.allow_currency && !canonical;
    std::size_t i = skip_blanks(t, 0, t.size());
    std::size_t end = t.size();
    while (end > i) {
        std::size_t w = blank_before(t, end);
        if (w == 0) break;
        end -= w;
    }
    if (i == end) fail(alasan::empty, t, i, o);

    bool paren = false;
    if (t[i] == '(') {
        if (!o.allow_parentheses || canonical) fail(alasan::parentheses, t, i, o);
        if (t[end - 1] != ')') fail(alasan::unbalanced, t, end, o);
        paren = true;
        s.note(Note::parentheses, i);
        ++i;
        --end;
        i = skip_blanks(t, i, end);
        while (end > i && blank_before(t, end) != 0) end -= blank_before(t, end);
        if (i == end) fail(alasan::empty, t, i, o);
    }
    bool have_sign = false;
    auto take_sign = [&] {
        if (i < end && (t[i] == '-' || t[i] == '+')) {
            if (paren) fail(alasan::sign_in_parentheses, t, i, o);
            s.negative = t[i] == '-';
            have_sign = true;
            ++i;
        }
    };
    take_sign();
    if (i + 1 < end && (t[i] == 'R' || t[i] == 'r') && (t[i + 1] == 'p' || t[i + 1] == 'P')) {
        if (!currency_ok) fail(alasan::currency, t, i, o);
        s.note(Note::currency_prefix, i);
        i += 2;
        if (i < end && t[i] == '.') ++i;
        i = skip_blanks(t, i, end);
        if (!have_sign) take_sign();
    }

    // ---- the number body: digits and separators ----
    const std::size_t bs = i;
    std::size_t be = i;
    int dots = 0, commas = 0;
    std::size_t first_dot = 0, last_dot = 0, first_comma = 0, last_comma = 0;
    while (be < end && (is_digit(t[be]) || t[be] == '.' || t[be] == ',')) {
        if (t[be] == '.') {
            if (dots++ == 0) first_dot = be;
            last_dot = be;
        } else if (t[be] == ',') {
            if (commas++ == 0) first_comma = be;
            last_comma = be;
        }
        ++be;
    }
    // ",-" / ".-": the separator belongs to the suffix, not to the number.
    bool dash = false;
    std::size_t dash_at = 0;
    if (be > bs && be < end && t[be] == '-' && (t[be - 1] == '.' || t[be - 1] == ',')) {
        dash = true;
        dash_at = be - 1;
        --be;
        if (t[be] == '.') {
            if (--dots == 0) first_dot = 0;
            last_dot = 0;
            for (std::size_t k = bs; k < be; ++k)
                if (t[k] == '.') last_dot = k;
        } else {
            if (--commas == 0) first_comma = 0;
            last_comma = 0;
            for (std::size_t k = bs; k < be; ++k)
                if (t[k] == ',') last_comma = k;
        }
    }
    if (be == bs) fail(alasan::digit, t, bs, o);
    if (!is_digit(t[bs]) && !(canonical && t[bs] == '.' && be > bs + 1 && is_digit(t[bs + 1])))
        fail(alasan::digit, t, bs, o);
    const bool exponent_follows = be < end && (t[be] == 'e' || t[be] == 'E');

    // Decide which separator (if any) is the decimal mark and which groups thousands.
    std::size_t dp = std::string_view::npos;
    char group = 0;
    bool lone_group = false;  // "1.500": thousands by rule 3, but 1,5 in English writing
    if (canonical || exponent_follows) {
        if (commas > 0) fail(canonical ? alasan::comma : alasan::comma_exponent, t, first_comma, o);
        if (dots > 1) fail(alasan::second_point, t, last_dot, o);
        if (dots == 1) dp = first_dot;
    } else if (dots > 0 && commas > 0) {
        bool comma_last = last_comma > last_dot;
        if (comma_last) {
            if (commas > 1) fail(alasan::mixed, t, first_comma, o);
            dp = last_comma;
            group = '.';
        } else {
            if (dots > 1) fail(alasan::mixed, t, first_dot, o);
            dp = last_dot;
            group = ',';
        }
    } else if (dots > 0) {
        if (dots > 1) {
            group = '.';
        } else {
            // One dot: thousands if it is "d.ddd", "dd.ddd" or "ddd.ddd" (no leading zero), else decimal.
            std::size_t before = first_dot - bs, after = be - first_dot - 1;
            if (after == 3 && before >= 1 && before <= 3 && t[bs] != '0') {
                group = '.';
                lone_group = true;
            } else
                dp = first_dot;
        }
    } else if (commas > 0) {
        if (commas > 1)
            group = ',';
        else
            dp = first_comma;
    }
    if (group == ',') {
        if (!o.allow_english_grouping) fail(alasan::english_grouping, t, first_comma, o);
        s.note(Note::english_grouping, first_comma);
    }

    // Validate grouping and accumulate digits.
    Accumulator acc;
    const std::size_t int_end = dp == std::string_view::npos ? be : dp;
    {
        int in_group = 0;
        bool any_sep = false;
        for (std::size_t k = bs; k < int_end; ++k) {
            char c = t[k];
            if (is_digit(c)) {
                if (any_sep && ++in_group > 3) fail(alasan::grouping, t, k, o);
                if (!any_sep) ++in_group;
                acc.add(c, k, t, o);
            } else {
                if (c != group) fail(alasan::separator, t, k, o);
                if (!any_sep) {
                    if (in_group < 1 || in_group > 3) fail(alasan::grouping, t, k, o);
                } else if (in_group != 3) {
                    fail(alasan::grouping, t, k, o);
                }
                any_sep = true;
                in_group = 0;
            }
        }
        if (any_sep && in_group != 3) fail(alasan::grouping, t, int_end, o);
    }
    if (dp != std::string_view::npos) {
        std::size_t fs = dp + 1;
        if (fs == be && !(canonical || exponent_follows)) fail(alasan::digit_after_mark, t, be, o);
        if (fs == be && bs == dp) fail(alasan::digit, t, bs, o);
        for (std::size_t k = fs; k < be; ++k) {
            if (!is_digit(t[k])) fail(alasan::separator, t, k, o);
            acc.add(t[k], k, t, o);
        }
        s.frac_offset = fs;
        s.frac_digits = static_cast<int>(be - fs);
        if (!canonical && !exponent_follows && s.frac_digits == 3 &&
            (group != 0 || (int_end - bs <= 3 && t[bs] != '0')))
            s.note(Note::ambiguous_separator, dp);
    }
    acc.flush();
    s.magnitude = acc.value;
    s.scale = s.frac_digits;
    i = be;

    // ---- decorations after the number ----
    if (exponent_follows) {
        if (!o.allow_exponent) fail(alasan::exponent, t, i, o);
        s.has_exponent = true;
        s.exp_offset = i;
        s.note(Note::exponent, i);
        ++i;
        bool eneg = false;
        if (i < end && (t[i] == '+' || t[i] == '-')) eneg = t[i++] == '-';
        if (i >= end || !is_digit(t[i])) fail(alasan::digit_in_exponent, t, i, o);
        long long e = 0;
        while (i < end && is_digit(t[i])) {
            if (e < 100000) e = e * 10 + (t[i] - '0');
            ++i;
        }
        s.scale += eneg ? e : -e;
    }
    // A currency mark says the text is money, where three decimals make no sense: "Rp1.500" and
    // "1.500,-" are not ambiguous.
    if (lone_group && !dash && !s.has(Note::currency_prefix)) s.note(Note::ambiguous_thousands, first_dot);
    if (dash) {
        if (!currency_ok) fail(alasan::dash, t, dash_at, o);
        if (dp != std::string_view::npos || s.has_exponent) fail(alasan::dash_after_decimals, t, dash_at, o);
        s.note(Note::dash_suffix, dash_at);
        i = dash_at + 2;
    }
    i = skip_blanks(t, i, end);
    if (i < end && t[i] == '%') {
        if (rupiah) fail(alasan::percent_rupiah, t, i, o);
        if (!o.allow_percent || canonical) fail(alasan::percent, t, i, o);
        s.percent = true;
        s.note(Note::percent_sign, i);
        ++i;
    }
    if (i != end) fail(alasan::character, t, i, o);
    if (paren) s.negative = true;
    if (s.scale > Decimal::max_scale || s.scale < -Decimal::max_scale)
        throw overflow_error(
            parse_message("eksponen di luar batas: skala paling banyak ±1000 / exponent out of range: "
                          "the scale is at most ±1000",
                          t, s.has_exponent ? s.exp_offset : s.frac_offset + Decimal::max_scale, o.origin));
}

inline Decimal to_decimal(const Scan& s) {
    return Decimal::from_parts(s.negative ? coef(-s.magnitude) : s.magnitude, static_cast<int>(s.scale));
}

inline std::vector<ParseNote> to_notes(const Scan& s) {
    std::vector<ParseNote> out;
    for (int k = 0; k < s.note_count; ++k) {
        const auto& [n, at] = s.notes[static_cast<std::size_t>(k)];
        out.push_back(ParseNote{note_code(n), note_message(n), at});
    }
    return out;
}

// Offset of the first non-zero digit below the sen (for the error message).
inline std::size_t below_sen_offset(std::string_view t, const Scan& s) {
    if (s.has_exponent || s.frac_digits <= 2) return s.has_exponent ? s.exp_offset : s.frac_offset;
    for (std::size_t k = s.frac_offset + 2; k < s.frac_offset + static_cast<std::size_t>(s.frac_digits); ++k)
        if (t[k] != '0') return k;
    return s.frac_offset + 2;
}

}  // namespace detail

inline Decimal Decimal::parse(std::string_view text, const ParseOptions& options) {
    detail::Scan s;
    detail::scan(text, options, false, s);
    return detail::to_decimal(s);
}

inline ParseResult<Decimal> Decimal::parse_detailed(std::string_view text, const ParseOptions& options) {
    detail::Scan s;
    detail::scan(text, options, false, s);
    return ParseResult<Decimal>{detail::to_decimal(s), detail::to_notes(s)};
}

}  // namespace sakip
