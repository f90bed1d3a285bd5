// Values as printed in SAKIP documents, kept together with their exact parsed value:
//   Amount  - a rupiah amount ("88.799.000,00", "86,347,000", "27.000,000", "Rp. 923.554.055,-")
//   Besaran - a quantity with an optional unit ("97%", "97 %", "6 Dokumen", "4434", "35,55")
//   Target  - a Besaran or a range [bawah, atas] (polaritas "rentang")
//   Varian  - another printed wording of the same thing, with where it was printed
// The printed text is never normalised away: the saver writes it back verbatim.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <sakip/decimal/decimal.hpp>
#include <sakip/decimal/rupiah.hpp>
#include <sakip/model/describe.hpp>

namespace sakip {

// A rupiah amount: the text exactly as printed, its exact value (Rupiah::parse_detailed, Indonesian
// separators) and the parse notes, e.g. "english_grouping" for "86,347,000" or
// "ambiguous_separator" for "27.000,000" (read as Rp27,00: the audit flags it).
struct Amount {
    std::string text;
    Rupiah value;
    std::vector<ParseNote> notes;

    // Throws sakip::parse_error (with `origin`) if the text is not an amount.
    static Amount parse(std::string_view text, std::string_view origin = {});
    // A programmatic amount: text is the canonical decimal ("928037500.00").
    static Amount of(const Rupiah& value);
    bool has_note(std::string_view code) const;
    // Equal text (the value and notes follow from it).
    friend bool operator==(const Amount& a, const Amount& b) { return a.text == b.text; }
};

// A quantity: a number read as every figure is (Decimal::parse's document forms, docs/formats.md:
// "97,25", "1.234,5", "6.84", a lone "1.500" = 1500 with the note "ambiguous_thousands"), then
// optionally a unit: "%" (with or without a space) or a word ("Dokumen", "kegiatan"). No currency,
// parentheses or exponent. Where the loader allows it (realisasi nilai and inputs), a "not available"
// text ("n/a", "-", "tidak ada data": tidak_tersedia()) is held as such: the text is kept, `tersedia`
// is false and the value undefined (nilai() is std::nullopt; `value` is 0 and must not be used).
struct Besaran {
    std::string text;              // as printed: "97 %"
    Decimal value;                 // 97
    std::string satuan;            // "%", "Dokumen", or "" when none is printed
    std::vector<ParseNote> notes;  // how the number was read ("ambiguous_thousands" for "1.500")
    bool tersedia = true;          // false: a "not available" text ("n/a"), the value is undefined

    // Throws sakip::parse_error (with `origin`) if the text is not a quantity (nor, with
    // `allow_not_available`, a "not available" text).
    static Besaran parse(std::string_view text, std::string_view origin = {}, bool allow_not_available = false);
    // A programmatic quantity: text is the canonical decimal followed by the unit ("97%",
    // "6 Dokumen": a space before a word unit, none before "%").
    static Besaran of(const Decimal& value, std::string satuan = {});
    // A "not available" quantity holding its text ("n/a").
    static Besaran tidak_tersedia_dari(std::string text);
    bool is_percent() const noexcept { return satuan == "%"; }
    std::optional<Decimal> nilai() const {
        if (!tersedia) return std::nullopt;
        return value;
    }
    bool has_note(std::string_view code) const;
    friend bool operator==(const Besaran& a, const Besaran& b) { return a.text == b.text; }
};

// The texts a report prints for a value it does not have (docs/formats.md, "Not available"):
// "n/a", "-", "–", "—", "tidak ada data", "belum ada data", "data tidak tersedia", "data belum
// tersedia", compared without case and surrounding blanks.
std::span<const std::string_view> tidak_tersedia_texts() noexcept;
bool tidak_tersedia(std::string_view text) noexcept;

// A target range for polaritas "rentang", e.g. 80-90 %.
struct Rentang {
    Besaran bawah;
    Besaran atas;
    friend bool operator==(const Rentang&, const Rentang&) = default;
};

constexpr auto describe(type_tag<Rentang>) {
    return describe_struct<Rentang>("rentang", "a target range for polaritas rentang",
                                    field("bawah", &Rentang::bawah, Presence::required, "the lower end", "#besaran"),
                                    field("atas", &Rentang::atas, Presence::required, "the upper end", "#besaran"));
}

// A target (or kondisi awal): a single value or a range.
struct Target {
    std::variant<Besaran, Rentang> nilai;

    bool is_range() const noexcept { return std::holds_alternative<Rentang>(nilai); }
    const Besaran* besaran() const noexcept { return std::get_if<Besaran>(&nilai); }
    const Rentang* rentang() const noexcept { return std::get_if<Rentang>(&nilai); }
    friend bool operator==(const Target&, const Target&) = default;
};

// Another printed wording ("teks") of a name, formula or figure and where it was printed ("sumber").
struct Varian {
    std::string teks;
    std::string sumber;
    friend bool operator==(const Varian&, const Varian&) = default;
};

constexpr auto describe(type_tag<Varian>) {
    return describe_struct<Varian>("", "another printed wording and where it was printed",
                                   field("teks", &Varian::teks, Presence::required, "the wording as printed"),
                                   field("sumber", &Varian::sumber, Presence::required, "where it was printed"));
}

// Free-text notes of the transcriber ("catatan"), kept on most objects.
using Catatan = std::vector<std::string>;

}  // namespace sakip
