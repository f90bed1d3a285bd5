// Reading amounts as written in documents: every rule of docs/formats.md, with seed values.
#include <doctest/doctest.h>

#include <sakip/decimal/decimal.hpp>
#include <sakip/decimal/rupiah.hpp>

#include <map>
#include <string>

using sakip::Decimal;
using sakip::ParseOptions;
using sakip::Rupiah;

static std::string P(std::string_view s) { return Decimal::parse(s).to_string(); }
static std::string R(std::string_view s) { return Rupiah::parse(s).to_string(); }

// The Indonesian of each English reason (docs/formats.md, "Errors"), written here independently of the
// scanner so that a reason changed in one language only fails.
static std::string indonesian(const std::string& en) {
    static const std::map<std::string, std::string> id{
        {"empty amount", "angka kosong"},
        {"parentheses not allowed", "tanda kurung tidak diizinkan"},
        {"unbalanced parenthesis", "tanda kurung tidak berpasangan"},
        {"sign inside parentheses", "tanda bilangan di dalam tanda kurung"},
        {"currency prefix not allowed", "awalan mata uang tidak diizinkan"},
        {"digit expected", "digit diharapkan"},
        {"unexpected ','", "',' tidak diharapkan"},
        {"',' not allowed with an exponent", "',' tidak diizinkan bersama eksponen"},
        {"second decimal point", "titik desimal kedua"},
        {"mixed separators", "pemisah bercampur"},
        {"',' as thousands separator not allowed", "',' sebagai pemisah ribuan tidak diizinkan"},
        {"invalid digit grouping", "pengelompokan digit tidak sah"},
        {"unexpected separator", "pemisah tidak diharapkan"},
        {"digit expected after the decimal separator", "digit diharapkan setelah tanda desimal"},
        {"exponent not allowed", "eksponen tidak diizinkan"},
        {"digit expected in exponent", "digit diharapkan pada eksponen"},
        {"dash suffix not allowed", "akhiran tanda hubung tidak diizinkan"},
        {"dash suffix after decimals", "akhiran tanda hubung setelah desimal"},
        {"percent sign not allowed in a rupiah amount", "tanda persen tidak diizinkan dalam jumlah rupiah"},
        {"percent sign not allowed", "tanda persen tidak diizinkan"},
        {"unexpected character", "karakter tidak diharapkan"},
        {"more than 2 decimal places (below the sen)", "lebih dari 2 angka desimal (di bawah sen)"},
    };
    const auto it = id.find(en);
    REQUIRE_MESSAGE(it != id.end(), en);
    return it->second;
}

// The parse_error for `text`, with the given reason (in English; its Indonesian from the table above) and
// offset.
static void check_error(std::string_view text, const char* reason, std::size_t offset, const ParseOptions& o = {}) {
    CAPTURE(text);
    try {
        (void)Decimal::parse(text, o);
        FAIL("no parse_error");
    } catch (const sakip::parse_error& e) {
        CHECK(e.reason() == indonesian(reason));
        CHECK(e.reason_en() == reason);
        CHECK(e.pesan() == sakip::Pesan{indonesian(reason), reason});
        CHECK(e.offset() == offset);
        CHECK(e.text() == text);
    }
}

TEST_CASE("canonical forms") {
    CHECK(P("-1234.56") == "-1234.56");
    CHECK(P("1E+3") == "1000");
    CHECK(Decimal::parse("1E+3").scale() == -3);
    CHECK(P("1.5e-2") == "0.015");
    CHECK(P("+7") == "7");
    CHECK(P("0.5") == "0.5");
    CHECK(P("1.5") == "1.5");
    CHECK(P("1.50") == "1.50");
    CHECK(P("1234.567") == "1234.567");  // 4-digit head: cannot be a thousands group
    CHECK(P("0.125") == "0.125");        // leading zero: decimal point
    CHECK(P("1.500e3") == "1500");       // with an exponent '.' is always the decimal point
    auto r = Decimal::parse_detailed("1E+3");
    CHECK(r.has("exponent"));
}

