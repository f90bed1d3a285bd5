// format_angka: the one Indonesian writer of numbers (PUEBI '.' thousands, ',' decimals), never rounding.
#include <doctest/doctest.h>

#include <sakip/decimal/format.hpp>
#include <sakip/decimal/rupiah.hpp>

using sakip::AngkaFormat;
using sakip::Decimal;
using sakip::format_angka;
using sakip::format_persen;

TEST_CASE("format_angka writes Indonesian digits and keeps every decimal") {
    CHECK(format_angka(Decimal("0")) == "0");
    CHECK(format_angka(Decimal("96.36")) == "96,36");
    CHECK(format_angka(Decimal("-0.5")) == "-0,5");
    CHECK(format_angka(Decimal("4434")) == "4.434");
    CHECK(format_angka(Decimal("88799000.00")) == "88.799.000,00");
    CHECK(format_angka(Decimal("123456.789")) == "123.456,789");
    CHECK(format_angka(Decimal("-1000000")) == "-1.000.000");
    CHECK(format_angka(Decimal("1E+3")) == "1.000");  // no exponent form for people
}

TEST_CASE("format_angka pads when asked, never rounds") {
    AngkaFormat f;
    f.min_places = 2;
    CHECK(format_angka(Decimal("100"), f) == "100,00");
    CHECK(format_angka(Decimal("103.1"), f) == "103,10");
    CHECK(format_angka(Decimal("108.6956"), f) == "108,6956");  // more decimals than asked: all kept
    f.group_thousands = false;
    CHECK(format_angka(Decimal("12345.5"), f) == "12345,50");
    CHECK(format_persen(Decimal("96.36")) == "96,36 %");
    CHECK(format_persen(Decimal("100"), 2) == "100,00 %");
}

TEST_CASE("Rupiah::format groups its digits with the same writer") {
    const auto r = sakip::Rupiah::parse("Rp1.234.567,89");
    CHECK(r.format() == "Rp" + format_angka(Decimal("1234567.89")));
}
