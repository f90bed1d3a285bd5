// Rupiah: exact construction, formatting styles (with round trips), allocation, terbilang.
#include <doctest/doctest.h>

#include "support/exact.hpp"

#include <sakip/decimal/rupiah.hpp>
#include <sakip/decimal/terbilang.hpp>

#include <string>
#include <type_traits>
#include <vector>

using sakip::Decimal;
using sakip::Rupiah;
using sakip::RupiahFormat;

using test_support::D;
// Sen as a built-in integer (doctest would otherwise print Boost numbers via str(), which trips a
// GCC 12 -Wrestrict false positive at -O3).
static long long S(const Rupiah& r) { return static_cast<long long>(r.sen()); }

TEST_CASE("Rupiah is exact money with sen") {
    static_assert(!std::is_constructible_v<Rupiah, double>);
    static_assert(!std::is_constructible_v<Rupiah, float>);
    constexpr Rupiah zero;
    CHECK(zero.value().scale() == 2);
    CHECK(Rupiah(10000).value().to_string() == "10000.00");
    CHECK(S(Rupiah(10000)) == 1000000);
    CHECK(Rupiah::from_sen(90050050).to_string() == "900500.50");
    CHECK(Rupiah::from_sen(Decimal::coefficient_type(-5)).to_string() == "-0.05");
    CHECK(Rupiah(D("1.5")).to_string() == "1.50");
    CHECK(Rupiah(D("1.500")).to_string() == "1.50");
    CHECK(Rupiah(D("1E+3")).to_string() == "1000.00");
    CHECK_THROWS_AS(Rupiah(D("1.005")), sakip::error);
    CHECK((Rupiah(5) + Rupiah(D("0.25"))).to_string() == "5.25");
    CHECK((Rupiah(5) - Rupiah(7)).to_string() == "-2.00");
    CHECK((Rupiah(D("1.25")) * 3).to_string() == "3.75");
    CHECK((3 * Rupiah(D("1.25"))).to_string() == "3.75");
    Decimal exact = Rupiah(D("100.00")) * D("0.115");
    CHECK(exact.to_string() == "11.50000");
    CHECK(Rupiah(D("33.333").quantize(2)).to_string() == "33.33");
    CHECK(Rupiah(1) == Rupiah(D("1.0")));
    CHECK(Rupiah(1) < Rupiah(2));
    CHECK(Rupiah(-1).abs() == Rupiah(1));
    CHECK(Rupiah(1).hash() == std::hash<Rupiah>{}(Rupiah(D("1.00"))));
    const Decimal::coefficient_type max_sen(std::string("99999999999999999999999999999999999999"));
    CHECK(Rupiah::from_sen(max_sen).format() == "Rp999.999.999.999.999.999.999.999.999.999.999.999,99");
    CHECK_THROWS_AS(Rupiah::from_sen(max_sen) + Rupiah::from_sen(std::int64_t{1}), sakip::overflow_error);
}

TEST_CASE("formatting styles") {
    Rupiah a = Rupiah::parse("125000000");
    CHECK(a.format() == "Rp125.000.000,00");
    CHECK(a.format(RupiahFormat::puebi()) == "Rp125.000.000,00");
    CHECK(a.format(RupiahFormat::no_sen()) == "Rp125.000.000");
    CHECK(a.format(RupiahFormat::dokumen()) == "Rp 125.000.000,-");
    CHECK(a.format(RupiahFormat::canonical()) == "125000000.00");
    CHECK(Rupiah::parse("900500,50").format() == "Rp900.500,50");
    CHECK(Rupiah::parse("900500,50").format(RupiahFormat::dokumen()) == "Rp 900.500,50");
    CHECK_THROWS_AS(Rupiah::parse("900500,50").format(RupiahFormat::no_sen()), sakip::error);
    RupiahFormat paren;
    paren.negative = RupiahFormat::Negative::parentheses;
    CHECK((-a).format(paren) == "(Rp125.000.000,00)");
    CHECK((-a).format() == "-Rp125.000.000,00");
    CHECK((-a).format(RupiahFormat::canonical()) == "-125000000.00");
    RupiahFormat bare;
    bare.prefix = false;
    CHECK(Rupiah(1000).format(bare) == "1.000,00");
    CHECK(Rupiah(0).format() == "Rp0,00");
    CHECK(Rupiah(999).format(RupiahFormat::no_sen()) == "Rp999");
    CHECK(RupiahFormat::from_name("dokumen").dash_suffix);
    CHECK(RupiahFormat::from_name("ringkas").sen_if_nonzero);
    CHECK_THROWS_AS(RupiahFormat::from_name("excel"), sakip::error);
    std::ostringstream os;
    os << Rupiah(10000);
    CHECK(os.str() == "Rp10.000,00");
}

