// The rules of a SIPD-style DPA table and its CSV front end (include/sakip/io/dpa_tabel.hpp).
#include <doctest/doctest.h>

#include <sakip/io/dpa_tabel.hpp>
#include <sakip/io/json.hpp>

#include <fstream>
#include <sstream>
#include <string>

using namespace sakip;

namespace {

std::string baca(const std::string& rel) {
    std::ifstream in(std::string(SAKIP_SOURCE_DIR) + "/" + rel, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

OpsiImporDpa opsi_csv(int tahun = 2021) {
    OpsiImporDpa o;
    o.tahun = tahun;
    o.sumber = "dpa.csv";
    return o;
}

std::vector<MasalahImpor> masalah_dari(std::string_view csv) {
    try {
        (void)impor_dpa_csv(csv, opsi_csv());
    } catch (const impor_dpa_error& e) {
        return e.masalah();
    }
    FAIL("expected an impor_dpa_error");
    return {};
}

}  // namespace

TEST_CASE("column names: one table, any case, blanks and a trailing (Rp) folded") {
    CHECK(kolom_dpa("KODE REKENING") == KolomDpa::kode);
    CHECK(kolom_dpa("  Kode  ") == KolomDpa::kode);
    CHECK(kolom_dpa("ANGGARAN (Rp)") == KolomDpa::pagu);
    CHECK(kolom_dpa("Pagu") == KolomDpa::pagu);
    CHECK(kolom_dpa("Realisasi") == KolomDpa::realisasi);
    CHECK(kolom_dpa("%") == KolomDpa::persen);
    CHECK(kolom_dpa("Uraian") == KolomDpa::uraian);
    CHECK_FALSE(kolom_dpa("Sumber Dana").has_value());
    CHECK(nama_kolom_dpa().size() > 20);
}

TEST_CASE("the SIPD export of tests/data/sipd: tree, rekening, printed figures, rows accounted for") {
    const HasilImporDpa h = impor_dpa_csv(baca("tests/data/sipd/dpa-2021.csv"), opsi_csv());
    const Dpa& d = h.dpa;
    CHECK(d.tahun == 2021);
    CHECK(d.skema_kode == SkemaKode::permendagri_90_2019);
    REQUIRE(d.program.size() == 2);
    const Program& p1 = d.program[0];
    CHECK(p1.kode.text() == "7.01.01");
    CHECK(p1.rencana->value == Rupiah(250000000LL));
    CHECK(p1.rencana->text == "250.000.000,00");  // as printed
    REQUIRE(p1.kegiatan.size() == 2);
    REQUIRE(p1.kegiatan[0].sub_kegiatan.size() == 2);
    const SubKegiatan& s1 = p1.kegiatan[0].sub_kegiatan[0];
    CHECK(s1.kode.str() == "7.01.01.2.01.0001");
    // two rekening 60.000.000 + 40.000.000 = the printed 100.000.000, 57 + 38 = 95 juta
    REQUIRE(s1.catatan.size() == 1);
    CHECK(s1.catatan[0] ==
          "2 rekening (baris 12-13); Σ pagu Rp100.000.000; Σ realisasi Rp95.000.000; 2 % rekening tidak disimpan / not "
          "kept");
    // empty realisasi: unknown, never 0
    const Kegiatan& k2 = p1.kegiatan[1];
    CHECK_FALSE(k2.realisasi.has_value());
    CHECK_FALSE(k2.sub_kegiatan[0].realisasi.has_value());
    CHECK(k2.sub_kegiatan[0].rencana->value == Rupiah(95000000LL));

    CHECK(h.jumlah_baris(JenisBaris::judul) == 3);
    CHECK(h.jumlah_baris(JenisBaris::kosong) == 1);
    CHECK(h.jumlah_baris(JenisBaris::header) == 1);
    CHECK(h.jumlah_baris(JenisBaris::nomor_kolom) == 1);
    CHECK(h.jumlah_baris(JenisBaris::urusan) == 2);
    CHECK(h.jumlah_baris(JenisBaris::program) == 2);
    CHECK(h.jumlah_baris(JenisBaris::kegiatan) == 3);
    CHECK(h.jumlah_baris(JenisBaris::sub_kegiatan) == 4);
    CHECK(h.jumlah_baris(JenisBaris::rekening) == 2);
    CHECK(h.jumlah_baris(JenisBaris::total) == 1);
    CHECK(h.jumlah_baris(JenisBaris::dilewati) == 1);
    std::size_t rows = 0;
    for (std::size_t n : h.jumlah) rows += n;
    CHECK(rows == 21);  // every line of the file
    CHECK(h.baris.front().nomor == 1);
    CHECK(h.baris.back().jenis == JenisBaris::total);
    CHECK(h.baris.back().nomor == 21);

    // printed %: 8 node rows (the sub kegiatan 7.01.01.2.02.0001 and its kegiatan print none) + the total
    // row's pagu, realisasi and %; rekening % are not kept (a warning says so)
    std::size_t serapan = 0;
    for (const Angka& a : h.angka) serapan += a.ukuran == "serapan";
    CHECK(serapan == 8);
    CHECK(h.angka.size() == 10);
    const Angka& planted = h.angka[3];
    CHECK(planted.id == "sipd.14.serapan");
    CHECK(planted.ref == "/dpa/2021/program/7.01.01/kegiatan/7.01.01.2.01/sub_kegiatan/7.01.01.2.01.0002");
    CHECK(planted.teks == "95,00");
    CHECK(planted.sumber == "dpa.csv:14:5");
    CHECK(h.angka[7].ukuran == "total_rencana");
    CHECK(h.angka[7].ref == "/dpa/2021/program");
    CHECK(h.angka[7].teks == "330.000.000,00");
    REQUIRE(h.peringatan.size() == 1);
    CHECK(h.peringatan[0].find("2 % tercetak pada baris rekening") != std::string::npos);
}

TEST_CASE("the imported DPA in a document saves and loads back equal") {
    const HasilImporDpa h = impor_dpa_csv(baca("tests/data/sipd/dpa-2021.csv"), opsi_csv());
    const Dokumen doc = dokumen_dpa(h, "Kecamatan Kajuara");
    const Dokumen back = load_json(save(doc));
    CHECK(back == doc);
    CHECK(back.laporan.at(2021).angka.size() == 10);
    CHECK_THROWS_AS(pasang_dpa(doc, h, false), error);
    const Dokumen again = pasang_dpa(doc, h, true);
    CHECK(again.laporan.at(2021).angka.size() == 10);  // the earlier import's figures replaced
}

TEST_CASE("separator ',' with quoted Indonesian amounts, CRLF, BOM; 13/2006 codes; rekening as the amount") {
    const std::string csv =
        "\xEF\xBB\xBF"
        "Kode,Uraian,Pagu,Realisasi\r\n"
        "01,Pelayanan Administrasi Perkantoran,\"1.000.000,00\",\"900.000,50\"\r\n"
        "0102,Penyediaan Jasa Komunikasi,,\r\n"
        "5.2.2.01.01,Belanja ATK,\"600.000\",\"500.000,50\"\r\n"
        "5.2.2.01.02,Belanja Cetak,\"400.000\",\"400.000\"\r\n";
    const HasilImporDpa h = impor_dpa_csv(csv, opsi_csv(2020));
    CHECK(h.dpa.skema_kode == SkemaKode::permendagri_13_2006);
    REQUIRE(h.dpa.program.size() == 1);
    const Kegiatan& k = h.dpa.program[0].kegiatan.at(0);
    CHECK(k.kode.text() == "0102");
    // the kegiatan prints no amount: the Σ of its rekening is its amount, said in its catatan
    CHECK(k.rencana->value == Rupiah(1000000LL));
    CHECK(k.realisasi->value == Rupiah::from_sen(std::int64_t{90000050}));
    CHECK(k.catatan.at(0).find("dipakai sebagai pagu") != std::string::npos);
    CHECK(h.dpa.program[0].realisasi->value == Rupiah::from_sen(std::int64_t{90000050}));
    CHECK(h.jumlah_baris(JenisBaris::rekening) == 2);
}

TEST_CASE("every problem at once, each with its cell") {
    const auto m = masalah_dari(
        "Kode;Uraian;Pagu\n"
        "7.01.01;Program;12,3,4\n"          // line 2: amount
        "7.01.02.2.01;Kegiatan lain;100\n"  // line 3: not under the program above
        "7.01.01;Program lagi;100\n"        // line 4: duplicate
        ";Sisa;500\n"                       // line 5: amounts without a code
        "7.01.01.x;Bad;1\n");               // line 6: not a code
    REQUIRE(m.size() == 5);
    CHECK(m[0].tempat == "dpa.csv:2:3");
    CHECK(m[0].pesan.find("\"12,3,4\"") != std::string::npos);
    CHECK(m[1].tempat == "dpa.csv:3:1");
    CHECK(m[1].pesan.find("tidak di bawah program") != std::string::npos);
    CHECK(m[2].tempat == "dpa.csv:4:1");
    CHECK(m[2].pesan.find("sudah ada di baris 2") != std::string::npos);
    CHECK(m[3].tempat == "dpa.csv:5:1");
    CHECK(m[4].tempat == "dpa.csv:6:1");
}

TEST_CASE("a numeric code cell is an error naming the cell; a lone 1.234 is flagged") {
    OpsiImporDpa o;
    o.tahun = 2021;
    o.sumber = "DPA";
    o.lembar = true;
    ImporDpa imp(o);
    const std::string_view header[] = {"Kode", "Uraian", "Pagu"};
    imp.baris(header, 6);
    const std::string_view row[] = {"1.01", "Program", "1"};
    const std::size_t angka[] = {0};
    imp.baris(row, 7, angka);
    try {
        (void)imp.selesai();
        FAIL("expected an error");
    } catch (const impor_dpa_error& e) {
        REQUIRE(e.masalah().size() == 1);
        CHECK(e.masalah()[0].tempat == "DPA!A7");
        CHECK(std::string(e.what()).starts_with("DPA!A7: kode 1.01 berupa angka"));
    }
    ImporDpa ok(o);
    ok.baris(header, 1);
    const std::string_view r2[] = {"7.01.01", "Program", "1.234"};
    ok.baris(r2, 2);
    const HasilImporDpa h = ok.selesai();
    CHECK(h.dpa.program[0].rencana->value == Rupiah(1234LL));
    REQUIRE(h.peringatan.size() == 1);
    CHECK(h.peringatan[0].starts_with("DPA!C2: pagu \"1.234\" bermakna ganda"));
}

TEST_CASE("no header row") {
    const auto m = masalah_dari("judul\n1;2;3\n");
    REQUIRE(m.size() == 1);
    CHECK(m[0].pesan.starts_with("tidak ada baris header"));
}

TEST_CASE("a byte that is not UTF-8 is an error of its cell (found by fuzz_dpa_tabel: the saver refused it)") {
    const auto m = masalah_dari("Kode;Uraian;Pagu\n7.01.01;Pro\x8cgram;1\n7.01.02;Ok;\xff\n");
    REQUIRE(m.size() == 2);
    CHECK(m[0].tempat == "dpa.csv:2:2");
    CHECK(m[0].pesan.starts_with("byte \\x8c pada posisi 3 bukan UTF-8"));
    CHECK(m[1].tempat == "dpa.csv:3:3");
}

TEST_CASE("a total row inside the table is listed, not kept as the total of all programs") {
    const HasilImporDpa h = impor_dpa_csv(
        "Kode;Uraian;Pagu\n"
        "7.01.01;Program A;100\n"
        ";Jumlah Program A;100\n"  // line 3: data rows follow it
        "7.01.02;Program B;50\n"
        "JUMLAH;;150\n",  // line 5: the table's total
        opsi_csv());
    CHECK(h.jumlah_baris(JenisBaris::total) == 2);
    REQUIRE(h.angka.size() == 1);
    CHECK(h.angka[0].id == "sipd.5.total_rencana");
    CHECK(h.angka[0].teks == "150");
    REQUIRE(h.peringatan.size() == 1);
    CHECK(h.peringatan[0].starts_with("dpa.csv:3:1: baris jumlah di tengah tabel"));
}
