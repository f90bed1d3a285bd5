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
#include <sakip/model/kode.hpp>
#include <sakip/model/nilai.hpp>

namespace sakip {

// The measure names ("ukuran") a reported figure may carry: "target", "realisasi", "capaian",
// "kategori", "rata_rata_capaian", "efisiensi", "serapan", "porsi", "anggaran", ...
std::span<const std::string_view> ukuran_names() noexcept;
bool is_ukuran(std::string_view name) noexcept;

struct Angka {
    std::string id;            // "t339.02.serapan"
    std::string sumber;        // "Tabel 3.3.9"
    std::optional<int> baris;  // line in the source text
    std::string ref;           // JSON Pointer to what the figure is about ("/dpa/2020/program/02")
    std::string ukuran;        // which measure ("serapan")
    std::optional<int> tahun;
    std::string terhadap;  // "porsi" only: JSON Pointer of the whole
    std::string kategori;  // "jumlah_kategori" only: the category counted
    std::string teks;      // exactly as printed: "96,35", "103,1%", "Cukup", "5 (enam)"
    std::string konteks;   // surrounding printed words, when useful
    Catatan catatan;

    // The number in `teks` where it reads as one, computed on demand (the loader never parses
    // printed figures): Decimal::parse_detailed with Indonesian separators, '%' and "Rp" allowed.
    // "103,1%" -> 103.1, "96,35" -> 96.35, "Rp. 13.578.653.418,-" -> 13578653418; std::nullopt for
    // labels ("Cukup") and texts that are not a single number ("5 (enam)", "Rp. 27.00.000,-").
    std::optional<ParseResult<Decimal>> parse() const;
    std::optional<Decimal> nilai() const;

    friend bool operator==(const Angka&, const Angka&) = default;
};

struct KelasSkala {
    std::optional<int> nomor;
    std::string interval;   // as printed: "76 % ≤ 100 %"
    std::string kriteria;   // "Baik"
    std::string singkatan;  // "B"
    friend bool operator==(const KelasSkala&, const KelasSkala&) = default;
};

// An ordinal scale as the report printed it (the measures define exact, gap-free scales).
struct SkalaTercetak {
    std::string id;  // "tabel_3_1_1"
    std::string judul;
    std::string sumber;
    std::optional<int> baris;
    std::string dasar;  // the regulation it cites
    std::vector<KelasSkala> kelas;
    Catatan catatan;
    friend bool operator==(const SkalaTercetak&, const SkalaTercetak&) = default;
};

struct Laporan {
    int tahun = 0;
    std::vector<SkalaTercetak> skala;  // in document order
    std::vector<Angka> angka;          // in document order

    const Angka* find_angka(std::string_view id) const noexcept;
    // Every figure about `ref` (exact pointer match), in document order.
    std::vector<const Angka*> angka_tentang(std::string_view ref) const;
    friend bool operator==(const Laporan&, const Laporan&) = default;
};

// The cascading chart (pohon kinerja / "cascading") as printed.
struct PohonProgram {
    std::string nama;
    std::optional<Kode> program;
    std::vector<std::string> kegiatan;
    friend bool operator==(const PohonProgram&, const PohonProgram&) = default;
};

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

}  // namespace sakip
