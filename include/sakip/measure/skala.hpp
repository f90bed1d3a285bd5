// Ordinal scales (skala pengukuran ordinal) that turn a capaian into a category, as data.
//
// A scale is a list of bands (pita) in ascending order, each with explicit lower/upper bounds that
// are inclusive or exclusive (or open). Printed scales have gaps ("76–90" then "≥ 91": where is
// 90,5?) and say nothing above 100 or below 0; sakip closes them by ONE documented rule:
//
//   Gap-closing rule: a printed upper bound is authoritative and inclusive; the next band begins
//   strictly above it. The lowest band is open below, the highest open above.
//
// So Permendagri 86/2017 reads: ≤ 50 | (50, 65] | (65, 75] | (75, 90] | > 90, and 90,5 is Sangat
// Tinggi; the seed's Tabel 3.1.1 already prints "> 100" and "≤ 50", which the rule reproduces.
// A user-defined scale is validated: ascending, adjacent bands touch exactly (no gap, no overlap:
// at a shared bound exactly one of the two bands includes it). Its ends may be bounded; a value
// outside a bounded scale has no category.
#pragma once

#include <optional>
#include <string>
#include <string_view>
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
};

class Skala {
public:
    // Validates (sakip::error naming the offending bands): at least one band, non-empty labels,
    // each band non-empty, ascending, adjacent bands touch with exactly one side inclusive.
    Skala(std::string nama, std::string deskripsi, std::vector<Pita> pita);

    const std::string& nama() const noexcept { return nama_; }
    const std::string& deskripsi() const noexcept { return deskripsi_; }
    const std::vector<Pita>& pita() const noexcept { return pita_; }

    // The band holding `value`, or nullptr if outside a bounded scale.
    const Pita* find(const Rasional& value) const;

private:
    std::string nama_;
    std::string deskripsi_;
    std::vector<Pita> pita_;
};

// Shipped scales, by name: "permendagri_86_2017", "lkjip_kajuara_2020". sakip::error if unknown.
const Skala& skala(std::string_view nama);
std::vector<std::string> daftar_skala();  // the shipped names

// The category label of `value` on `scale`; nullopt if the value is outside a bounded scale.
std::optional<std::string> kategori(const Rasional& value, const Skala& scale);
std::optional<std::string> kategori(const Rasional& value, std::string_view nama_skala = "permendagri_86_2017");

}  // namespace sakip

#include <sakip/measure/skala-inl.hpp>  // header-only
