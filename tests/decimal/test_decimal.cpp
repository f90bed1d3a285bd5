// Decimal arithmetic: exactness, range limits, rounding ties, division, comparison, hashing.
#include <doctest/doctest.h>

#include "support/exact.hpp"

#include <sakip/decimal/decimal.hpp>

#include <iterator>
#include <sstream>
#include <string>
#include <type_traits>
#include <unordered_set>
#include <vector>

using sakip::Decimal;
using sakip::Rounding;

using test_support::D;

TEST_CASE("construction is exact and never from binary floating point") {
    static_assert(!std::is_constructible_v<Decimal, double>);
    static_assert(!std::is_constructible_v<Decimal, float>);
    static_assert(!std::is_constructible_v<Decimal, long double>);
    static_assert(std::is_convertible_v<int, Decimal>);
    static_assert(std::is_convertible_v<std::uint64_t, Decimal>);
    constexpr Decimal zero;
    CHECK(zero.is_zero());
    CHECK(zero.scale() == 0);
    CHECK(Decimal(-42).to_string() == "-42");
    CHECK(Decimal(std::numeric_limits<std::int64_t>::min()).to_string() == "-9223372036854775808");
    CHECK(Decimal(std::numeric_limits<std::uint64_t>::max()).to_string() == "18446744073709551615");
    CHECK(D("-1234.56").coefficient() == -123456);
    CHECK(D("-1234.56").scale() == 2);
    CHECK(D("1.500").scale() == 3);  // canonical constructor: '.' is the decimal point
    CHECK(D("1E+3").scale() == -3);
    CHECK(D("1.5e-2").to_string() == "0.015");
    CHECK(D(".5").to_string() == "0.5");
    CHECK(D("5.").to_string() == "5");
    CHECK_THROWS_AS(D("1,5"), sakip::parse_error);
    CHECK_THROWS_AS(D("Rp10"), sakip::parse_error);
}

TEST_CASE("largest values and overflow") {
    const char* max38 = "99999999999999999999999999999999999999";
    Decimal m = D(max38);
    CHECK(m.to_string() == max38);
    CHECK(m.digits() == 38);
    CHECK((-m).to_string() == std::string("-") + max38);
    CHECK_THROWS_AS(D("100000000000000000000000000000000000000"), sakip::overflow_error);
    CHECK_THROWS_AS(m + Decimal(1), sakip::overflow_error);
    CHECK_THROWS_AS(-m - Decimal(1), sakip::overflow_error);
    CHECK((m - Decimal(1)).to_string() == "99999999999999999999999999999999999998");
    CHECK_THROWS_AS(m * Decimal(2), sakip::overflow_error);
    CHECK_THROWS_AS(m * m, sakip::overflow_error);
    CHECK_THROWS_AS(Decimal::from_parts(Decimal::coefficient_type(m.coefficient()) + 1, 0), sakip::overflow_error);
    CHECK_THROWS_AS(Decimal::from_parts(1, 1001), sakip::overflow_error);
    CHECK_THROWS_AS(Decimal::from_parts(1, -1001), sakip::overflow_error);
    CHECK(Decimal::from_parts(1, 1000).to_sci_string() == "1E-1000");
    CHECK_THROWS_AS(D("1E+1001"), sakip::overflow_error);
    // Alignment that cancels stays exact: 10^38 units at scale 0 is not representable but the sum is.
    CHECK((D("1E+37") - D("9999999999999999999999999999999999999")).to_string() == "1");
    CHECK_THROWS_AS(D("1E+37") * Decimal(9) + D("0.1"), sakip::overflow_error);  // needs 39 digits
    CHECK_THROWS_AS(D("1E+37") + D("1E-10"), sakip::overflow_error);
    CHECK_THROWS_AS(m.quantize(1), sakip::overflow_error);
    CHECK_THROWS_AS(m.to_int64(), sakip::overflow_error);
    CHECK_FALSE(m.fits_int64());
    CHECK(D("9223372036854775807").to_int64() == std::numeric_limits<std::int64_t>::max());
    CHECK(D("-9223372036854775808.000").to_int64() == std::numeric_limits<std::int64_t>::min());
    CHECK_THROWS_AS(D("9223372036854775808").to_int64(), sakip::overflow_error);
    CHECK_THROWS_AS(D("1.5").to_int64(), sakip::error);
    CHECK(D("1E+3").to_int64() == 1000);
}

