// NIP and program/kegiatan code parsing.
#include <doctest/doctest.h>

#include <sakip/error.hpp>
#include <sakip/model/kode.hpp>
#include <sakip/model/nip.hpp>

#include <string>

using sakip::Kode;
using sakip::LevelKode;
using sakip::Nip;
using sakip::SkemaKode;

TEST_CASE("NIP: grouped and ungrouped forms are equal") {
    Nip a = Nip::parse("19750919 200604 1 009");
    Nip b = Nip::parse("197509192006041009");
    Nip c = Nip::parse("19631018 1982031003");
    CHECK(a == b);
    CHECK(a.digits() == "197509192006041009");
    CHECK(a.format() == "19750919 200604 1 009");
    CHECK(a.tahun_lahir() == 1975);
    CHECK(a.bulan_lahir() == 9);
    CHECK(a.hari_lahir() == 19);
    CHECK(a.tahun_tmt() == 2006);
    CHECK(a.bulan_tmt() == 4);
    CHECK(a.jenis_kelamin() == 1);
    CHECK(a.nomor_urut() == 9);
    CHECK(c.format() == "19631018 198203 1 003");
    CHECK(Nip::parse("  19621231 198206 2 078 ").jenis_kelamin() == 2);
    CHECK(Nip::parse("19640229 199302 1 012").hari_lahir() == 29);  // leap year
}

TEST_CASE("NIP: structural errors are parse_errors with a reason") {
    auto reason = [](const char* text) {
        try {
            (void)Nip::parse(text, "/pejabat/0/nip");
        } catch (const sakip::parse_error& e) {
            CHECK(e.origin() == "/pejabat/0/nip");
            CHECK(e.reason() == e.pesan().id);
            CHECK(e.reason_en() == e.pesan().en);
            return e.pesan();
        }
        return sakip::Pesan{"accepted", "accepted"};
    };
    CHECK(reason("19750919 200604 1 00") ==
          sakip::Pesan{"NIP memuat 17 digit, diharapkan 18", "NIP has 17 digits, expected 18"});
    CHECK(reason("19750919 200604 1 0091") ==
          sakip::Pesan{"NIP memuat lebih dari 18 digit", "NIP has more than 18 digits"});
    CHECK(reason("19750919-200604-1-009") ==
          sakip::Pesan{"NIP hanya boleh memuat digit dan spasi", "NIP may hold only digits and spaces"});
    CHECK(reason("") == sakip::Pesan{"NIP kosong", "empty NIP"});
    CHECK(reason("19751319 200604 1 009") ==
          sakip::Pesan{"bulan lahir NIP 13 bukan 01-12", "NIP birth month 13 is not 01-12"});
    CHECK(reason("19750230 200604 1 009") ==
          sakip::Pesan{"tanggal lahir NIP 1975-02-30 bukan tanggal kalender yang sah",
                       "NIP birth date 1975-02-30 is not a calendar date"});
    CHECK(reason("19630229 199302 1 012") ==
          sakip::Pesan{"tanggal lahir NIP 1963-02-29 bukan tanggal kalender yang sah",
                       "NIP birth date 1963-02-29 is not a calendar date"});
    CHECK(reason("19750919 200613 1 009") ==
          sakip::Pesan{"bulan TMT CPNS NIP 13 bukan 01-12", "NIP TMT CPNS month 13 is not 01-12"});
    CHECK(reason("19750919 200600 1 009") ==
          sakip::Pesan{"bulan TMT CPNS NIP 00 bukan 01-12", "NIP TMT CPNS month 00 is not 01-12"});
    CHECK(reason("19750919 197001 1 009") == sakip::Pesan{"tahun TMT CPNS NIP 1970 sebelum tahun lahir 1975",
                                                          "NIP TMT CPNS year 1970 is before the birth year 1975"});
    CHECK(reason("1975 0919 200604 1 009") == sakip::Pesan{"spasi dalam NIP hanya boleh di antara kelompoknya 8-6-1-3",
                                                           "NIP may have a space only between its groups 8-6-1-3"});
    CHECK(reason("19750919  200604 1 009") ==
          sakip::Pesan{"NIP memuat dua spasi berturut-turut", "NIP has two spaces in a row"});
    CHECK(reason("19750919 200604 3 009") ==
          sakip::Pesan{"digit jenis kelamin NIP 3, diharapkan 1 atau 2", "NIP sex digit is 3, expected 1 or 2"});
    CHECK(reason("19750919 200604 1 000") == sakip::Pesan{"nomor urut NIP 000", "NIP sequence number is 000"});
    CHECK(reason("18990919 200604 1 009") ==
          sakip::Pesan{"tahun lahir NIP 1899 sebelum 1900", "NIP birth year 1899 is before 1900"});
    try {
        (void)Nip::parse("19751319 200604 1 009");
        FAIL("accepted");
    } catch (const sakip::parse_error& e) {
        CHECK(e.offset() == 4);
        CHECK(std::string(e.what()).find("19751319 200604 1 009") != std::string::npos);
    }
    std::string why;
    CHECK_FALSE(Nip::try_parse("1975", &why));
    CHECK(why == "NIP has 4 digits, expected 18");  // English only
    sakip::Pesan pesan;
    CHECK_FALSE(Nip::try_parse("1975", &pesan));
    CHECK(pesan == sakip::Pesan{"NIP memuat 4 digit, diharapkan 18", "NIP has 4 digits, expected 18"});
    CHECK(Nip::try_parse("19750919 200604 1 009"));
}

