// Figures a report (LKjIP) printed, kept separately from the inputs they were derived from:
// every realisasi %, capaian %, kategori, average, efficiency, share, absorption, trend value and
// count, with where it was printed and its text exactly as printed ("103,1%", "96,35", "Cukup").
// The audit recomputes them; the model never overwrites or normalises them.
// Also: the report's own ordinal scale(s) and the cascading chart (pohon kinerja) as printed.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <sakip/decimal/decimal.hpp>
#include <sakip/model/describe.hpp>
#include <sakip/model/kode.hpp>
#include <sakip/model/nilai.hpp>
#include <sakip/model/ukuran.hpp>

namespace sakip {

struct Angka {
    std::string id;            // "t339.02.serapan"
    std::string sumber;        // "Tabel 3.3.9"
    std::optional<int> baris;  // line in the source text
    std::string ref;           // JSON Pointer to what the figure is about ("/dpa/2020/program/02")
    std::string ukuran;        // which measure ("serapan")
    std::optional<int> tahun;
    std::string terhadap;  // "porsi" only: JSON Pointer of the whole
    std::string kategori;  // "jumlah_kategori" only: the category counted
    // A year-on-year change (selisih_* in points, perubahan_* relative): the earlier year (default: the
    // figure's year − 1) and the direction the report's words give ("naik", "turun"; "" when the
    // printed number carries its own sign): the printed number is then the change's magnitude.
    std::optional<int> tahun_banding;
    std::string arah;
    std::string teks;     // exactly as printed: "96,35", "103,1%", "Cukup", "5 (enam)"
    std::string konteks;  // surrounding printed words, when useful
    Catatan catatan;

    // The number in `teks` where it reads as one, computed on demand (the loader never parses
    // printed figures): Decimal::parse_detailed with Indonesian separators, '%' and "Rp" allowed.
    // "103,1%" -> 103.1, "96,35" -> 96.35, "Rp. 13.578.653.418,-" -> 13578653418; std::nullopt for
    // labels ("Cukup") and texts that are not a single number ("5 (enam)", "Rp. 27.00.000,-").
    std::optional<ParseResult<Decimal>> parse() const;
    std::optional<Decimal> nilai() const;

    friend bool operator==(const Angka&, const Angka&) = default;
};

constexpr auto describe(type_tag<Angka>) {
    return describe_struct<Angka>(
        "angka", "a figure the report printed",
        field("id", &Angka::id, Presence::key, "the figure id (its key)", "#id"),
        field("sumber", &Angka::sumber, Presence::required, "where it was printed (\"Tabel 3.3.9\")"),
        field("baris", &Angka::baris, Presence::optional, "its line in the source text", "int1"),
        field("ref", &Angka::ref, Presence::required, "the JSON Pointer of what it is about", "#pointer"),
        field("ukuran", &Angka::ukuran, Presence::required, "which measure", "#ukuran"),
        field("tahun", &Angka::tahun, Presence::optional, "the year it is of", "#tahun"),
        field("terhadap", &Angka::terhadap, Presence::optional, "porsi only: the JSON Pointer of the whole",
              "#pointer"),
        field("kategori", &Angka::kategori, Presence::optional, "jumlah_kategori only: the category counted", "text!"),
        field("tahun_banding", &Angka::tahun_banding, Presence::optional,
              "selisih_* and perubahan_* only: the earlier year compared with (default: the figure's year - 1)",
              "#tahun"),
        field("arah", &Angka::arah, Presence::optional,
              "selisih_* and perubahan_* only: the direction the words print (kenaikan: naik, penurunan: turun); "
              "the printed number is then the magnitude",
              R"({"enum":["naik","turun"]})"),
        field("teks", &Angka::teks, Presence::required, "exactly as printed", "text"),
        field("konteks", &Angka::konteks, Presence::optional, "the surrounding printed words"),
        catatan_field(&Angka::catatan));
}

struct KelasSkala {
    std::optional<int> nomor;
    std::string interval;   // as printed: "76 % ≤ 100 %"
    std::string kriteria;   // "Baik"
    std::string singkatan;  // "B"
    friend bool operator==(const KelasSkala&, const KelasSkala&) = default;
};

constexpr auto describe(type_tag<KelasSkala>) {
    return describe_struct<KelasSkala>(
        "", "one class of a printed scale",
        field("nomor", &KelasSkala::nomor, Presence::optional, "its number", "int1"),
        field("interval", &KelasSkala::interval, Presence::required, "the interval as printed"),
        field("kriteria", &KelasSkala::kriteria, Presence::required, "the criterion (\"Baik\")"),
        field("singkatan", &KelasSkala::singkatan, Presence::optional, "its abbreviation"));
}

// An ordinal scale as the report printed it: the report's own scale, which the evaluation reads into
// exact bands (skala_tercetak, measure/skala.hpp) and the audit judges the report's kategori on.
struct SkalaTercetak {
    std::string id;  // "tabel_3_1_1"
    std::string judul;
    std::string sumber;
    std::optional<int> baris;
    std::string dasar;         // the regulation it cites, as printed
    std::string baku;          // the shipped scale the report names ("permendagri_86_2017"), if any
    std::string aturan_celah;  // how its gaps are closed: "batas_atas" (the default when empty) or "batas_bawah"
    std::vector<KelasSkala> kelas;
    Catatan catatan;
    friend bool operator==(const SkalaTercetak&, const SkalaTercetak&) = default;
};

constexpr auto describe(type_tag<SkalaTercetak>) {
    return describe_struct<SkalaTercetak>(
        "skala", "an ordinal scale as the report printed it",
        field("id", &SkalaTercetak::id, Presence::key, "the scale id (its key)", "#id"),
        field("judul", &SkalaTercetak::judul, Presence::optional, "its title"),
        field("sumber", &SkalaTercetak::sumber, Presence::required, "where it was printed"),
        field("baris", &SkalaTercetak::baris, Presence::optional, "its line in the source text", "int1"),
        field("dasar", &SkalaTercetak::dasar, Presence::optional, "the regulation it cites"),
        field("baku", &SkalaTercetak::baku, Presence::optional,
              "the shipped scale the report names, used when no class is printed",
              R"({"enum":["permendagri_86_2017"]})"),
        field("aturan_celah", &SkalaTercetak::aturan_celah, Presence::optional,
              "how gaps between printed classes are closed (default batas_atas)",
              R"({"enum":["batas_atas","batas_bawah"]})"),
        field("kelas", &SkalaTercetak::kelas, Presence::optional, "its classes (required without baku)", "+"),
        catatan_field(&SkalaTercetak::catatan));
}

struct Laporan {
    int tahun = 0;
    std::vector<SkalaTercetak> skala;  // in document order
    std::vector<Angka> angka;          // in document order

