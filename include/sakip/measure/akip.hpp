// Evaluasi AKIP (PermenPAN-RB 88/2021 on evaluating SAKIP): components, weights, the score from the
// answers of the evaluation sheet (LKE), and the grade (predikat).
//
// Components (bobot, of 100): Perencanaan Kinerja 30, Pengukuran Kinerja 30, Pelaporan Kinerja 15,
// Evaluasi Akuntabilitas Kinerja Internal 25; inside each, pemenuhan / kualitas / pemanfaatan
// 20 / 30 / 50 % of the component's weight. Answers as used by LKE tools: pemenuhan criteria "Y"/"T"
// (1 / 0); kualitas and pemanfaatan "A".."E" (1, 0,75, 0,5, 0,25, 0); or an explicit fraction in
// [0, 1]. A sub-component scores weight × mean(answers).
// Grades, exact at the edges (each band excludes its lower bound, except D):
//   AA (90, 100] Sangat Memuaskan, A (80, 90] Memuaskan, BB (70, 80] Sangat Baik, B (60, 70] Baik,
//   CC (50, 60] Cukup, C (30, 50] Kurang, D [0, 30] Sangat Kurang.  80 is BB, 80,01 is A.
// (Weights and grades from two independent evaluation tools; see docs/measures.md.)
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <sakip/decimal/decimal.hpp>
#include <sakip/measure/hasil.hpp>
#include <sakip/measure/rasional.hpp>

namespace sakip {

struct KomponenAkip {
    std::string kode;  // "perencanaan", "pengukuran", "pelaporan", "evaluasi_internal"
    std::string nama;  // "Perencanaan Kinerja"
    Decimal bobot;     // 30
};
// The four components of PermenPAN-RB 88/2021, in order.
const std::vector<KomponenAkip>& komponen_akip();

enum class SubKomponenAkip { pemenuhan, kualitas, pemanfaatan };
std::string_view to_string(SubKomponenAkip s) noexcept;
SubKomponenAkip parse_sub_komponen_akip(std::string_view name);  // sakip::error if unknown
Decimal bobot_sub_komponen(SubKomponenAkip s);                   // 20, 30, 50 (percent of the component)

// "Y" 1, "T" 0, "A" 1, "B" 3/4, "C" 1/2, "D" 1/4, "E" 0, or a canonical decimal in [0, 1]
// ("0.6"). sakip::error otherwise.
Rasional nilai_jawaban(std::string_view jawaban);

struct JawabanAkip {
    std::string komponen;  // KomponenAkip::kode
    SubKomponenAkip sub = SubKomponenAkip::pemenuhan;
    std::vector<std::string> jawaban;
};

struct Predikat {
    std::string_view kode;     // "AA"
    std::string_view sebutan;  // "Sangat Memuaskan"
};
// The grade of a score in [0, 100] (sakip::error outside).
Predikat predikat_akip(const Rasional& nilai);

struct HasilAkip {
    Hasil nilai;                                          // total, of 100
    std::vector<std::pair<std::string, Hasil>> komponen;  // per component, by kode
    std::optional<Predikat> predikat;                     // when the total is defined
};
// Scores the answers. Each of the 12 sub-components needs at least one answer; if one has none
// the total is status missing (reason names it) and no grade is given. Unknown components:
// sakip::error.
HasilAkip nilai_akip(std::span<const JawabanAkip> jawaban, int places = 2, Rounding rounding = Rounding::half_up);

}  // namespace sakip

#include <sakip/measure/akip-inl.hpp>  // header-only