TEST_CASE("Kode: Permendagri 13/2006 compact codes") {
    Kode p = Kode::parse("01"), k = Kode::parse("0102"), k5 = Kode::parse("80617");
    CHECK(p.skema() == SkemaKode::permendagri_13_2006);
    CHECK_FALSE(p.level());  // the digits alone do not fix the level
    CHECK(p.text() == "01");
    CHECK(k.is_under(p));
    CHECK(k5.is_under(Kode::parse("80")));
    CHECK(Kode::parse("0102001").is_under(k));
    CHECK_FALSE(p.is_under(k));
    CHECK_FALSE(Kode::parse("0201").is_under(p));
    CHECK_FALSE(p.is_under(p));
    CHECK(Kode::parse("1") != p);  // no normalisation in the compact scheme
    CHECK(Kode::parse(" 01 ") == p);
    CHECK_FALSE(k.parent());
    CHECK_FALSE(k.program());
    CHECK_THROWS_AS((void)Kode::parse("01a"), sakip::parse_error);
    CHECK_THROWS_AS((void)Kode::parse(""), sakip::parse_error);
    CHECK_THROWS_AS((void)Kode::parse("-1"), sakip::parse_error);
}

TEST_CASE("Kode: Permendagri 90/2019 dotted codes, zero-padding normalised") {
    Kode s = Kode::parse("1.1.1.02.1.1");
    CHECK(s.str() == "1.01.01.2.01.0001");
    CHECK(s.text() == "1.1.1.02.1.1");
    CHECK(s == Kode::parse("1.01.01.2.01.0001"));
    CHECK(s.skema() == SkemaKode::permendagri_90_2019);
    CHECK(s.level() == LevelKode::sub_kegiatan);
    CHECK(s.parent()->str() == "1.01.01.2.01");
    CHECK(s.parent()->level() == LevelKode::kegiatan);
    CHECK(s.program()->str() == "1.01.01");
    CHECK(s.parent()->parent()->str() == "1.01.01");
    CHECK(s.parent()->parent()->parent()->str() == "1.01");
    CHECK(s.parent()->parent()->parent()->parent()->str() == "1");
    CHECK_FALSE(Kode::parse("1").parent());
    CHECK(s.is_under(Kode::parse("1.01.01")));
    CHECK(s.is_under(Kode::parse("1.01.01.2.01")));
    CHECK_FALSE(s.is_under(Kode::parse("1.01.02")));
    CHECK_FALSE(Kode::parse("1.01.01.2.01.0001").is_under(Kode::parse("1.01.01.2.01.0001")));
    CHECK_FALSE(s.is_under(Kode::parse("01")));  // different schemes
    CHECK(Kode::parse("7.01.001").str() == "7.01.01");
    CHECK(Kode::parse("7.01.01") < Kode::parse("7.01.02"));
    std::string why;
    CHECK_FALSE(Kode::try_parse("1.01.01.2", &why));
    CHECK(why == "a Permendagri 90/2019 code has 1, 2, 3, 5 or 6 segments, not 4");
    CHECK_FALSE(Kode::try_parse("1.01.123", &why));
    CHECK(why == "segment 3 \"123\" has more than 2 digits");
    sakip::Pesan pesan;
    CHECK_FALSE(Kode::try_parse("1.01.123", &pesan));
    CHECK(pesan ==
          sakip::Pesan{"segmen 3 \"123\" memuat lebih dari 2 digit", "segment 3 \"123\" has more than 2 digits"});
    CHECK_FALSE(Kode::try_parse("1.01.01.2", &pesan));
    CHECK(pesan.id == "kode Permendagri 90/2019 memuat 1, 2, 3, 5 atau 6 segmen, bukan 4");
    CHECK_FALSE(Kode::try_parse("1..01", &why));
    CHECK(why == "empty segment in code");
    CHECK_FALSE(Kode::try_parse("1.01.01.2.01.0001.1", &why));
    CHECK_FALSE(Kode::try_parse("1.0a", &why));
    CHECK(why == "a code holds only digits and dots");
    try {
        (void)Kode::parse("1.01.123", "/dpa/2021/program/1.01.123");
        FAIL("accepted");
    } catch (const sakip::parse_error& e) {
        CHECK(e.offset() == 5);
        CHECK(e.origin() == "/dpa/2021/program/1.01.123");
    }
}