TEST_CASE("Indonesian forms from the seed") {
    CHECK(R("Rp 13.578.653.418,-") == "13578653418.00");
    CHECK(R("Rp. 13.578.653.418,-") == "13578653418.00");
    CHECK(R("Rp. 10.000,-") == "10000.00");
    CHECK(R("Rp10.000") == "10000.00");
    CHECK(R("88.799.000,00") == "88799000.00");
    CHECK(R("13.642.000.-") == "13642000.00");
    CHECK(R("106.439.453.000,00") == "106439453000.00");
    CHECK(R("Rp900.500,50") == "900500.50");
    CHECK(R("Rp. 923.554.055,-") == "923554055.00");
    CHECK(R("Rp 928.038.000,00") == "928038000.00");
    CHECK(R("12.650.615.418,-") == "12650615418.00");
    CHECK(R("840.000,-") == "840000.00");
    CHECK(R("24.675.000") == "24675000.00");
    CHECK(P("35,55 %") == "35.55");
    CHECK(P("93,16") == "93.16");
    CHECK(P("6.84") == "6.84");   // one dot + 2 digits: decimal point (seed Tabel 2.1)
    CHECK(P("4.434") == "4434");  // one dot + 3 digits: thousands (a count in the seed)
    CHECK(P("103,1 %") == "103.1");
    CHECK(P("100%") == "100");
    auto pct = Decimal::parse_detailed("35,55 %");
    CHECK(pct.has("percent_sign"));
    auto rp = Rupiah::parse_detailed("Rp. 10.000,-");
    CHECK(rp.has("currency_prefix"));
    CHECK(rp.has("dash_suffix"));
    CHECK(rp.notes.size() == 2);
    CHECK(Rupiah::parse_detailed("Rp900.500,50").notes.size() == 1);
    CHECK(Rupiah::parse_detailed("88.799.000,00").notes.empty());
}

TEST_CASE("English grouping is accepted with a note") {
    auto r = Decimal::parse_detailed("86,347,000");
    CHECK(r.value.to_string() == "86347000");
    CHECK(r.has("english_grouping"));
    CHECK(r.notes[0].offset == 2);
    CHECK(R("Rp855,830,897,000") == "855830897000.00");
    CHECK(Rupiah::parse_detailed("Rp855,830,897,000").has("english_grouping"));
    CHECK(R("1,004,422,800") == "1004422800.00");
    CHECK(R("1,004,422.80") == "1004422.80");
    CHECK(Decimal::parse_detailed("1,004,422.80").has("english_grouping"));
    ParseOptions strict;
    strict.allow_english_grouping = false;
    check_error("86,347,000", "',' as thousands separator not allowed", 2, strict);
    check_error("1,00,000", "invalid digit grouping", 4);
}

TEST_CASE("ambiguous 3-digit decimal parts get a note") {
    auto a = Decimal::parse_detailed("27.000,000");
    CHECK(a.value == Decimal(27000));
    CHECK(a.value.to_string() == "27000.000");
    CHECK(a.has("ambiguous_separator"));
    CHECK(a.notes[0].offset == 6);
    auto b = Decimal::parse_detailed("1,000");
    CHECK(b.value.to_string() == "1.000");
    CHECK(b.has("ambiguous_separator"));
    CHECK_FALSE(Decimal::parse_detailed("0,125").has("ambiguous_separator"));
    CHECK_FALSE(Decimal::parse_detailed("1,25").has("ambiguous_separator"));
    CHECK(Rupiah::parse("27.000,000") == Rupiah(27000));
    CHECK(Rupiah::parse_detailed("27.000,000").has("ambiguous_separator"));
}

