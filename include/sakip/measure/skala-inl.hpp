// The definitions of include/sakip/measure/skala.hpp (the ordinal scales), included at its end: the measures are
// header-only. Helpers are in sakip::detail (not part of the API).
#pragma once

#include <sakip/error.hpp>
#include <sakip/measure/skala.hpp>

#include <utility>

namespace sakip {

inline bool Pita::contains(const Rasional& value) const {
    if (bawah) {
        const Rasional lo(*bawah);
        if (bawah_inklusif ? value < lo : value <= lo) return false;
    }
    if (atas) {
        const Rasional hi(*atas);
        if (atas_inklusif ? value > hi : value >= hi) return false;
    }
    return true;
}

inline std::string Pita::to_string() const {
    if (!bawah && !atas) return "all values";
    if (!bawah) return std::string(atas_inklusif ? "≤ " : "< ") + atas->to_string();
    if (!atas) return std::string(bawah_inklusif ? "≥ " : "> ") + bawah->to_string();
    return std::string(bawah_inklusif ? "[" : "(") + bawah->to_string() + ", " + atas->to_string() +
           (atas_inklusif ? "]" : ")");
}

inline Skala::Skala(std::string nama, std::string deskripsi, std::vector<Pita> pita)
    : nama_(std::move(nama)), deskripsi_(std::move(deskripsi)), pita_(std::move(pita)) {
    const std::string where = "scale \"" + nama_ + "\": ";
    if (pita_.empty()) throw error(where + "no bands");
    for (std::size_t i = 0; i < pita_.size(); ++i) {
        const Pita& p = pita_[i];
        const std::string band = "band " + std::to_string(i + 1) + " (" + p.label + ")";
        if (p.label.empty()) throw error(where + "band " + std::to_string(i + 1) + " has no label");
        if (p.bawah && p.atas) {
            if (*p.bawah > *p.atas || (*p.bawah == *p.atas && !(p.bawah_inklusif && p.atas_inklusif))) {
                throw error(where + band + " is empty");
            }
        }
        if (i == 0) continue;
        const Pita& q = pita_[i - 1];
        const std::string pair =
            "bands " + std::to_string(i) + " (" + q.label + ") and " + std::to_string(i + 1) + " (" + p.label + ")";
        if (!q.atas) throw error(where + band + " follows a band open above (overlap)");
        if (!p.bawah) throw error(where + band + " is open below but is not the first band (overlap)");
        if (*q.atas < *p.bawah) throw error(where + "gap between " + pair);
        if (*q.atas > *p.bawah) throw error(where + "overlap between " + pair);
        if (q.atas_inklusif && p.bawah_inklusif) {
            throw error(where + "overlap between " + pair + ": both include " + p.bawah->to_string());
        }
        if (!q.atas_inklusif && !p.bawah_inklusif) {
            throw error(where + "gap between " + pair + ": neither includes " + p.bawah->to_string());
        }
    }
}

inline const Pita* Skala::find(const Rasional& value) const {
    for (const Pita& p : pita_) {
        if (p.contains(value)) return &p;
    }
    return nullptr;
}

namespace detail {

inline Pita band(std::string label, std::optional<Decimal> lo, bool lo_inc, std::optional<Decimal> hi, bool hi_inc,
                 std::string printed) {
    return Pita{std::move(label), std::move(lo), lo_inc, std::move(hi), hi_inc, std::move(printed)};
}

inline const std::vector<Skala>& shipped() {
    static const std::vector<Skala> scales = [] {
        const std::string rule =
            " Gap-closing rule: a printed upper bound is inclusive and the next band begins strictly above "
            "it; the lowest band is open below and the highest open above.";
        std::vector<Skala> v;
        v.emplace_back(
            "permendagri_86_2017",
            "Permendagri 86/2017 ordinal scale as printed in LKjIP: ≥ 91 Sangat Tinggi, 76–90 Tinggi, 66–75 "
            "Sedang, 51–65 Rendah, ≤ 50 Sangat Rendah. Read as ≤ 50 | (50, 65] | (65, 75] | (75, 90] | > 90, "
            "so 75,5 is Tinggi and 90,5 Sangat Tinggi." +
                rule,
            std::vector<Pita>{
                band("Sangat Rendah", std::nullopt, false, Decimal(50), true, "≤ 50"),
                band("Rendah", Decimal(50), false, Decimal(65), true, "51–65"),
                band("Sedang", Decimal(65), false, Decimal(75), true, "66–75"),
                band("Tinggi", Decimal(75), false, Decimal(90), true, "76–90"),
                band("Sangat Tinggi", Decimal(90), false, std::nullopt, false, "≥ 91"),
            });
        v.emplace_back(
            "lkjip_kajuara_2020",
            "Skala pengukuran ordinal of the LKjIP Kecamatan Kajuara 2020 (Tabel 3.1.1): > 100 % Baik Sekali, "
            "76 % ≤ 100 % Baik, 66 % ≤ 75 % Cukup, 51 % ≤ 65 % Kurang, ≤ 50 % Sangat Kurang. Read as ≤ 50 | "
            "(50, 65] | (65, 75] | (75, 100] | > 100, so 100 is Baik and 75,5 Baik." +
                rule,
            std::vector<Pita>{
                band("Sangat Kurang", std::nullopt, false, Decimal(50), true, "≤ 50%"),
                band("Kurang", Decimal(50), false, Decimal(65), true, "51 % ≤ 65 %"),
                band("Cukup", Decimal(65), false, Decimal(75), true, "66 % ≤ 75 %"),
                band("Baik", Decimal(75), false, Decimal(100), true, "76 % ≤ 100 %"),
                band("Baik Sekali", Decimal(100), false, std::nullopt, false, "> 100 %"),
            });
        return v;
    }();
    return scales;
}

}  // namespace detail

inline const Skala& skala(std::string_view nama) {
    for (const Skala& s : detail::shipped()) {
        if (s.nama() == nama) return s;
    }
    throw error("unknown scale \"" + std::string(nama) + "\"");
}

inline std::vector<std::string> daftar_skala() {
    std::vector<std::string> out;
    for (const Skala& s : detail::shipped()) out.push_back(s.nama());
    return out;
}

inline std::optional<std::string> kategori(const Rasional& value, const Skala& scale) {
    if (const Pita* p = scale.find(value)) return p->label;
    return std::nullopt;
}

inline std::optional<std::string> kategori(const Rasional& value, std::string_view nama_skala) {
    return kategori(value, skala(nama_skala));
}

}  // namespace sakip