TEST_CASE("negative zero is zero") {
    Decimal nz = D("-0");
    CHECK(nz == Decimal(0));
    CHECK(nz.to_string() == "0");
    CHECK(nz.signum() == 0);
    CHECK(D("-0.00").to_string() == "0.00");
    CHECK((-Decimal(0)).to_string() == "0");
    CHECK(D("-0.001").quantize(2).to_string() == "0.00");
    CHECK(nz.hash() == Decimal(0).hash());
}

TEST_CASE("+ - * are exact with the documented scales") {
    CHECK((D("0.1") + D("0.2")).to_string() == "0.3");
    CHECK((D("1.10") + D("2.205")).to_string() == "3.305");
    CHECK((D("1.10") - D("2.2")).to_string() == "-1.10");
    CHECK((D("1.5") * D("1.5")).to_string() == "2.25");
    CHECK((D("1E+3") * D("0.001")).to_string() == "1");  // scale -3 + 3
    CHECK((D("1.000") * D("0.10")).to_string() == "0.10000");
    CHECK((D("1E+3") + Decimal(1)).to_string() == "1001");
    Decimal x = 5;
    x += D("0.25");
    x -= 1;
    x *= 2;
    CHECK(x.to_string() == "8.50");
    CHECK((Decimal(7) + 3).to_string() == "10");
}

TEST_CASE("to_string and to_sci_string") {
    CHECK(D("0.00").to_string() == "0.00");
    CHECK(D("1E+3").to_string() == "1000");
    CHECK(D("0E+3").to_string() == "0");
    CHECK(D("-12.345E+5").to_string() == "-1234500");
    CHECK(D("1E+3").to_sci_string() == "1E+3");
    CHECK(D("0.000001").to_sci_string() == "0.000001");
    CHECK(D("1E-7").to_sci_string() == "1E-7");
    CHECK(D("1E-7").to_string() == "0.0000001");
    CHECK(D("-12.345E+5").to_sci_string() == "-1.2345E+6");
    CHECK(D("0E-8").to_sci_string() == "0E-8");
    std::ostringstream os;
    os << D("-1234.56");
    CHECK(os.str() == "-1234.56");
}

TEST_CASE("to_string reads back: the same value, and the same scale unless plain and negative") {
    // 9…9E+5 printed plain is 43 digits, beyond what the reader takes (issue 12, item 8).
    const std::string nines(38, '9');
    const char* texts[] = {"0",       "0.00",    "0E+3",    "0E-1000", "0E+1000", "1E+3",  "-1E+3", "1E-7",
                           "1E-1000", "1E+1000", "-123.45", "1.5E+2",  "12E+36",  "1E+37", "1E+38"};
    std::vector<std::string> all(std::begin(texts), std::end(texts));
    for (const char* exp : {"", "E+1", "E+5", "E-5", "E+962", "E+1000", "E-1000", "E-962"}) {
        all.push_back(nines + exp);
        all.push_back("-" + nines + exp);
    }
    for (const auto& t : all) {
        CAPTURE(t);
        const Decimal x(t);
        const std::string s = x.to_string();
        CAPTURE(s);
        CHECK(Decimal(s) == x);
        CHECK(Decimal::parse(s, sakip::ParseOptions::canonical()) == x);
        if (x.scale() >= 0 || s.find('E') != std::string::npos) CHECK(Decimal(s).same_representation(x));
        CHECK(Decimal(x.to_sci_string()).same_representation(x));
    }
    CHECK(D(nines + "E+5").to_string() == "9." + std::string(37, '9') + "E+42");  // 43 plain digits
    CHECK(D(nines + "E+1").to_string() == "9." + std::string(37, '9') + "E+38");
    CHECK(D("12E+36").to_string() == "12" + std::string(36, '0'));  // 38 digits: still plain
    CHECK(D("1E+38").to_string() == "1E+38");
    CHECK(D("1E-1000").to_string() == "0." + std::string(999, '0') + "1");  // scale >= 0: always plain
}

TEST_CASE("quantize overflow names the value and the limit") {
    try {
        (void)D(std::string(38, '9')).quantize(2);
        FAIL("no overflow_error");
    } catch (const sakip::overflow_error& e) {
        const std::string w = e.what();
        CAPTURE(w);
        CHECK(w.find(std::string(38, '9') + " at 2 decimals needs 40 significant digits; the limit is 38") !=
              std::string::npos);
        CHECK(w.find("batasnya 38") != std::string::npos);
    }
}

