// The definitions of include/sakip/measure/akip.hpp (the Evaluasi AKIP score), included at its end: the measures are
// header-only. Helpers are in sakip::detail (not part of the API).
#pragma once

#include <sakip/error.hpp>
#include <sakip/measure/akip.hpp>
#include <sakip/measure/internal.hpp>

#include <array>
#include <optional>

namespace sakip {

inline const std::vector<KomponenAkip>& komponen_akip() {
    static const std::vector<KomponenAkip> k = {
        {"perencanaan", "Perencanaan Kinerja", Decimal(30)},
        {"pengukuran", "Pengukuran Kinerja", Decimal(30)},
        {"pelaporan", "Pelaporan Kinerja", Decimal(15)},
        {"evaluasi_internal", "Evaluasi Akuntabilitas Kinerja Internal", Decimal(25)},
    };
    return k;
}

inline std::string_view to_string(SubKomponenAkip s) noexcept {
    switch (s) {
        case SubKomponenAkip::pemenuhan:
            return "pemenuhan";
        case SubKomponenAkip::kualitas:
            return "kualitas";
        case SubKomponenAkip::pemanfaatan:
            return "pemanfaatan";
    }
    return "pemenuhan";
}

inline SubKomponenAkip parse_sub_komponen_akip(std::string_view name) {
    if (name == "pemenuhan") return SubKomponenAkip::pemenuhan;
    if (name == "kualitas") return SubKomponenAkip::kualitas;
    if (name == "pemanfaatan") return SubKomponenAkip::pemanfaatan;
    throw error("sub-komponen AKIP \"" + std::string(name) + "\" tidak dikenal / unknown AKIP sub-component \"" +
                std::string(name) + "\"");
}

inline Decimal bobot_sub_komponen(SubKomponenAkip s) {
    switch (s) {
        case SubKomponenAkip::pemenuhan:
            return Decimal(20);
        case SubKomponenAkip::kualitas:
            return Decimal(30);
        case SubKomponenAkip::pemanfaatan:
            return Decimal(50);
    }
    return Decimal(0);
}

inline Rasional nilai_jawaban(std::string_view j) {
    if (j == "Y" || j == "y" || j == "A" || j == "a") return Rasional(1);
    if (j == "T" || j == "t" || j == "E" || j == "e") return Rasional(0);
    if (j == "B" || j == "b") return Rasional(3, 4);
    if (j == "C" || j == "c") return Rasional(1, 2);
    if (j == "D" || j == "d") return Rasional(1, 4);
    std::optional<Rasional> v;
    try {
        v = Rasional(Decimal(j));
    } catch (const error&) {
        v.reset();
    }
    if (!v || v->signum() < 0 || *v > Rasional(1)) {
        throw error("jawaban AKIP \"" + std::string(j) +
                    "\": diharapkan Y, T, A..E atau pecahan dalam [0, 1] / AKIP answer \"" + std::string(j) +
                    "\": expected Y, T, A..E or a fraction in [0, 1]");
    }
    return *v;
}

inline Predikat predikat_akip(const Rasional& nilai) {
    if (nilai.signum() < 0 || nilai > Rasional(100)) {
        throw error("predikat_akip: nilai " + detail::decimal_text(nilai) +
                    " di luar [0, 100] / predikat_akip: nilai " + detail::decimal_text(nilai) + " outside [0, 100]");
    }
    struct Row {
        int above;
        Predikat p;
    };
    static constexpr std::array<Row, 6> rows = {{
        {90, {"AA", "Sangat Memuaskan"}},
        {80, {"A", "Memuaskan"}},
        {70, {"BB", "Sangat Baik"}},
        {60, {"B", "Baik"}},
        {50, {"CC", "Cukup"}},
        {30, {"C", "Kurang"}},
    }};
    for (const Row& r : rows) {
        if (nilai > Rasional(r.above)) return r.p;
    }
    return {"D", "Sangat Kurang"};
}

inline HasilAkip nilai_akip(std::span<const JawabanAkip> jawaban, int places, Rounding rounding) {
    const auto& komponen = komponen_akip();
    for (const JawabanAkip& j : jawaban) {
        bool known = false;
        for (const auto& k : komponen) known = known || k.kode == j.komponen;
        if (!known)
            throw error("komponen AKIP \"" + j.komponen + "\" tidak dikenal / unknown AKIP component \"" + j.komponen +
                        "\"");
    }
    HasilAkip out;
    Hasil& total = out.nilai;
    total.trace.formula = "Σ bobot × sub% × mean(jawaban)";
    total.trace.variant = "permenpanrb_88_2021";
    total.trace.rule = "PermenPAN-RB 88/2021: 30/30/15/25, sub-components 20/30/50 %";
    total.trace.places = places;
    total.trace.rounding = rounding;
    Rasional sum;
    std::string unanswered;
    for (const auto& k : komponen) {
        Hasil h;
        h.trace.formula = "bobot × (0,2 × pemenuhan + 0,3 × kualitas + 0,5 × pemanfaatan)";
        h.trace.variant = k.kode;
        h.trace.rule = total.trace.rule;
        h.trace.places = places;
        h.trace.rounding = rounding;
        Rasional score;
        bool complete = true;
        for (SubKomponenAkip s :
             {SubKomponenAkip::pemenuhan, SubKomponenAkip::kualitas, SubKomponenAkip::pemanfaatan}) {
            Rasional answered;
            std::size_t n = 0;
            for (const JawabanAkip& j : jawaban) {
                if (j.komponen != k.kode || j.sub != s) continue;
                for (const std::string& a : j.jawaban) {
                    answered += nilai_jawaban(a);
                    ++n;
                }
            }
            const std::string name = std::string(to_string(s));
            if (n == 0) {
                complete = false;
                unanswered += (unanswered.empty() ? "" : ", ") + k.kode + "." + name;
                continue;
            }
            const Rasional mean = answered / Rasional(static_cast<long long>(n));
            h.trace.input(name, mean);
            score += Rasional(k.bobot) * Rasional(bobot_sub_komponen(s)) / Rasional(100) * mean;
        }
        if (complete) {
            h.exact = score;
            h.value = score.round(places, rounding);
            h.status = Status::ok;
            total.trace.input(k.kode, score);
            sum += score;
        } else {
            h.status = Status::missing;
            h.trace.reason = "a sub-component has no answer";
        }
        out.komponen.emplace_back(k.kode, std::move(h));
    }
    if (!unanswered.empty()) {
        total.status = Status::missing;
        total.trace.reason = "no answers for " + unanswered;
        return out;
    }
    total.exact = sum;
    total.value = sum.round(places, rounding);
    total.status = Status::ok;
    out.predikat = predikat_akip(sum);
    return out;
}

}  // namespace sakip