TEST_CASE("ringkas: the sen only when they are not zero; the sign before Rp") {
    const RupiahFormat f = RupiahFormat::ringkas();
    CHECK(Rupiah(125000000).format(f) == "Rp125.000.000");
    CHECK(Rupiah::parse("900500,50").format(f) == "Rp900.500,50");
    CHECK(Rupiah::parse("-900500,05").format(f) == "-Rp900.500,05");
    CHECK(Rupiah(-1000).format(f) == "-Rp1.000");
    CHECK(Rupiah(0).format(f) == "Rp0");
    CHECK(Rupiah::from_sen(std::int64_t{-5}).format(f) == "-Rp0,05");
    RupiahFormat plain = f;
    plain.plain = true;
    CHECK(Rupiah(-1000).format(plain) == "-1000");
    CHECK(Rupiah::parse("-1000,5").format(plain) == "-1000.50");
    // PUEBI writes the minus before the currency: -Rp999, never Rp-999 (every style).
    for (const char* name : {"puebi", "no_sen", "dokumen", "ringkas"})
        CHECK(Rupiah(-999).format(RupiahFormat::from_name(name)).rfind("-Rp", 0) == 0);
}

TEST_CASE("parse(format(x)) == x for every style") {
    std::vector<RupiahFormat> styles = {RupiahFormat::puebi(), RupiahFormat::no_sen(), RupiahFormat::dokumen(),
                                        RupiahFormat::canonical(), RupiahFormat::ringkas()};
    for (int mask = 0; mask < 128; ++mask) {
        RupiahFormat f;
        f.sen = mask & 1;
        f.prefix = mask & 2;
        f.space_after_prefix = mask & 4;
        f.dash_suffix = mask & 8;
        f.negative = (mask & 16) ? RupiahFormat::Negative::parentheses : RupiahFormat::Negative::minus;
        f.plain = mask & 32;
        f.sen_if_nonzero = mask & 64;
        styles.push_back(f);
    }
    const char* values[] = {"0",
                            "0.05",
                            "1",
                            "999",
                            "1000",
                            "1500",
                            "10000.50",
                            "999999.99",
                            "1000000",
                            "13578653418",
                            "106439453000",
                            "123456789012345678.91",
                            "999999999999999999999999999999999999.99"};
    for (const char* v : values) {
        for (int sign : {1, -1}) {
            Rupiah x(D(v));
            if (sign < 0) x = -x;
            for (const auto& f : styles) {
                std::string text;
                try {
                    text = x.format(f);
                } catch (const sakip::error&) {
                    CHECK((!f.sen && (x.sen() % 100) != 0));  // only a no-sen style may refuse
                    continue;
                }
                CAPTURE(text);
                CHECK(Rupiah::parse(text) == x);
                if (x.sen() <= std::numeric_limits<std::int64_t>::max() &&
                    x.sen() >= -std::numeric_limits<std::int64_t>::max())
                    CHECK(Rupiah::parse_sen(text) == static_cast<std::int64_t>(x.sen()));
                else
                    CHECK_THROWS_AS((void)Rupiah::parse_sen(text), sakip::overflow_error);
                CHECK(Decimal::parse(text) == x.value());
            }
        }
    }
}

