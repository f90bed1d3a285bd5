// The realisasi of an indicator for a year: from its IKU formula over the reported inputs (this
// year's and, for x[n-1], last year's), else the recorded nilai; undefined with a masalah when the
// formula reads an input the document does not report.
#include <sakip/measure/ekspresi.hpp>

#include "audit/internal.hpp"
#include "evaluate/internal.hpp"

#include <algorithm>
#include <string>

namespace sakip {

using namespace evaluate_detail;

namespace evaluate_detail {

// The IKU formula reads an input that the document does not report: this year's, or last year's for
// x[n-1] (prev(x)) and the change formulas, as in the first year of the data. With the year's inputs
// recorded and no nilai to fall back on, the realisasi is undefined and listed in out.masalah (the
// audit's input.incomputable), never 0 and never an exception.
void tanpa_input(EvaluasiTahun& out, Hasil& h, const std::string& indikator, int tahun, const Iku* iku,
                 const RealisasiIndikator* r, const RealisasiIndikator* rp) {
    if (iku == nullptr || r == nullptr || r->input.empty()) return;
    const Rumus& rumus = iku->rumus;
    std::vector<std::string> keys;  // the formula's reads, as Ekspresi::names() spells them
    if (rumus.jenis == JenisRumus::ekspresi) {
        keys = Ekspresi::parse(rumus.ekspresi).names();
    } else {
        keys = rumus.inputs();
        if (rumus.jenis == JenisRumus::perubahan_persen || rumus.jenis == JenisRumus::penurunan_persen)
            keys.push_back(rumus.input + "[n-1]");
    }
    constexpr std::string_view lag = "[n-1]";
    std::string missing;
    for (const std::string& key : keys) {
        const bool before = key.size() > lag.size() && key.compare(key.size() - lag.size(), lag.size(), lag) == 0;
        const RealisasiIndikator* in = before ? rp : r;
        const std::string name = before ? key.substr(0, key.size() - lag.size()) : key;
        if (in != nullptr &&
            std::any_of(in->input.begin(), in->input.end(), [&](const InputNilai& x) { return x.nama == name; }))
            continue;
        missing += (missing.empty() ? "" : ", ") + key + " (" + std::to_string(before ? tahun - 1 : tahun) + ")";
    }
    if (missing.empty()) return;
    const std::string y = std::to_string(tahun);
    MasalahHitung m;
    m.pointer = "/realisasi/" + y + "/" + detail::json_pointer_escape(indikator) + "/input";
    m.message = "realisasi " + indikator + " " + y + " tidak dapat dihitung: rumus IKU membaca input yang tidak " +
                "dilaporkan: " + missing;
    m.message_en = "realisasi of " + indikator + " in " + y +
                   " cannot be computed: the IKU formula reads inputs the document does not report: " + missing;
    m.trace = h.trace_text();
    h.status = Status::undefined;
    h.trace.reason = "not computable: inputs not reported: " + missing;
    out.masalah.push_back(std::move(m));
}

// realisasi_indikator over the indicator's realisasi of the year and of the year before and its IKU,
// looked up by the caller (evaluate asks its IndeksDokumen, a single call the document itself).
Hasil realisasi_dari(std::string_view indikator, int tahun, const RealisasiIndikator* r, const RealisasiIndikator* rp,
                     const Iku* iku, const CapaianPolicy& policy, std::string* sumber) {
    if (sumber != nullptr) sumber->clear();
    Hasil h = detail::start("", "", "");
    h.trace.places = policy.places;
    h.trace.rounding = policy.rounding;
    if (r == nullptr) {
        detail::set_undefined(h, "no realisasi for " + std::string(indikator) + " in " + std::to_string(tahun),
                              Status::missing);
        return h;
    }
    if (iku != nullptr && !r->input.empty()) {
        // An input printed as "not available" ("n/a") is left out: the formula cannot read it, so
        // the realisasi falls back on the nilai or is missing, with the text as the reason; never 0.
        NilaiInput now;
        std::string na;
        for (const InputNilai& in : r->input) {
            if (auto v = in.nilai.nilai())
                now.emplace(in.nama, Rasional(*v));
            else
                na += (na.empty() ? "" : ", ") + in.nama + " = \"" + in.nilai.text + "\"";
        }
        NilaiInput prev;
        if (rp != nullptr)
            for (const InputNilai& in : rp->input)
                if (auto v = in.nilai.nilai()) prev.emplace(in.nama, Rasional(*v));
        Hasil f = realisasi_iku(iku->rumus, now, rp != nullptr ? &prev : nullptr, policy.places, policy.rounding);
        if (f.status != Status::missing) {
            if (f.status == Status::undefined && iku->rumus.jenis == JenisRumus::rasio) {
                auto a = now.find(iku->rumus.pembilang);
                auto b = now.find(iku->rumus.penyebut);
                if (a != now.end() && b != now.end() && a->second.is_zero() && b->second.is_zero()) {
                    if (policy.zero_over_zero == ZeroOverZero::seratus) {
                        f.trace.policy.emplace_back("zero_over_zero=seratus (legacy: 0/0 scored 100 %)");
                        f.trace.reason = "0/0 scored 100 % by the legacy policy; not a measurement";
                        detail::set_value(f, detail::hundred, Status::legacy_zero_over_zero);
                    } else {
                        f.trace.policy.emplace_back("zero_over_zero=undefined");
                        f.trace.reason = "0/0: pembilang and penyebut are both 0";
                    }
                }
            }
            if (sumber != nullptr) *sumber = "iku";
            return f;
        }
        if (!na.empty() && (!r->nilai || !r->nilai->tersedia))
            return detail::set_undefined(
                f,
                "not available (tidak tersedia): input " + na + (f.trace.reason.empty() ? "" : "; " + f.trace.reason),
                Status::missing);
        if (!r->nilai) return f;
    }
    if (r->nilai && !r->nilai->tersedia) {
        h.trace.formula = "nilai";
        h.trace.variant = "recorded";
        return detail::set_undefined(h, "not available (tidak tersedia): nilai \"" + r->nilai->text + "\"",
                                     Status::missing);
    }
    if (r->nilai) {
        h.trace.formula = "nilai";
        h.trace.variant = "recorded";
        h.trace.rule = "realisasi recorded in the document (no raw inputs for the formula)";
        h.trace.input("nilai", Rasional(r->nilai->value));
        detail::set_value(h, Rasional(r->nilai->value));
        if (sumber != nullptr) *sumber = "nilai";
        return h;
    }
    detail::set_undefined(h, "no inputs or value for " + std::string(indikator) + " in " + std::to_string(tahun),
                          Status::missing);
    return h;
}

}  // namespace evaluate_detail

Hasil realisasi_indikator(const Dokumen& doc, std::string_view indikator, int tahun, const CapaianPolicy& policy,
                          std::string* sumber) {
    return realisasi_dari(indikator, tahun, doc.find_realisasi(tahun, indikator),
                          doc.find_realisasi(tahun - 1, indikator), doc.find_iku(indikator), policy, sumber);
}

}  // namespace sakip
