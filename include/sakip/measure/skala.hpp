// Ordinal scales (skala pengukuran ordinal) that turn a capaian into a category, as data.
//
// A scale is a list of bands (pita) in ascending order, each with explicit lower/upper bounds that
// are inclusive or exclusive (or open). Printed scales have gaps ("76–90" then "≥ 91": where is
// 90,5?) and say nothing above 100 or below 0; sakip closes them by ONE documented rule:
//
//   Gap-closing rule: a printed upper bound is authoritative and inclusive; the next band begins
//   strictly above it. The lowest band is open below, the highest open above.
//
// (AturanCelah::batas_atas, the default; batas_bawah is the named alternative). So Permendagri 86/2017
// reads: ≤ 50 | (50, 65] | (65, 75] | (75, 90] | > 90, and 90,5 is Sangat Tinggi. A report's own scale is
// data: laporan.skala holds it as printed and skala_tercetak() reads it (below). Only regulation scales
// are shipped. A scale built band by band is validated: ascending, adjacent bands touch exactly (no gap, no overlap:
// at a shared bound exactly one of the two bands includes it). Its ends may be bounded; a value
// outside a bounded scale has no category.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <sakip/decimal/decimal.hpp>
#include <sakip/measure/rasional.hpp>

namespace sakip {

struct Pita {
    std::string label;             // "Sangat Tinggi"
    std::optional<Decimal> bawah;  // lower bound; nullopt: open (−∞)
    bool bawah_inklusif = true;
    std::optional<Decimal> atas;  // upper bound; nullopt: open (+∞)
    bool atas_inklusif = true;
    std::string tercetak;  // the band as printed ("76–90"), for reports

    bool contains(const Rasional& value) const;
    std::string to_string() const;  // "(75, 90]", "> 90", "≤ 50"
    friend bool operator==(const Pita&, const Pita&) = default;
};

// A class of a printed scale: its interval as printed and its label ("Baik").
struct KelasCetak {
    std::string interval;  // "76 % ≤ 100 %", "Tidak Ada Target"
    std::string label;
    friend bool operator==(const KelasCetak&, const KelasCetak&) = default;
};

class Skala {
public:
    // Validates (sakip::error naming the offending bands): at least one band, non-empty labels,
    // each band non-empty, ascending, adjacent bands touch with exactly one side inclusive.
    // `catatan`: how the bands were read from print (skala_cetak.hpp); `kelas_lain`: printed classes
    // that are not numeric ("Tidak Ada Target"), kept so that their label is known to be the scale's.
    Skala(std::string nama, std::string deskripsi, std::vector<Pita> pita, std::vector<std::string> catatan = {},
          std::vector<KelasCetak> kelas_lain = {});

    const std::string& nama() const noexcept { return nama_; }
    const std::string& deskripsi() const noexcept { return deskripsi_; }
    const std::vector<Pita>& pita() const noexcept { return pita_; }
    const std::vector<std::string>& catatan() const noexcept { return catatan_; }
    const std::vector<KelasCetak>& kelas_lain() const noexcept { return kelas_lain_; }
    // Whether `label` (case-insensitive, blanks trimmed) names a band or another class of the scale.
    bool has_label(std::string_view label) const;

    // The band holding `value`, or nullptr if outside a bounded scale.
    const Pita* find(const Rasional& value) const;

    // Same name, description, bands (bounds by value), notes and other classes.
    friend bool operator==(const Skala&, const Skala&) = default;

private:
    std::string nama_;
    std::string deskripsi_;
    std::vector<Pita> pita_;
    std::vector<std::string> catatan_;
    std::vector<KelasCetak> kelas_lain_;
};

// Shipped scales, by name: regulation scales only ("permendagri_86_2017"); a report's own scale is data
// (laporan.skala, read by skala_tercetak). sakip::error listing the shipped names if unknown.
const Skala& skala(std::string_view nama);
std::vector<std::string> daftar_skala();  // the shipped names

// The category label of `value` on `scale`; nullopt if the value is outside a bounded scale.
std::optional<std::string> kategori(const Rasional& value, const Skala& scale);
std::optional<std::string> kategori(const Rasional& value, std::string_view nama_skala = "permendagri_86_2017");

// ---- reading a scale as a report prints it ---------------------------------------------------------
//
// Each class's interval text ("76 % ≤ 100 %", "91 – 100", "> 100 %", "≤ 50", "0 – 49,99", "100",
// "> 85 – 100", "> 75 s.d. < 85", "85 < x ≤ 100") and its label, in any order, become the bands of a Skala. Printed
// bands leave gaps (66–75 then 76–90: where is 75,5?), may both print a shared bound, and say nothing below the lowest
// or above the highest band. One named rule closes them (AturanCelah), and every gap closed is written into
// Skala::catatan(), so a report can say how its scale was read. Bands that overlap over more than a point are an error:
// no rule can tell which one was meant.

// How gaps between printed bands are closed.
//   batas_atas  (default; sakip's documented rule since the first version): a printed upper bound is
//               authoritative and inclusive; the band above begins strictly above it (66–75 | 76–90
//               reads (65, 75] | (75, 90], so 75,5 is in 76–90).
//   batas_bawah: a printed lower bound is authoritative and inclusive; the band below ends strictly
//               below it (66–75 | 76–90 reads [66, 76) | [76, 91), so 75,5 is in 66–75).
// Under both, the lowest band is open below and the highest open above.
enum class AturanCelah { batas_atas, batas_bawah };

std::string_view nama_aturan_celah(AturanCelah a) noexcept;  // "batas_atas", "batas_bawah"
// sakip::error listing the valid names for anything else (case-insensitive).
AturanCelah parse_aturan_celah(std::string_view nama);

// One printed interval as bounds, before any gap is closed; the label is left empty and `tercetak`
// holds the text. nullopt: the class is not numeric ("Tidak Ada Target", "-"). A text that holds
// numbers in no form above is a parse_error naming it (and `origin`).
//   a – b, a - b, a s.d. b, a s/d b, a sampai b   [a, b]
//   a ≤ b  (the seed's "76 % ≤ 100 %")           [a, b]       a < b     [a, b)
//   > a, ≥ a, < b, ≤ b  (also >=, <=, x > a …)    one-sided
//   > a – b, ≥ a – b                              (a, b], [a, b]
//   a < x ≤ b, a ≤ x < b …                         as written
//   a                                             [a, a]
// Numbers are read as documents write them (Decimal::parse: "49,99", "76 %").
std::optional<Pita> parse_interval(std::string_view printed, std::string_view origin = {});

// The scale a report printed. Bands are sorted ascending whatever the printed order; gaps are closed
// by `aturan`; catatan() lists each gap closed and each open end (Indonesian / English), and
// kelas_lain() the classes that are not numeric. sakip::error (naming the classes) when two bands
// overlap or nothing numeric was printed; parse_error for an unreadable interval.
Skala skala_tercetak(std::string nama, std::string deskripsi, const std::vector<KelasCetak>& kelas,
                     AturanCelah aturan = AturanCelah::batas_atas);

}  // namespace sakip

#include <sakip/measure/skala-inl.hpp>  // header-only
#include <sakip/measure/skala_cetak-inl.hpp>
