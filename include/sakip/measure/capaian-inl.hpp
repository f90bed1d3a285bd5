// The definitions of include/sakip/measure/capaian.hpp (capaian and the realisasi measures), included at its end: the
// measures are header-only. Helpers are in sakip::detail (not part of the API).
#pragma once

#include <sakip/error.hpp>
#include <sakip/measure/capaian.hpp>
#include <sakip/measure/internal.hpp>

#include <string>
#include <utility>

namespace sakip {

namespace detail {

[[noreturn]] inline void unknown(std::string_view what, std::string_view name, std::string_view valid) {
    unknown_word(what, name, valid);
}

inline constexpr std::string_view rule_positif =
    "PermenPAN-RB 53/2014 (LKjIP Bab III): capaian = realisasi / target × 100 %";
inline constexpr std::string_view rule_pengurangan =
    "PermenPAN-RB kondisi khusus (1 + (1 − R/T)) × 100 %; LKjIP practice (T − (R − T)) / T × 100 %";
inline constexpr std::string_view rule_rasio_terbalik = "tool practice for lower-is-better indicators: T / R × 100 %";
inline constexpr std::string_view rule_rentang =
    "PermenPAN-RB (kinerja individu) target range: 100 % inside, bounds used outside";
inline constexpr std::string_view rule_stabil = "deviation either way is bad (kwanter/sakip): (1 − |1 − R/T|) × 100 %";

// Applies missing / negative / zero-over-zero policies. Returns true when `h` is final.
inline bool guard(Hasil& h, const std::optional<Rasional>& realisasi, std::initializer_list<const Rasional*> targets,
                  const CapaianPolicy& policy) {
    if (!realisasi) {
        set_undefined(h, "realisasi not reported", Status::missing);
        return true;
    }
    bool negative = realisasi->signum() < 0;
    for (const Rasional* t : targets) negative = negative || t->signum() < 0;
    if (negative) {
        switch (policy.negative) {
            case NegativePolicy::undefined:
                h.trace.policy.emplace_back("negative=undefined");
                set_undefined(h, "negative realisasi or target");
                return true;
            case NegativePolicy::error:
                throw error(
                    "capaian: realisasi atau target negatif (kebijakan negative=error) / capaian: negative realisasi "
                    "or target (policy negative=error)");
            case NegativePolicy::hitung:
                h.trace.policy.emplace_back("negative=hitung");
                break;
        }
    }
    return false;
}

// 0/0 handling shared by the ratio forms: `num_zero` and `den_zero` describe the division.
inline bool zero_division(Hasil& h, bool num_zero, const char* what, const CapaianPolicy& policy) {
    if (num_zero) {
        if (policy.zero_over_zero == ZeroOverZero::seratus) {
            h.trace.policy.emplace_back("zero_over_zero=seratus (legacy: 0/0 scored 100 %)");
            h.trace.reason = "0/0 scored 100 % by the legacy policy; not a measurement";
            set_value(h, hundred, Status::legacy_zero_over_zero);
            return true;
        }
        h.trace.policy.emplace_back("zero_over_zero=undefined");
        set_undefined(h, "0/0: realisasi and target are both 0");
        return true;
    }
    set_undefined(h, std::string(what) + " is 0: the formula has no value");
    return true;
}

// A cap limits over-achievement: below 100 it would turn a target met in full into a shortfall,
// and a negative or zero cap has no meaning. Checked before anything is computed.
inline void check_cap(const CapaianPolicy& policy) {
    if (policy.cap && Rasional(*policy.cap) < hundred) {
        throw error("cap " + policy.cap->to_string() + " kurang dari 100 / cap " + policy.cap->to_string() +
                    " below 100: a cap limits a capaian above 100 %");
    }
}

inline void apply_cap(Hasil& h, const CapaianPolicy& policy) {
    if (!policy.cap) return;
    h.trace.policy.push_back("cap=" + policy.cap->to_string());
    if (h.status != Status::ok || !h.exact) return;
    const Rasional cap(*policy.cap);
    if (*h.exact > cap) {
        h.trace.input("uncapped", *h.exact);
        h.trace.reason = "capaian " + h.exact->round(h.trace.places, h.trace.rounding).to_string() + " above the cap " +
                         policy.cap->to_string();
        set_value(h, cap, Status::capped);
    }
}

}  // namespace detail

inline std::string_view to_string(VarianNegatif v) noexcept {
    return v == VarianNegatif::pengurangan ? "pengurangan" : "rasio_terbalik";
}
inline VarianNegatif parse_varian_negatif(std::string_view name) {
    if (detail::same_word(name, "pengurangan")) return VarianNegatif::pengurangan;
    if (detail::same_word(name, "rasio_terbalik")) return VarianNegatif::rasio_terbalik;
    detail::unknown("negatif variant", name, "pengurangan, rasio_terbalik");
}
inline std::string_view to_string(ZeroOverZero v) noexcept {
    return v == ZeroOverZero::undefined ? "undefined" : "seratus";
}
inline ZeroOverZero parse_zero_over_zero(std::string_view name) {
    if (detail::same_word(name, "undefined")) return ZeroOverZero::undefined;
    if (detail::same_word(name, "seratus")) return ZeroOverZero::seratus;
    detail::unknown("zero_over_zero policy", name, "undefined, seratus");
}
inline std::string_view to_string(NegativePolicy v) noexcept {
    switch (v) {
        case NegativePolicy::undefined:
            return "undefined";
        case NegativePolicy::error:
            return "error";
        case NegativePolicy::hitung:
            return "hitung";
    }
    return "undefined";
}
inline NegativePolicy parse_negative_policy(std::string_view name) {
    if (detail::same_word(name, "undefined")) return NegativePolicy::undefined;
    if (detail::same_word(name, "error")) return NegativePolicy::error;
    if (detail::same_word(name, "hitung")) return NegativePolicy::hitung;
    detail::unknown("negative policy", name, "undefined, error, hitung");
}
inline std::string_view to_string(AgregasiTriwulan a) noexcept {
    switch (a) {
        case AgregasiTriwulan::kumulatif:
            return "kumulatif";
        case AgregasiTriwulan::terakhir:
            return "terakhir";
        case AgregasiTriwulan::rata_rata:
            return "rata_rata";
    }
    return "kumulatif";
}
inline AgregasiTriwulan parse_agregasi_triwulan(std::string_view name) {
    if (detail::same_word(name, "kumulatif")) return AgregasiTriwulan::kumulatif;
    if (detail::same_word(name, "terakhir")) return AgregasiTriwulan::terakhir;
    if (detail::same_word(name, "rata_rata")) return AgregasiTriwulan::rata_rata;
    detail::unknown("quarterly aggregation", name, "kumulatif, terakhir, rata_rata");
}

inline Capaian capaian(const std::optional<Rasional>& realisasi, const Rasional& target, Polaritas polaritas,
                       const CapaianPolicy& policy) {
    detail::check_cap(policy);
    const int places = policy.places;
    const Rounding rounding = policy.rounding;
    Hasil h;
    switch (polaritas) {
        case Polaritas::positif:
            h = detail::start("R / T × 100", "positif", std::string(detail::rule_positif), places, rounding);
            break;
        case Polaritas::negatif:
            if (policy.negatif == VarianNegatif::pengurangan) {
                h = detail::start("(2T − R) / T × 100", "negatif:pengurangan", std::string(detail::rule_pengurangan),
                                  places, rounding);
            } else {
                h = detail::start("T / R × 100", "negatif:rasio_terbalik", std::string(detail::rule_rasio_terbalik),
                                  places, rounding);
            }
            break;
        case Polaritas::stabil:
            h = detail::start("(1 − |1 − R / T|) × 100", "stabil", std::string(detail::rule_stabil), places, rounding);
            break;
        case Polaritas::rentang:
            throw error(
                "capaian: polaritas rentang memerlukan target berupa rentang (capaian_rentang) / capaian: polaritas "
                "rentang needs a target range (capaian_rentang)");
    }
    if (realisasi) h.trace.input("R", *realisasi);
    h.trace.input("T", target);
    if (detail::guard(h, realisasi, {&target}, policy)) return h;
    const Rasional& R = *realisasi;
    const Rasional& T = target;
    if (polaritas == Polaritas::negatif && policy.negatif == VarianNegatif::rasio_terbalik) {
        if (R.is_zero()) {
            detail::zero_division(h, T.is_zero(), "realisasi (the divisor of T / R)", policy);
            return h;
        }
        detail::set_value(h, detail::persen_dari(T, R));
    } else {
        if (T.is_zero()) {
            detail::zero_division(h, R.is_zero(), "target", policy);
            return h;
        }
        switch (polaritas) {
            case Polaritas::positif:
                detail::set_value(h, detail::persen_dari(R, T));
                break;
            case Polaritas::negatif:
                detail::set_value(h, detail::persen_dari(T + T - R, T));
                break;
            case Polaritas::stabil:
                detail::set_value(h, (Rasional(1) - (Rasional(1) - R / T).abs()) * detail::hundred);
                break;
            case Polaritas::rentang:
                break;
        }
    }
    detail::apply_cap(h, policy);
    return h;
}

inline Capaian capaian_rentang(const std::optional<Rasional>& realisasi, const Rasional& bawah, const Rasional& atas,
                               const CapaianPolicy& policy) {
    detail::check_cap(policy);
    if (bawah > atas)
        throw error(
            "capaian_rentang: batas bawah di atas batas atas / capaian_rentang: lower bound above the upper bound");
    Hasil h = detail::start("", "rentang", std::string(detail::rule_rentang), policy.places, policy.rounding);
    if (realisasi) h.trace.input("R", *realisasi);
    h.trace.input("a", bawah);
    h.trace.input("b", atas);
    if (detail::guard(h, realisasi, {&bawah, &atas}, policy)) {
        h.trace.formula = "a ≤ R ≤ b: 100; R > b: R / b × 100; R < a: R / a × 100";
        return h;
    }
    const Rasional& R = *realisasi;
    if (R >= bawah && R <= atas) {
        h.trace.formula = "100 (a ≤ R ≤ b)";
        detail::set_value(h, detail::hundred);
    } else if (R > atas) {
        h.trace.formula = "R / b × 100 (R > b)";
        if (atas.is_zero()) return detail::zero_division(h, R.is_zero(), "upper bound b", policy), h;
        detail::set_value(h, detail::persen_dari(R, atas));
    } else {
        h.trace.formula = "R / a × 100 (R < a)";
        if (bawah.is_zero()) return detail::zero_division(h, R.is_zero(), "lower bound a", policy), h;
        detail::set_value(h, detail::persen_dari(R, bawah));
    }
    detail::apply_cap(h, policy);
    return h;
}

inline Capaian capaian(const std::optional<Rasional>& realisasi, const Target& target, Polaritas polaritas,
                       const CapaianPolicy& policy) {
    if (const Rentang* r = target.rentang()) {
        if (polaritas != Polaritas::rentang)
            throw error(
                "capaian: target berupa rentang memerlukan polaritas rentang / capaian: a target range needs "
                "polaritas rentang");
        return capaian_rentang(realisasi, r->bawah.value, r->atas.value, policy);
    }
    return capaian(realisasi, target.besaran()->value, polaritas, policy);
}

inline Hasil realisasi_triwulan(std::span<const std::optional<Rasional>> triwulan, AgregasiTriwulan cara, int places,
                                Rounding rounding) {
    if (triwulan.empty() || triwulan.size() > 4) {
        throw error("realisasi_triwulan: " + std::to_string(triwulan.size()) +
                    " triwulan; setahun punya 1 sampai 4 triwulan / " + std::to_string(triwulan.size()) +
                    " quarters; a year has 1 to 4 (TW I–IV, None for one not reported)");
    }
    static constexpr const char* formulas[] = {"Σ TW", "last reported TW", "Σ TW / n"};
    Hasil h = detail::start(formulas[static_cast<int>(cara)], std::string(to_string(cara)),
                            "quarterly monitoring (wp-eval-sakip: tren positif = Σ TW, nilai akhir = last TW)", places,
                            rounding);
    Rasional sum;
    std::optional<Rasional> last;
    for (std::size_t i = 0; i < triwulan.size(); ++i) {
        if (!triwulan[i]) {
            ++h.trace.excluded;
            continue;
        }
        h.trace.input("TW" + std::to_string(i + 1), *triwulan[i]);
        ++h.trace.included;
        sum += *triwulan[i];
        last = *triwulan[i];
    }
    if (h.trace.included == 0) return detail::set_undefined(h, "no quarter reported", Status::missing);
    switch (cara) {
        case AgregasiTriwulan::kumulatif:
            detail::set_value(h, sum);
            break;
        case AgregasiTriwulan::terakhir:
            detail::set_value(h, *last);
            break;
        case AgregasiTriwulan::rata_rata:
            detail::set_value(h, sum / Rasional(static_cast<long long>(h.trace.included)));
            break;
    }
    return h;
}

inline Hasil rasio(const std::optional<Rasional>& pembilang, const std::optional<Rasional>& penyebut, int places,
                   Rounding rounding) {
    Hasil h = detail::start("pembilang / penyebut × 100", "rasio", "IKU formula: ratio × 100", places, rounding);
    if (pembilang) h.trace.input("pembilang", *pembilang);
    if (penyebut) h.trace.input("penyebut", *penyebut);
    if (!pembilang || !penyebut) return detail::set_undefined(h, "input not reported", Status::missing);
    if (penyebut->is_zero()) return detail::set_undefined(h, "penyebut is 0");
    return detail::set_value(h, detail::persen_dari(*pembilang, *penyebut));
}

inline Hasil perubahan_persen(const std::optional<Rasional>& sekarang, const std::optional<Rasional>& sebelumnya,
                              int places, Rounding rounding) {
    Hasil h = detail::start("(x(n) − x(n−1)) / x(n−1) × 100", "perubahan_persen",
                            "percentage change (RPJMD indicator definitions)", places, rounding);
    if (sekarang) h.trace.input("x(n)", *sekarang);
    if (sebelumnya) h.trace.input("x(n-1)", *sebelumnya);
    if (!sekarang || !sebelumnya) return detail::set_undefined(h, "input not reported", Status::missing);
    if (sebelumnya->is_zero()) return detail::set_undefined(h, "x(n−1) is 0");
    return detail::set_value(h, (*sekarang - *sebelumnya) / *sebelumnya * detail::hundred);
}

inline Hasil penurunan_persen(const std::optional<Rasional>& sekarang, const std::optional<Rasional>& sebelumnya,
                              int places, Rounding rounding) {
    Hasil h = detail::start("(x(n−1) − x(n)) / x(n−1) × 100", "penurunan_persen",
                            "percentage decrease (RPJMD indicator definitions)", places, rounding);
    if (sekarang) h.trace.input("x(n)", *sekarang);
    if (sebelumnya) h.trace.input("x(n-1)", *sebelumnya);
    if (!sekarang || !sebelumnya) return detail::set_undefined(h, "input not reported", Status::missing);
    if (sebelumnya->is_zero()) return detail::set_undefined(h, "x(n−1) is 0");
    return detail::set_value(h, (*sebelumnya - *sekarang) / *sebelumnya * detail::hundred);
}

}  // namespace sakip
