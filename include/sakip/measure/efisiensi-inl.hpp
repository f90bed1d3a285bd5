// The definitions of include/sakip/measure/efisiensi.hpp (serapan, shares, efficiency and trends), included at its end:
// the measures are header-only. Helpers are in sakip::detail (not part of the API).
#pragma once

#include <sakip/error.hpp>
#include <sakip/measure/efisiensi.hpp>
#include <sakip/measure/internal.hpp>

#include <string>
#include <utility>

namespace sakip {

namespace detail {}  // namespace detail

inline Hasil serapan(const Rasional& realisasi, const Rasional& pagu, int places, Rounding rounding) {
    Hasil h = detail::start("RA / PA × 100", "serapan", "PMK 214/2017: penyerapan anggaran P = RA / PA × 100 %", places,
                            rounding);
    h.trace.input("RA", realisasi);
    h.trace.input("PA", pagu);
    if (pagu.is_zero()) return detail::set_undefined(h, "pagu is 0");
    return detail::set_value(h, detail::persen_dari(realisasi, pagu));
}

inline Hasil serapan(std::span<const Anggaran> lines, int places, Rounding rounding) {
    Rasional pagu;
    Rasional realisasi;
    for (const Anggaran& a : lines) {
        pagu += a.pagu.value();
        realisasi += a.realisasi.value();
    }
    Hasil h = serapan(realisasi, pagu, places, rounding);
    h.trace.formula = "Σ RA / Σ PA × 100";
    h.trace.included = lines.size();
    return h;
}

inline Hasil pangsa(const Rasional& bagian, const Rasional& total, int places, Rounding rounding) {
    Hasil h = detail::start("bagian / total × 100", "pangsa", "share of a total", places, rounding);
    h.trace.input("bagian", bagian);
    h.trace.input("total", total);
    if (total.is_zero()) return detail::set_undefined(h, "total is 0");
    return detail::set_value(h, detail::persen_dari(bagian, total));
}

inline std::string_view to_string(MetodeEfisiensi m) noexcept {
    return m == MetodeEfisiensi::selisih ? "selisih" : "rasio";
}

inline MetodeEfisiensi parse_metode_efisiensi(std::string_view name) {
    if (name == "selisih") return MetodeEfisiensi::selisih;
    if (name == "rasio") return MetodeEfisiensi::rasio;
    throw error("metode efisiensi \"" + std::string(name) +
                "\" tidak dikenal (selisih atau rasio) / unknown efficiency method \"" + std::string(name) +
                "\" (selisih or rasio)");
}

inline Hasil efisiensi(const Rasional& capaian, const Rasional& serapan_, MetodeEfisiensi metode, int places,
                       Rounding rounding) {
    if (metode == MetodeEfisiensi::selisih) {
        Hasil h =
            detail::start("capaian − serapan", "selisih",
                          "LKjIP practice: efisiensi = capaian kinerja (%) − realisasi anggaran (%)", places, rounding);
        h.trace.input("capaian", capaian);
        h.trace.input("serapan", serapan_);
        return detail::set_value(h, capaian - serapan_);
    }
    Hasil h = detail::start("capaian / serapan × 100", "rasio", "LKjIP practice: capaian kinerja ÷ realisasi anggaran",
                            places, rounding);
    h.trace.input("capaian", capaian);
    h.trace.input("serapan", serapan_);
    if (serapan_.is_zero()) return detail::set_undefined(h, "serapan is 0");
    return detail::set_value(h, detail::persen_dari(capaian, serapan_));
}

inline Hasil efisiensi_pmk214(std::span<const KeluaranPmk214> keluaran, int places, Rounding rounding) {
    Hasil h = detail::start("Σ(PAKᵢ·CKᵢ − RAKᵢ) / Σ(PAKᵢ·CKᵢ) × 100", "pmk_214_2017",
                            "PMK 214/2017: efisiensi E = Σ(PAK × CK − RAK) / Σ(PAK × CK) × 100 %", places, rounding);
    Rasional weighted;
    Rasional spent;
    for (std::size_t i = 0; i < keluaran.size(); ++i) {
        const auto& k = keluaran[i];
        const std::string n = std::to_string(i + 1);
        h.trace.input("PAK" + n, k.pagu);
        h.trace.input("CK" + n, k.capaian / detail::hundred);
        h.trace.input("RAK" + n, k.realisasi);
        weighted += k.pagu * k.capaian / detail::hundred;
        spent += k.realisasi;
    }
    h.trace.included = keluaran.size();
    if (weighted.is_zero()) return detail::set_undefined(h, "Σ(PAK·CK) is 0");
    return detail::set_value(h, (weighted - spent) / weighted * detail::hundred);
}

inline Hasil nilai_efisiensi_pmk214(const Rasional& efisiensi_, int places, Rounding rounding) {
    Hasil h = detail::start("50 + E / 20 × 50, limited to [0, 100]", "nilai_efisiensi",
                            "nilai efisiensi 50 % + (E / 20 × 50 %) as quoted in LAKIP documents citing PMK 214/2017",
                            places, rounding);
    h.trace.input("E", efisiensi_);
    const Rasional ne = Rasional(50) + efisiensi_ / Rasional(20) * Rasional(50);
    if (ne > detail::hundred || ne.signum() < 0) {
        h.trace.input("unlimited", ne);
        h.trace.policy.emplace_back("limit=[0, 100]");
        h.trace.reason = "E outside [−20, 20]: nilai efisiensi limited to [0, 100]";
        return detail::set_value(h, ne.signum() < 0 ? Rasional(0) : detail::hundred, Status::capped);
    }
    return detail::set_value(h, ne);
}

inline Hasil selisih_tahunan(const std::optional<Rasional>& sekarang, const std::optional<Rasional>& sebelumnya,
                             int places, Rounding rounding) {
    Hasil h =
        detail::start("x(n) − x(n−1)", "selisih_tahunan",
                      "PermenPAN-RB 53/2014 LKjIP Bab III A.2: comparison with the previous year", places, rounding);
    if (sekarang) h.trace.input("x(n)", *sekarang);
    if (sebelumnya) h.trace.input("x(n-1)", *sebelumnya);
    if (!sekarang || !sebelumnya) return detail::set_undefined(h, "value not reported", Status::missing);
    return detail::set_value(h, *sekarang - *sebelumnya);
}

inline Hasil kesenjangan_target_akhir(const std::optional<Rasional>& realisasi, const Rasional& target_akhir,
                                      Polaritas polaritas, int places, Rounding rounding) {
    if (polaritas == Polaritas::rentang)
        throw error(
            "kesenjangan_target_akhir: polaritas rentang tidak memiliki satu target / kesenjangan_target_akhir: "
            "polaritas rentang has no single target");
    const bool neg = polaritas == Polaritas::negatif;
    Hasil h = detail::start(neg ? "R − TA" : "TA − R", neg ? "negatif" : "positif",
                            "PermenPAN-RB 53/2014 LKjIP Bab III A.3: comparison with the Renstra target akhir", places,
                            rounding);
    if (realisasi) h.trace.input("R", *realisasi);
    h.trace.input("TA", target_akhir);
    if (!realisasi) return detail::set_undefined(h, "realisasi not reported", Status::missing);
    return detail::set_value(h, neg ? *realisasi - target_akhir : target_akhir - *realisasi);
}

inline Hasil laju_linear(const std::optional<Rasional>& realisasi, const Rasional& target_akhir, int sisa_tahun,
                         int places, Rounding rounding) {
    if (sisa_tahun < 1)
        throw error("laju_linear: sisa_tahun paling sedikit 1 / laju_linear: sisa_tahun must be at least 1");
    Hasil h = detail::start("(TA − R) / years", "linear", "yearly step still needed to reach the Renstra target akhir",
                            places, rounding);
    if (realisasi) h.trace.input("R", *realisasi);
    h.trace.input("TA", target_akhir);
    h.trace.input("years", sisa_tahun);
    if (!realisasi) return detail::set_undefined(h, "realisasi not reported", Status::missing);
    return detail::set_value(h, (target_akhir - *realisasi) / Rasional(sisa_tahun));
}

inline Hasil laju_majemuk(const std::optional<Rasional>& realisasi, const Rasional& target_akhir, int sisa_tahun,
                          int places, Rounding rounding) {
    if (sisa_tahun < 1)
        throw error("laju_majemuk: sisa_tahun paling sedikit 1 / laju_majemuk: sisa_tahun must be at least 1");
    if (sisa_tahun > laju_majemuk_max_tahun) {
        throw error("laju_majemuk: sisa_tahun " + std::to_string(sisa_tahun) + " melebihi batas " +
                    std::to_string(laju_majemuk_max_tahun) + " tahun / sisa_tahun " + std::to_string(sisa_tahun) +
                    " above the limit of " + std::to_string(laju_majemuk_max_tahun) + " years");
    }
    Hasil h = detail::start("((TA / R)^(1/years) − 1) × 100", "majemuk",
                            "yearly compound rate still needed to reach the Renstra target akhir", places, rounding);
    if (realisasi) h.trace.input("R", *realisasi);
    h.trace.input("TA", target_akhir);
    h.trace.input("years", sisa_tahun);
    if (!realisasi) return detail::set_undefined(h, "realisasi not reported", Status::missing);
    if (realisasi->signum() <= 0) return detail::set_undefined(h, "R <= 0: a compound rate has no value");
    if (target_akhir.signum() < 0) return detail::set_undefined(h, "TA < 0: a compound rate has no value");
    const Akar root(target_akhir / *realisasi, static_cast<unsigned>(sisa_tahun));
    if (auto q = root.rasional()) h.exact = (*q - Rasional(1)) * detail::hundred;
    h.value = root.round(places, rounding, detail::hundred, Rasional(-100));
    h.status = Status::ok;
    return h;
}

}  // namespace sakip