TEST_CASE("allocate: largest remainder, exact conservation, deterministic ties") {
    std::vector<Decimal> w3 = {1, 1, 1};
    auto parts = sakip::allocate(Rupiah(100), w3);
    REQUIRE(parts.size() == 3);
    CHECK(parts[0].to_string() == "33.34");  // tie: lowest index gets the extra sen
    CHECK(parts[1].to_string() == "33.33");
    CHECK(parts[2].to_string() == "33.33");
    auto neg = sakip::allocate(Rupiah(-100), w3);
    CHECK(neg[0].to_string() == "-33.34");
    CHECK(neg[2].to_string() == "-33.33");
    // Seed: Belanja Tidak Langsung / Langsung split of 13.578.653.418 by the realised shares.
    std::vector<Decimal> w = {D("12650615418"), D("928038000")};
    auto seed = sakip::allocate(Rupiah(13578653418LL), w);
    CHECK(seed[0] == Rupiah(12650615418LL));
    CHECK(seed[1] == Rupiah(928038000));
    std::vector<Decimal> pct = {D("24.05"), D("0.86"), D("18.00"), D("9.57"), D("0.32"),
                                D("1.94"),  D("0.97"), D("33.84"), D("7.54"), D("2.91")};
    Rupiah total = Rupiah::parse("Rp 928.038.000,00");
    auto byp = sakip::allocate(total, pct);
    Rupiah sum;
    for (const auto& p : byp) sum += p;
    CHECK(sum == total);
    // Largest remainder picks the biggest fraction, not the lowest index.
    std::vector<Decimal> uneven = {D("0.1"), D("0.6"), D("0.3")};
    auto u = sakip::allocate(Rupiah::from_sen(std::int64_t{10}), uneven);
    CHECK(S(u[0]) == 1);
    CHECK(S(u[1]) == 6);
    CHECK(S(u[2]) == 3);
    auto u2 = sakip::allocate(Rupiah::from_sen(std::int64_t{1}), uneven);
    CHECK(S(u2[1]) == 1);
    CHECK(S(u2[0]) + S(u2[2]) == 0);
    std::vector<Decimal> with_zero = {0, 1};
    auto z = sakip::allocate(Rupiah(5), with_zero);
    CHECK(z[0].is_zero());
    CHECK(z[1] == Rupiah(5));
    std::vector<Decimal> mixed_scales = {D("1E+30"), D("1E-30")};
    auto ms = sakip::allocate(Rupiah(1), mixed_scales);
    CHECK(ms[0] == Rupiah(1));
    std::vector<Decimal> bad = {1, -1};
    CHECK_THROWS_WITH_AS(sakip::allocate(Rupiah(1), bad), "allocate: bobot negatif -1 / allocate: negative weight -1",
                         sakip::error);
    std::vector<Decimal> zeros = {0, 0};
    CHECK_THROWS_AS(sakip::allocate(Rupiah(1), zeros), sakip::error);
    CHECK_THROWS_WITH_AS(sakip::allocate(Rupiah(1), std::vector<Decimal>{}),
                         "allocate: tidak ada bobot / allocate: no weights", sakip::error);
    auto s = sakip::split(Rupiah::from_sen(std::int64_t{1000}), 7);
    CHECK(s.size() == 7);
    Rupiah ssum;
    for (const auto& p : s) ssum += p;
    CHECK(S(ssum) == 1000);
    CHECK(S(s[0]) == 143);
    CHECK(S(s[6]) == 142);
    CHECK_THROWS_AS(sakip::split(Rupiah(1), 0), sakip::error);
}

