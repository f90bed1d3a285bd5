// Budget realisation (serapan), shares, efficiency and trends.
//
//   serapan           RA / PA × 100 %                       PMK 214/2017 (penyerapan anggaran P)
//   pangsa            bagian / total × 100 %                e.g. program / belanja langsung
//   efisiensi selisih capaian − serapan (signed points)     LKjIP practice, the seed's Tabel 3.3.4
//                                                           "5 = 3 − 4": 83,77 − 99,50 = −15,73
//   efisiensi rasio   capaian / serapan × 100 %             practice in other LKjIP
//   efisiensi PMK     E = Σ(PAKᵢ·CKᵢ − RAKᵢ) / Σ(PAKᵢ·CKᵢ) × 100 %   PMK 214/2017 (CK as a fraction)
//   nilai efisiensi   NE = 50 % + E / 20 × 50 %, limited to [0, 100] %  as quoted in LAKIP documents
//                     citing PMK 214/2017 (E = ±20 % maps to 100 / 0); see docs/measures.md
//   trends            change vs last year, gap to the Renstra target akhir, and the yearly rate still
//                     needed to reach it: linear step (TA − R) / years and compound
//                     ((TA / R)^(1/years) − 1) × 100 %, exact via an integer n-th root.
// Sums are exact; percentages are rounded once, at the end.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include <sakip/decimal/rounding.hpp>
#include <sakip/decimal/rupiah.hpp>
#include <sakip/measure/hasil.hpp>
#include <sakip/measure/rasional.hpp>
#include <sakip/model/renstra.hpp>  // Polaritas

namespace sakip {

// Pagu (budget ceiling) and realisasi (spent) of one budget line, kegiatan or program.
struct Anggaran {
    Rupiah pagu;
    Rupiah realisasi;
};

// RA / PA × 100 (PMK 214/2017). Pagu 0 → undefined.
Hasil serapan(const Rasional& realisasi, const Rasional& pagu, int places = 2, Rounding rounding = Rounding::half_up);
// Roll-up: Σ realisasi / Σ pagu × 100 over the lines (exact sums; trace.inputs has both sums).
Hasil serapan(std::span<const Anggaran> lines, int places = 2, Rounding rounding = Rounding::half_up);
// bagian / total × 100. Total 0 → undefined.
Hasil pangsa(const Rasional& bagian, const Rasional& total, int places = 2, Rounding rounding = Rounding::half_up);

enum class MetodeEfisiensi { selisih, rasio };
std::string_view to_string(MetodeEfisiensi m) noexcept;
MetodeEfisiensi parse_metode_efisiensi(std::string_view name);  // sakip::error if unknown
// capaian and serapan in percent. selisih: capaian − serapan; rasio: capaian / serapan × 100
// (serapan 0 → undefined).
Hasil efisiensi(const Rasional& capaian, const Rasional& serapan, MetodeEfisiensi metode = MetodeEfisiensi::selisih,
                int places = 2, Rounding rounding = Rounding::half_up);

// One keluaran (output) for PMK 214/2017: pagu PAK, capaian CK in percent, realisasi anggaran RAK.
struct KeluaranPmk214 {
    Rasional pagu;
    Rasional capaian;  // percent (95 means 95 %); the formula uses CK = capaian / 100
    Rasional realisasi;
};
// E = Σ(PAKᵢ·CKᵢ − RAKᵢ) / Σ(PAKᵢ·CKᵢ) × 100. Σ(PAKᵢ·CKᵢ) = 0 → undefined.
Hasil efisiensi_pmk214(std::span<const KeluaranPmk214> keluaran, int places = 2, Rounding rounding = Rounding::half_up);
// NE = 50 + E / 20 × 50 (percent), limited to [0, 100]; a limited value has status capped.
Hasil nilai_efisiensi_pmk214(const Rasional& efisiensi, int places = 2, Rounding rounding = Rounding::half_up);

// Trends (PermenPAN-RB 53/2014 LKjIP Bab III A.2–A.3).
// sekarang − sebelumnya, in the indicator's unit (points for percentages).
Hasil selisih_tahunan(const std::optional<Rasional>& sekarang, const std::optional<Rasional>& sebelumnya,
                      int places = 2, Rounding rounding = Rounding::half_up);
// What is still to go to the Renstra target akhir: TA − R (positif, stabil), R − TA (negatif);
// negative when already beyond it. Polaritas rentang: sakip::error.
Hasil kesenjangan_target_akhir(const std::optional<Rasional>& realisasi, const Rasional& target_akhir,
                               Polaritas polaritas = Polaritas::positif, int places = 2,
                               Rounding rounding = Rounding::half_up);
// Yearly step needed: (TA − R) / sisa_tahun (sisa_tahun >= 1, else sakip::error).
Hasil laju_linear(const std::optional<Rasional>& realisasi, const Rasional& target_akhir, int sisa_tahun,
                  int places = 2, Rounding rounding = Rounding::half_up);
// The longest sisa_tahun of laju_majemuk: five times the longest Indonesian plan (the RPJP, 20
// years; a Renstra or RPJMD spans 5). The cost of the root grows with the square of the years.
inline constexpr int laju_majemuk_max_tahun = 100;

// Yearly compound rate needed, percent: ((TA / R)^(1/sisa_tahun) − 1) × 100. R <= 0 or TA < 0 →
// undefined. `exact` is set only when the root is rational. sisa_tahun outside 1..100
// (laju_majemuk_max_tahun) throws sakip::error before any work.
Hasil laju_majemuk(const std::optional<Rasional>& realisasi, const Rasional& target_akhir, int sisa_tahun,
                   int places = 2, Rounding rounding = Rounding::half_up);

}  // namespace sakip

#include <sakip/measure/efisiensi-inl.hpp>  // header-only