TEST_CASE("rounding ties for every mode") {
    struct Row {
        const char* in;
        Rounding r;
        const char* out;
    };
    const Row rows[] = {
        {"2.675", Rounding::half_up, "2.68"},
        {"-2.675", Rounding::half_up, "-2.68"},
        {"2.665", Rounding::half_even, "2.66"},
        {"2.675", Rounding::half_even, "2.68"},
        {"-2.665", Rounding::half_even, "-2.66"},
        {"2.675", Rounding::half_down, "2.67"},
        {"2.6751", Rounding::half_down, "2.68"},
        {"-2.675", Rounding::half_down, "-2.67"},
        {"2.679", Rounding::down, "2.67"},
        {"-2.679", Rounding::down, "-2.67"},
        {"2.671", Rounding::up, "2.68"},
        {"-2.671", Rounding::up, "-2.68"},
        {"2.671", Rounding::ceiling, "2.68"},
        {"-2.679", Rounding::ceiling, "-2.67"},
        {"2.679", Rounding::floor, "2.67"},
        {"-2.671", Rounding::floor, "-2.68"},
        {"2.670", Rounding::up, "2.67"},
        {"-2.670", Rounding::floor, "-2.67"},
        {"2.6749999999", Rounding::half_up, "2.67"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.in);
        CAPTURE(sakip::to_string(row.r));
        CHECK(D(row.in).quantize(2, row.r).to_string() == row.out);
    }
}

TEST_CASE("quantize to any scale") {
    CHECK(D("13578653418").quantize(-3).to_string() == "13578653000");
    CHECK(D("13578653500").quantize(-3).to_string() == "13578654000");
    CHECK(D("13578653500").quantize(-3).scale() == -3);
    CHECK(D("13578653500").quantize(-3, Rounding::half_even).to_string() == "13578654000");
    CHECK(D("13578652500").quantize(-3, Rounding::half_even).to_string() == "13578652000");
    CHECK(D("499").quantize(-3).to_string() == "0");
    CHECK(D("500").quantize(-3).to_string() == "1000");
    CHECK(D("1.5").quantize(4).to_string() == "1.5000");
    CHECK(D("0.000000000000000000000000000000000000000000000000000000000000000000000000000000001")
              .quantize(0, Rounding::up)
              .to_string() == "1");
    CHECK(D("-1E-900").quantize(0, Rounding::floor).to_string() == "-1");
    CHECK(D("-1E-900").quantize(0, Rounding::ceiling).to_string() == "0");
    CHECK(D("1E-900").quantize(0).to_string() == "0");
    CHECK(D("0").quantize(1000).scale() == 1000);
    CHECK_THROWS_AS(D("1").quantize(1001), sakip::overflow_error);
    CHECK(D("2.5").to_integral(Rounding::half_even).to_string() == "2");
    CHECK(D("1E+3").to_integral().to_sci_string() == "1E+3");
}