TEST_CASE("terbilang") {
    using sakip::terbilang;
    CHECK(terbilang(Decimal(0)) == "nol");
    CHECK(terbilang(Decimal(1)) == "satu");
    CHECK(terbilang(Decimal(10)) == "sepuluh");
    CHECK(terbilang(Decimal(11)) == "sebelas");
    CHECK(terbilang(Decimal(12)) == "dua belas");
    CHECK(terbilang(Decimal(19)) == "sembilan belas");
    CHECK(terbilang(Decimal(20)) == "dua puluh");
    CHECK(terbilang(Decimal(21)) == "dua puluh satu");
    CHECK(terbilang(Decimal(100)) == "seratus");
    CHECK(terbilang(Decimal(101)) == "seratus satu");
    CHECK(terbilang(Decimal(111)) == "seratus sebelas");
    CHECK(terbilang(Decimal(250)) == "dua ratus lima puluh");
    CHECK(terbilang(Decimal(1000)) == "seribu");
    CHECK(terbilang(Decimal(1001)) == "seribu satu");
    CHECK(terbilang(Decimal(2000)) == "dua ribu");
    CHECK(terbilang(Decimal(11000)) == "sebelas ribu");
    CHECK(terbilang(Decimal(100000)) == "seratus ribu");
    CHECK(terbilang(Decimal(1000000)) == "satu juta");
    CHECK(terbilang(Decimal(1001000)) == "satu juta seribu");
    CHECK(terbilang(Decimal(1000000000)) == "satu miliar");
    CHECK(terbilang(Decimal(1000000000000LL)) == "satu triliun");
    CHECK(terbilang(D("1E+15")) == "satu kuadriliun");
    CHECK(terbilang(Decimal(-7)) == "minus tujuh");
    CHECK(terbilang(D("3.25")) == "tiga koma dua lima");
    CHECK(terbilang(D("35.50")) == "tiga puluh lima koma lima");
    CHECK(terbilang(Decimal(13578653418LL)) ==
          "tiga belas miliar lima ratus tujuh puluh delapan juta enam ratus lima puluh tiga ribu "
          "empat ratus delapan belas");
    CHECK(terbilang(D("99999999999999999999999999999999999999")).rfind("sembilan puluh sembilan ribu", 0) == 0);
    CHECK(terbilang(D("1E+36")) == "seribu desiliun");
    CHECK(terbilang(D("1E+37")) == "sepuluh ribu desiliun");
    try {  // "quantize: result exceeds 38 significant digits" before (issue 12, item 13)
        (void)terbilang(D("1E+40"));
        FAIL("no overflow_error");
    } catch (const sakip::overflow_error& e) {
        CHECK(std::string(e.what()) ==
              "terbilang: 1E+40 memiliki 41 digit sebelum tanda desimal; batasnya 38 / terbilang: 1E+40 has 41 "
              "digits before the decimal mark; the limit is 38");
    }
    CHECK(terbilang(D("0E+40")) == "nol");
    Rupiah r = Rupiah::parse("Rp900.500,50");
    CHECK(terbilang(r) == "sembilan ratus ribu lima ratus rupiah lima puluh sen");
    CHECK(r.terbilang() == "sembilan ratus ribu lima ratus rupiah lima puluh sen");
    CHECK(r.terbilang({.capitalize = true}) == "Sembilan ratus ribu lima ratus rupiah lima puluh sen");
    CHECK(r.terbilang({.capitalize = false, .with_currency = false}) == "sembilan ratus ribu lima ratus koma lima");
    CHECK(terbilang(Rupiah(0)) == "nol rupiah");
    CHECK(terbilang(Rupiah(-1000)) == "minus seribu rupiah");
    CHECK(terbilang(Rupiah(-1000), {.capitalize = true}) == "Minus seribu rupiah");
    CHECK(terbilang(Rupiah::from_sen(std::int64_t{50})) == "lima puluh sen");
    CHECK(terbilang(Rupiah::parse("Rp 13.578.653.418,-")) ==
          "tiga belas miliar lima ratus tujuh puluh delapan juta enam ratus lima puluh tiga ribu "
          "empat ratus delapan belas rupiah");
}