TEST_CASE("a lone group is thousands, with the note ambiguous_thousands at its dot") {
    // The issue's examples: "1.500" orang, a realisasi "1.234", Decimal::parse("1.234") = 1234.
    for (const char* t : {"1.500", "1.234", "-4.434", "12.345", "999.999", "1.500 %", "(1.500)"}) {
        CAPTURE(t);
        const auto r = Decimal::parse_detailed(t);
        CHECK(r.has("ambiguous_thousands"));
        CHECK(r.value.scale() == 0);
    }
    CHECK(Decimal::parse("1.500") == Decimal(1500));
    CHECK(Decimal::parse_detailed("-4.434").notes.at(0).offset == 2);
    // Not a lone group, or money: no note.
    for (const char* t : {"1.500.000", "1.500,5", "1.5", "6.84", "0.125", "1234.567", "0.500", "Rp1.500", "1.500,-",
                          "Rp 1.500,-", "1500", "97,25", "1,5"}) {
        CAPTURE(t);
        CHECK_FALSE(Decimal::parse_detailed(t).has("ambiguous_thousands"));
    }
    CHECK(Rupiah::parse_detailed("840.000").has("ambiguous_thousands"));
    CHECK_FALSE(Rupiah::parse_detailed("Rp. 840.000").has("ambiguous_thousands"));
    // The constructor stays canonical, like decimal.Decimal: "1.500" is 1.5 (scale 3), no note.
    CHECK(Decimal("1.500") == Decimal::parse("1,5"));
    CHECK(Decimal("1.500").scale() == 3);
    // Percent as written, Indonesian comma.
    CHECK(P("70%") == "70");
    CHECK(P("97,25") == "97.25");
    CHECK(P("1.234,5") == "1234.5");
    // The canonical reader refuses the thousands group it cannot see.
    CHECK_FALSE(Decimal::parse_detailed("1.500", ParseOptions::canonical()).has("ambiguous_thousands"));
}

TEST_CASE("invalid texts are rejected with the offset of the first bad character") {
    check_error("27.00.000", "invalid digit grouping", 5);
    try {
        ParseOptions o;
        o.origin = "Tabel 2.2.1";
        (void)Rupiah::parse("27.00.000", o);
        FAIL("no error");
    } catch (const sakip::parse_error& e) {
        CHECK(
            std::string(e.what()) ==
            R"(pengelompokan digit tidak sah / invalid digit grouping in "27.00.000" at offset 5 (from Tabel 2.2.1))");
        CHECK(e.origin() == "Tabel 2.2.1");
    }
    check_error("Rp. 27.00.000,-", "invalid digit grouping", 9);
    check_error("1.0000.000", "invalid digit grouping", 5);
    check_error("1234.567.000", "invalid digit grouping", 4);
    check_error("1.000.00", "invalid digit grouping", 8);
    check_error("", "empty amount", 0);
    check_error("   ", "empty amount", 3);
    check_error("abc", "digit expected", 0);
    check_error("Rp", "digit expected", 2);
    check_error("12a", "unexpected character", 2);
    check_error("1 000", "unexpected character", 2);  // spaces inside a number are not ignored
    check_error("10.000-", "unexpected character", 6);
    check_error("1.000,00,-", "dash suffix after decimals", 8);
    check_error("5,", "digit expected after the decimal separator", 2);
    check_error("1.000.000,5.5", "mixed separators", 1);
    check_error("1,000.000,5", "mixed separators", 1);
    check_error("(1.000", "unbalanced parenthesis", 6);
    check_error("1e", "digit expected in exponent", 2);
    check_error("1.000,5e3", "',' not allowed with an exponent", 5);
    check_error("--5", "digit expected", 1);
    check_error("USD 5", "digit expected", 0);
}

TEST_CASE("options switch decorations off") {
    ParseOptions o;
    o.allow_percent = false;
    check_error("35,55 %", "percent sign not allowed", 6, o);
    o = {};
    o.allow_currency = false;
    check_error("Rp10.000", "currency prefix not allowed", 0, o);
    check_error("10.000,-", "dash suffix not allowed", 6, o);
    o = {};
    o.allow_exponent = false;
    check_error("1E+3", "exponent not allowed", 1, o);
    o = {};
    o.allow_parentheses = false;
    check_error("(5)", "parentheses not allowed", 0, o);
    const auto c = ParseOptions::canonical();
    check_error("1,5", "unexpected ','", 1, c);
    check_error("1.000.000", "second decimal point", 5, c);
    CHECK(Decimal::parse("1.000", c).to_string() == "1.000");
}

TEST_CASE("blanks: spaces and non-breaking spaces around, nothing else") {
    CHECK(R("  Rp 10.000,00  ") == "10000.00");
    CHECK(R("\xC2\xA0Rp\xC2\xA0"
            "10.000,00\xC2\xA0") == "10000.00");
    CHECK(R("\xE2\x80\xAFRp\xE2\x80\xAF"
            "10.000") == "10000.00");
    CHECK(R("\tRp10.000\t") == "10000.00");
    CHECK(P("35,55\xC2\xA0%") == "35.55");
    check_error("\xC2\xA9 5", "digit expected", 0);
    check_error("5\xC2", "unexpected character", 1);
}

