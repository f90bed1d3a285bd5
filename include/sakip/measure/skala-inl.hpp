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

inline Skala::Skala(std::string nama, std::string deskripsi, std::vector<Pita> pita, std::vector<std::string> catatan,
                    std::vector<KelasCetak> kelas_lain)
    : nama_(std::move(nama)),
      deskripsi_(std::move(deskripsi)),
      pita_(std::move(pita)),
      catatan_(std::move(catatan)),
      kelas_lain_(std::move(kelas_lain)) {
    // "skala \"x\": <id> / scale \"x\": <en>".
    const auto fail = [&](const std::string& id, const std::string& en) {
        throw error("skala \"" + nama_ + "\": " + id + " / scale \"" + nama_ + "\": " + en);
    };
    if (pita_.empty()) fail("tidak ada pita", "no bands");
    for (std::size_t i = 0; i < pita_.size(); ++i) {
        const Pita& p = pita_[i];
        const std::string nomor = std::to_string(i + 1);
        const std::string band = nomor + " (" + p.label + ")";
        if (p.label.empty()) fail("pita " + nomor + " tidak berlabel", "band " + nomor + " has no label");
        if (p.bawah && p.atas) {
            if (*p.bawah > *p.atas || (*p.bawah == *p.atas && !(p.bawah_inklusif && p.atas_inklusif))) {
                fail("pita " + band + " kosong", "band " + band + " is empty");
            }
        }
        if (i == 0) continue;
        const Pita& q = pita_[i - 1];
        const std::string pair = std::to_string(i) + " (" + q.label + ") ";
        const std::string pair_id = pair + "dan " + band;
        const std::string pair_en = pair + "and " + band;
        if (!q.atas)
            fail("pita " + band + " mengikuti pita yang terbuka ke atas (tumpang tindih)",
                 "band " + band + " follows a band open above (overlap)");
        if (!p.bawah)
            fail("pita " + band + " terbuka ke bawah tetapi bukan pita pertama (tumpang tindih)",
                 "band " + band + " is open below but is not the first band (overlap)");
        if (*q.atas < *p.bawah) fail("celah antara pita " + pair_id, "gap between bands " + pair_en);
        if (*q.atas > *p.bawah) fail("tumpang tindih antara pita " + pair_id, "overlap between bands " + pair_en);
        if (q.atas_inklusif && p.bawah_inklusif) {
            fail("tumpang tindih antara pita " + pair_id + ": keduanya memuat " + p.bawah->to_string(),
                 "overlap between bands " + pair_en + ": both include " + p.bawah->to_string());
        }
        if (!q.atas_inklusif && !p.bawah_inklusif) {
            fail("celah antara pita " + pair_id + ": tidak satu pun memuat " + p.bawah->to_string(),
                 "gap between bands " + pair_en + ": neither includes " + p.bawah->to_string());
        }
    }
}

namespace detail {
// Lower case (ASCII) with blanks trimmed: how labels are compared.
inline std::string label_key(std::string_view s) {
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && blank(s.front())) s.remove_prefix(1);
    while (!s.empty() && blank(s.back())) s.remove_suffix(1);
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}
}  // namespace detail

inline bool Skala::has_label(std::string_view label) const {
    const std::string want = detail::label_key(label);
    for (const Pita& p : pita_)
        if (detail::label_key(p.label) == want) return true;
    for (const KelasCetak& k : kelas_lain_)
        if (detail::label_key(k.label) == want) return true;
    return false;
}

inline const Pita* Skala::find(const Rasional& value) const {
    for (const Pita& p : pita_) {
        if (p.contains(value)) return &p;
    }
    return nullptr;
}

namespace detail {

// Regulation scales only, each read from its printed form by the one reader (skala_cetak.hpp).
inline const std::vector<Skala>& shipped() {
    static const std::vector<Skala> scales = [] {
        std::vector<Skala> v;
        v.push_back(skala_tercetak(
            "permendagri_86_2017",
            "Permendagri 86/2017 ordinal scale as printed in LKjIP: ≥ 91 Sangat Tinggi, 76–90 Tinggi, 66–75 "
            "Sedang, 51–65 Rendah, ≤ 50 Sangat Rendah; gaps closed by batas_atas: ≤ 50 | (50, 65] | (65, 75] | "
            "(75, 90] | > 90, so 75,5 is Tinggi and 90,5 Sangat Tinggi.",
            {{"≥ 91", "Sangat Tinggi"},
             {"76–90", "Tinggi"},
             {"66–75", "Sedang"},
             {"51–65", "Rendah"},
             {"≤ 50", "Sangat Rendah"}}));
        return v;
    }();
    return scales;
}

}  // namespace detail

inline const Skala& skala(std::string_view nama) {
    std::string known;
    for (const Skala& s : detail::shipped()) {
        if (s.nama() == nama) return s;
        known += (known.empty() ? "" : ", ") + s.nama();
    }
    throw error("skala \"" + std::string(nama) + "\" tidak dikenal; skala bawaan: " + known + " / unknown scale \"" +
                std::string(nama) + "\"; the shipped scales: " + known);
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