    const Angka* find_angka(std::string_view id) const noexcept;
    // Every figure about `ref` (exact pointer match), in document order.
    std::vector<const Angka*> angka_tentang(std::string_view ref) const;
    friend bool operator==(const Laporan&, const Laporan&) = default;
};

constexpr auto describe(type_tag<Laporan>) {
    return describe_struct<Laporan>("laporan_tahun", "the figures a report of one year printed",
                                    field("tahun", &Laporan::tahun, Presence::implied, "its year (the key of laporan)"),
                                    field("skala", &Laporan::skala, Presence::optional, "the printed scales by id"),
                                    field("angka", &Laporan::angka, Presence::optional, "the printed figures by id"));
}

// The cascading chart (pohon kinerja / "cascading") as printed.
struct PohonProgram {
    std::string nama;
    std::optional<Kode> program;
    std::vector<std::string> kegiatan;
    friend bool operator==(const PohonProgram&, const PohonProgram&) = default;
};

constexpr auto describe(type_tag<PohonProgram>) {
    return describe_struct<PohonProgram>(
        "", "a program of the pohon kinerja", field("nama", &PohonProgram::nama, Presence::required, "its name"),
        field("program", &PohonProgram::program, Presence::optional, "its code"),
        field("kegiatan", &PohonProgram::kegiatan, Presence::optional, "its kegiatan as printed", "[text]"));
}

struct PohonKinerja {
    int tahun = 0;
    std::string sumber;
    std::string misi;
    std::vector<std::string> tujuan;
    std::vector<std::string> sasaran;
    std::vector<PohonProgram> program;
    std::vector<std::string> penanggung_jawab;
    Catatan catatan;
    friend bool operator==(const PohonKinerja&, const PohonKinerja&) = default;
};

constexpr auto describe(type_tag<PohonKinerja>) {
    return describe_struct<PohonKinerja>(
        "pohon_kinerja", "the cascading chart of one year as printed",
        field("tahun", &PohonKinerja::tahun, Presence::implied, "its year (the key of pohon_kinerja)"),
        field("sumber", &PohonKinerja::sumber, Presence::optional, "where it was printed"),
        field("misi", &PohonKinerja::misi, Presence::optional, "the misi as printed"),
        field("tujuan", &PohonKinerja::tujuan, Presence::optional, "the tujuan as printed", "[text]"),
        field("sasaran", &PohonKinerja::sasaran, Presence::optional, "the sasaran as printed", "[text]"),
        field("program", &PohonKinerja::program, Presence::optional, "the programs"),
        field("penanggung_jawab", &PohonKinerja::penanggung_jawab, Presence::optional, "who is responsible, as printed",
              "[text]"),
        catatan_field(&PohonKinerja::catatan));
}

}  // namespace sakip