TEST_CASE("signs and parentheses") {
    CHECK(R("-Rp10.000,00") == "-10000.00");
    CHECK(R("Rp -10.000,00") == "-10000.00");
    CHECK(R("Rp-10.000,00") == "-10000.00");
    CHECK(R("(Rp10.000,00)") == "-10000.00");
    CHECK(R("( Rp 10.000,- )") == "-10000.00");
    CHECK(Rupiah::parse_detailed("(Rp10.000,00)").has("parentheses"));
    check_error("(-5)", "sign inside parentheses", 1);
    check_error("-Rp-5", "digit expected", 3);
    CHECK(P("-0") == "0");
    CHECK(R("-0,00") == "0.00");
}

TEST_CASE("Rupiah never rounds below the sen") {
    CHECK(R("1.000,50") == "1000.50");
    CHECK(R("1.000,500") == "1000.50");  // zero beyond the sen is exact
    CHECK(R("0,1") == "0.10");
    try {
        (void)Rupiah::parse("Rp1.000,505");
        FAIL("no error");
    } catch (const sakip::parse_error& e) {
        CHECK(e.reason() == "lebih dari 2 angka desimal (di bawah sen)");
        CHECK(e.reason_en() == "more than 2 decimal places (below the sen)");
        CHECK(e.offset() == 10);
    }
    CHECK_THROWS_AS(Rupiah::parse("1.5E-3"), sakip::parse_error);
    CHECK_THROWS_AS(Rupiah::parse("35,55 %"), sakip::parse_error);
    CHECK(R("1E+3") == "1000.00");
}

TEST_CASE("overflow while parsing") {
    CHECK(P("99999999999999999999999999999999999999") == "99999999999999999999999999999999999999");
    CHECK(P("0000000000099999999999999999999999999999999999999") == "99999999999999999999999999999999999999");
    CHECK_THROWS_AS(Decimal::parse("100000000000000000000000000000000000000"), sakip::overflow_error);
    CHECK_THROWS_AS(Decimal::parse("100.000.000.000.000.000.000.000.000.000.000.000.000"), sakip::overflow_error);
    CHECK_THROWS_AS(Decimal::parse("1E+99999999999999999999"), sakip::overflow_error);
    CHECK_THROWS_AS(Decimal::parse("0E-1001"), sakip::overflow_error);
}

TEST_CASE("parse_sen: the batch hot path") {
    CHECK(Rupiah::parse_sen("Rp 13.578.653.418,-") == 1357865341800);
    CHECK(Rupiah::parse_sen("Rp900.500,50") == 90050050);
    CHECK(Rupiah::parse_sen("-Rp0,05") == -5);
    CHECK(Rupiah::parse_sen("86,347,000") == 8634700000);
    CHECK(Rupiah::parse_sen("1E+3") == 100000);
    CHECK(Rupiah::parse_sen("1,500") == 150);
    CHECK(Rupiah::parse_sen("92233720368547758,07") == std::numeric_limits<std::int64_t>::max());
    CHECK(Rupiah::parse_sen("-92233720368547758,07") == -std::numeric_limits<std::int64_t>::max());
    CHECK_THROWS_AS(Rupiah::parse_sen("92233720368547758,08"), sakip::overflow_error);
    CHECK_THROWS_AS(Rupiah::parse_sen("1E+30"), sakip::overflow_error);
    CHECK_THROWS_AS(Rupiah::parse_sen("27.00.000"), sakip::parse_error);
    CHECK_THROWS_AS(Rupiah::parse_sen("1,505"), sakip::parse_error);
    CHECK(Rupiah::parse_sen("0E-900") == 0);
}

