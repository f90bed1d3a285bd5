// Capaian (achievement) of a performance indicator, and realisasi computed from raw IKU inputs.
//
// Rules followed (sources in docs/measures.md):
//   positif   R / T × 100                          PermenPAN-RB 53/2014 (LKjIP Bab III, capaian kinerja)
//   negatif   (2T − R) / T × 100  "pengurangan"    PermenPAN-RB "kondisi khusus" (1 + (1 − R/T)) × 100 %,
//             = (T − (R − T)) / T                   LKjIP practice (e.g. Kab. Maluku Tengah 2021)
//             T / R × 100         "rasio_terbalik"  a variant used by some tools, chosen by name
//   rentang   [a, b]: 100 inside, R / b above, R / a below   PermenPAN-RB (kinerja individu)
//   stabil    (1 − |1 − R/T|) × 100                 deviation either way is bad (kwanter/sakip)
// Edge cases are explicit policies (CapaianPolicy) with safe defaults: 0/0 and target 0 are
// "undefined", never a silent 0 % or 100 %; the legacy "0/0 = 100 %" is opt-in and marked.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <sakip/decimal/decimal.hpp>
#include <sakip/decimal/rounding.hpp>
#include <sakip/measure/hasil.hpp>
#include <sakip/measure/rasional.hpp>
#include <sakip/model/iku.hpp>
#include <sakip/model/nilai.hpp>
#include <sakip/model/renstra.hpp>  // sakip::Polaritas {positif, negatif, rentang, stabil}

namespace sakip {

// Polaritas names, without depending on the model library's implementation of
// to_string(Polaritas) / parse_polaritas (same names: "positif", "negatif", "rentang", "stabil").
std::string_view nama_polaritas(Polaritas p) noexcept;
Polaritas polaritas_dari_nama(std::string_view name);  // sakip::error on an unknown name

// Negative-polarity formula: pengurangan (2T − R)/T × 100 (default) or rasio_terbalik T/R × 100.
enum class VarianNegatif { pengurangan, rasio_terbalik };
std::string_view to_string(VarianNegatif v) noexcept;
VarianNegatif parse_varian_negatif(std::string_view name);  // sakip::error on an unknown name

// 0/0 (realisasi 0 against target 0): undefined (default) or seratus, the legacy practice of
// scoring it 100 % (seen in the Kajuara LKjIP 2020: "0/0 × 100 % = 100 %"), marked in the status.
enum class ZeroOverZero { undefined, seratus };
// A negative realisasi or target: undefined (default), error (throw sakip::error) or hitung
// (compute the formula as written, for indicators that are legitimately signed, e.g. growth).
enum class NegativePolicy { undefined, error, hitung };
std::string_view to_string(ZeroOverZero v) noexcept;
std::string_view to_string(NegativePolicy v) noexcept;
ZeroOverZero parse_zero_over_zero(std::string_view name);
NegativePolicy parse_negative_policy(std::string_view name);

struct CapaianPolicy {
    ZeroOverZero zero_over_zero = ZeroOverZero::undefined;
    // Target 0 with realisasi != 0 (R / 0) is always undefined: no policy makes it a number.
    NegativePolicy negative = NegativePolicy::undefined;
    std::optional<Decimal> cap;  // e.g. 120: a higher capaian becomes 120, status capped; >= 100
                                 // (a lower cap: sakip::error before any work)
    VarianNegatif negatif = VarianNegatif::pengurangan;
    int places = 2;
    Rounding rounding = Rounding::half_up;
};

// Capaian in percent of an indicator with a single target. A missing realisasi (nullopt) gives
// status missing. Polaritas::rentang needs a range: use capaian_rentang (sakip::error here).
Capaian capaian(const std::optional<Rasional>& realisasi, const Rasional& target, Polaritas polaritas,
                const CapaianPolicy& policy = {});
// Polaritas rentang, target [bawah, atas] (bawah <= atas, else sakip::error): 100 inside the range,
// R / atas × 100 above it, R / bawah × 100 below it (regulation example: 80–90 %, R 70 → 87,50 %).
Capaian capaian_rentang(const std::optional<Rasional>& realisasi, const Rasional& bawah, const Rasional& atas,
                        const CapaianPolicy& policy = {});
// The model's Target (a value or a range) dispatched to the two functions above; a range target
// requires Polaritas::rentang and a single target forbids it (sakip::error otherwise).
Capaian capaian(const std::optional<Rasional>& realisasi, const Target& target, Polaritas polaritas,
                const CapaianPolicy& policy = {});

// Realisasi reported per quarter (TW I–IV), combined per indicator (wp-eval-sakip practice):
// kumulatif = Σ TW ("tren positif", counts), terakhir = last reported TW ("nilai akhir", stocks and
// percentages), rata_rata = mean of the reported TW. Missing quarters (nullopt) are skipped and
// counted in trace.excluded; no quarter reported → status missing. 1 to 4 entries (TW I–IV);
// none or more than 4: sakip::error.
enum class AgregasiTriwulan { kumulatif, terakhir, rata_rata };
std::string_view to_string(AgregasiTriwulan a) noexcept;
AgregasiTriwulan parse_agregasi_triwulan(std::string_view name);
Hasil realisasi_triwulan(std::span<const std::optional<Rasional>> triwulan, AgregasiTriwulan cara, int places = 2,
                         Rounding rounding = Rounding::half_up);

// Realisasi from raw IKU inputs (model: JenisRumus). Each result is exact (`exact`) and rounded
// once to `places` (`value`); division by zero gives status undefined, never an exception.
//   rasio             pembilang / penyebut × 100           (e.g. 32 / 90 × 100 = 35,56 %)
//   perubahan_persen  (x(n) − x(n−1)) / x(n−1) × 100       (RPJMD definitions, growth)
//   penurunan_persen  (x(n−1) − x(n)) / x(n−1) × 100       (decrease)
//   jumlah, nilai     the input itself
//   ekspresi          the IKU's expression (sakip/measure/ekspresi.hpp); previous-year inputs are
//                     written name[n-1]
Hasil rasio(const std::optional<Rasional>& pembilang, const std::optional<Rasional>& penyebut, int places = 2,
            Rounding rounding = Rounding::half_up);
Hasil perubahan_persen(const std::optional<Rasional>& sekarang, const std::optional<Rasional>& sebelumnya,
                       int places = 2, Rounding rounding = Rounding::half_up);
Hasil penurunan_persen(const std::optional<Rasional>& sekarang, const std::optional<Rasional>& sebelumnya,
                       int places = 2, Rounding rounding = Rounding::half_up);

// Named input values of one year.
using NilaiInput = std::map<std::string, Rasional, std::less<>>;
// Evaluates an IKU formula. `sebelumnya` holds the year n−1 inputs (needed by perubahan_persen,
// penurunan_persen and expressions that use name[n-1]; missing → status missing).
Hasil realisasi_iku(const Rumus& rumus, const NilaiInput& sekarang, const NilaiInput* sebelumnya = nullptr,
                    int places = 2, Rounding rounding = Rounding::half_up);

}  // namespace sakip

#include <sakip/measure/capaian-inl.hpp>  // header-only