TEST_CASE("divide and percent are correctly rounded") {
    using sakip::divide;
    using sakip::percent;
    CHECK(percent(100, 97).to_string() == "103.09");
    CHECK(percent(85563728, 88799000).to_string() == "96.36");
    CHECK(percent(12650615418, 13578653418).to_string() == "93.17");  // seed prints 93,16 (truncated)
    CHECK(percent(928038000, 13578653418).to_string() == "6.83");
    CHECK(percent(923554055, 928038000).to_string() == "99.52");
    CHECK(percent(4434, 4434).to_string() == "100.00");
    CHECK(percent(1, 3, 4).to_string() == "33.3333");
    CHECK(divide(1, 3, 2).to_string() == "0.33");
    CHECK(divide(2, 3, 2).to_string() == "0.67");
    CHECK(divide(-2, 3, 2).to_string() == "-0.67");
    CHECK(divide(-2, 3, 2, Rounding::floor).to_string() == "-0.67");
    CHECK(divide(-2, 3, 2, Rounding::ceiling).to_string() == "-0.66");
    CHECK(divide(1, 8, 2, Rounding::half_even).to_string() == "0.12");
    CHECK(divide(3, 8, 2, Rounding::half_even).to_string() == "0.38");
    CHECK(divide(1, 8, 2, Rounding::half_up).to_string() == "0.13");
    CHECK(divide(1, 8, 2, Rounding::half_down).to_string() == "0.12");
    CHECK(divide(D("1E+30"), D("1E-7"), 0).to_string() == "1" + std::string(37, '0'));
    CHECK_THROWS_AS(divide(D("1E+30"), D("1E-9"), 0), sakip::overflow_error);
    CHECK(divide(1, D("1E+80"), 2, Rounding::up).to_string() == "0.01");
    CHECK(divide(1, D("1E+80"), 2).to_string() == "0.00");
    CHECK(divide(0, 7, 3).to_string() == "0.000");
    CHECK(divide(1000, 10, -2).to_sci_string() == "1E+2");
    CHECK_THROWS_WITH_AS(divide(1, 0, 2), "pembagian dengan nol: 1 / 0 / division by zero: 1 / 0",
                         sakip::division_by_zero);
    CHECK_THROWS_WITH_AS((void)D("1.5").to_int64(), "Decimal 1.5 bukan bilangan bulat / Decimal 1.5 is not an integer",
                         sakip::error);
    CHECK_THROWS_WITH_AS((void)D("1E+19").to_int64(),
                         "Decimal 10000000000000000000 tidak muat dalam int64 / Decimal 10000000000000000000 does not "
                         "fit in int64",
                         sakip::overflow_error);
    CHECK_THROWS_AS(divide(0, D("0.00"), 2), sakip::division_by_zero);
    CHECK_THROWS_AS(percent(1, 0), sakip::division_by_zero);
    // Excel would print 96.35 for 85563728/88799000*100 rounded; the exact value is 96.3566...
    CHECK(percent(85563728, 88799000, 2, Rounding::down).to_string() == "96.35");
}

TEST_CASE("comparison and hashing by value") {
    CHECK(D("1.0") == D("1.00"));
    CHECK(D("1E+3") == Decimal(1000));
    CHECK(D("-1.5") < D("-1.49"));
    CHECK(D("0.001") > D("-1E+30"));
    CHECK(D("1E-1000") > Decimal(0));
    CHECK(D("1E-1000") < D("1E+1000"));
    CHECK(D("-1E-1000") > D("-1E+1000"));
    CHECK(D("99999999999999999999999999999999999999E+1000") > D("1E+1000"));
    CHECK(D("99999999999999999999999999999999999999E+962") < D("1E+1000"));
    CHECK(D("99999999999999999999999999999999999999E-1000") < D("1E-961"));
    CHECK((D("12.30") <=> D("12.3")) == std::strong_ordering::equal);
    CHECK_FALSE(D("12.30").same_representation(D("12.3")));
    CHECK(D("1.500").normalized().to_sci_string() == "1.5");
    CHECK(D("1000").normalized().to_sci_string() == "1E+3");
    CHECK(D("0.000").normalized().to_sci_string() == "0");
    CHECK(D("1.0").hash() == D("1.00").hash());
    CHECK(D("1E+3").hash() == Decimal(1000).hash());
    CHECK(D("1.5").hash() != D("15").hash());
    std::unordered_set<Decimal> set{D("1.0"), D("1.00"), Decimal(1), D("2")};
    CHECK(set.size() == 2);
}

TEST_CASE("rounding names") {
    for (Rounding r : {Rounding::half_up, Rounding::half_even, Rounding::half_down, Rounding::down, Rounding::up,
                       Rounding::ceiling, Rounding::floor})
        CHECK(sakip::parse_rounding(sakip::to_string(r)) == r);
    CHECK(sakip::parse_rounding("ROUND_HALF_EVEN") == Rounding::half_even);
    CHECK_THROWS_AS(sakip::parse_rounding("05up"), sakip::error);
    CHECK_THROWS_WITH_AS(sakip::parse_rounding("bankers"), doctest::Contains("bankers"), sakip::error);
    // A NUL in the name cut the message at "half" (issue 12, item 13).
    CHECK_THROWS_WITH_AS(sakip::parse_rounding(std::string("half\0up", 7)),
                         "mode pembulatan \"half\\x00up\" tidak dikenal (yang sah: half_up, half_even, half_down, "
                         "down, up, ceiling, floor) / unknown rounding mode \"half\\x00up\" (expected half_up, "
                         "half_even, half_down, down, up, ceiling or floor)",
                         sakip::error);
}