TEST_CASE("parse_sen fast path: long grouped numbers fall back instead of overflowing") {
    // Found by fuzz_parse_rupiah: the int64 fast path multiplied before checking its digit
    // budget (UBSan: signed overflow). Kept in fuzz/corpus/parse_rupiah as well.
    const std::string text = "           9.469.000.006.439.469.000j     \x7f@";
    CHECK_THROWS_AS(sakip::Rupiah::parse_sen(text), sakip::parse_error);
    CHECK(sakip::Rupiah::parse_sen("9.469.000.006.439.469") == 946900000643946900);  // 16 digits + sen
    CHECK_THROWS_AS(sakip::Rupiah::parse_sen("94.690.000.064.394.690"), sakip::overflow_error);
    CHECK(sakip::Rupiah::parse_sen("Rp 88.799.000,-") == 8879900000);
    CHECK(sakip::Rupiah::parse_sen("-Rp5.000,5") == -500050);
    CHECK(sakip::Rupiah::parse_sen("13.642.000.-") == 1364200000);
}

TEST_CASE("messages show control characters escaped and are never cut") {
    // A NUL inside the text cut what() at the NUL: 'unexpected character in "1' (issue 12, item 13).
    const std::string text(
        "1\0"
        "2",
        3);
    try {
        (void)Rupiah::parse(text);
        FAIL("no parse_error");
    } catch (const sakip::parse_error& e) {
        CHECK(e.text() == text);  // the text itself is kept as it was
        CHECK(std::string(e.what()) == "karakter tidak diharapkan / unexpected character in \"1\\x002\" at offset 1");
    }
    try {
        (void)Decimal::parse("5\t\x1f\x7f\"\\", ParseOptions{.origin = "tab\nel"});
        FAIL("no parse_error");
    } catch (const sakip::parse_error& e) {
        CHECK(std::string(e.what()) ==
              "karakter tidak diharapkan / unexpected character in \"5\\x09\\x1f\\x7f\\\"\\\\\" at offset 2 (from "
              "tab\\x0ael)");  // the tab is a
                               // blank
    }
    CHECK(sakip::quoted(std::string("a\0b", 3)) == "\"a\\x00b\"");
    CHECK(sakip::quoted("Rp \xC2\xA0") == "\"Rp \xC2\xA0\"");  // UTF-8 is kept as it is
}

TEST_CASE("an amount beyond the limits names the text and the limit") {
    const std::string nines(38, '9');
    try {  // "quantize: result exceeds 38 significant digits" before (issue 12, item 13)
        (void)Rupiah::parse(nines, ParseOptions{.origin = "item 3"});
        FAIL("no overflow_error");
    } catch (const sakip::overflow_error& e) {
        CHECK(std::string(e.what()) ==
              "lebih dari 36 digit sebelum tanda desimal: rupiah dengan sen memuat paling banyak 38 digit "
              "bermakna / more than 36 digits before the decimal mark: a rupiah amount with sen holds at most 38 "
              "significant digits in \"" +
                  nines + "\" (from item 3)");
    }
    CHECK(Rupiah::parse(std::string(36, '9')).to_string() == std::string(36, '9') + ".00");  // the most
    CHECK(Rupiah::parse("1E+35").to_string() == "1" + std::string(35, '0') + ".00");
    CHECK_THROWS_AS((void)Rupiah::parse("1E+36"), sakip::overflow_error);
    try {
        (void)Decimal::parse(nines + "9", ParseOptions{.origin = "B7"});
        FAIL("no overflow_error");
    } catch (const sakip::overflow_error& e) {
        CHECK(std::string(e.what()) == "lebih dari 38 digit bermakna / more than 38 significant digits in \"" + nines +
                                           "9\" at offset 38 (from B7)");
    }
    try {
        (void)Decimal::parse("1E+1001");
        FAIL("no overflow_error");
    } catch (const sakip::overflow_error& e) {
        CHECK(std::string(e.what()).find("\"1E+1001\" at offset 1") != std::string::npos);
    }
    try {
        (void)Rupiah::parse_sen("92.233.720.368.547.758,08", ParseOptions{.origin = "item 1"});
        FAIL("no overflow_error");
    } catch (const sakip::overflow_error& e) {
        CHECK(std::string(e.what()).find("int64 sen") != std::string::npos);
        CHECK(std::string(e.what()).find("\"92.233.720.368.547.758,08\" (from item 1)") != std::string::npos);
    }
}
