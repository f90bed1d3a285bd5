// sakip::format_angka: the one writer of a number for people, in Indonesian (PUEBI): '.' groups the
// thousands and ',' marks the decimals ("1.234.567,89", "-0,5", "96,36", "4.434"). The audit's
// messages, the report, the CLI and the Python frames all print through it; a trace (machine text)
// uses Decimal::to_string instead.
//
// The rule: it never rounds. A caller printing at a precision quantizes first with its own, visible
// rounding (reports: half up) and may ask for zero padding; a value with more decimals than asked is
// written with all of them. Rupiah amounts: Rupiah::format (rupiah.hpp), whose digits come from here.
#pragma once

#include <sakip/decimal/decimal.hpp>

#include <string>
#include <string_view>

namespace sakip {

struct AngkaFormat {
    int min_places = 0;           // pad the decimals with zeros to at least this many ("100" -> "100,00")
    bool group_thousands = true;  // '.' between groups of three digits of the integer part
    std::string_view suffix;      // appended as is, e.g. " %" (format_persen)
};

std::string format_angka(const Decimal& d, const AngkaFormat& f = {});

// format_angka followed by " %" (a space before the sign, as LKjIP tables print it: "96,36 %").
std::string format_persen(const Decimal& d, int min_places = 0);

namespace format_detail {
// The digits of a non-negative integer written with '.' between the thousands ("1.234.567").
std::string group_thousands(std::string_view digits);
}  // namespace format_detail

}  // namespace sakip

#include <sakip/decimal/format-inl.hpp>  // header-only
