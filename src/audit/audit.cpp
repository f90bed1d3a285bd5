// sakip::audit: entry point, sorting, JSON output and the rule catalogue.
#include "audit/aturan.hpp"

#include <sakip/decimal/format.hpp>

#include <sakip/measure/skala.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <tuple>

namespace sakip {

std::string_view to_string(Severity s) noexcept {
    switch (s) {
        case Severity::error:
            return "error";
        case Severity::warning:
            return "warning";
        case Severity::info:
            return "info";
    }
    return "error";
}

std::string_view to_string(Lapisan l) noexcept { return l == Lapisan::konsistensi ? "konsistensi" : "hitung_ulang"; }

std::string Finding::to_string(bool english) const {
    std::string s(sakip::to_string(severity));
    s += ' ';
    s += rule;
    s += ' ';
    s += location;
    s += ": ";
    s += english ? message_en : message;
    return s;
}

namespace audit_detail {

namespace {

// Whether the 0/0 policy decided any figure of the evaluation. The legacy "0/0 = 100 %" policy changes
// only those figures (the default records "zero_over_zero=undefined" in their trace where it fires), so
// when it never fired the legacy evaluation equals the default one and is not computed again.
bool zero_over_zero_fired(const EvaluasiTahun& e) {
    auto fired = [](const Hasil& h) {
        return std::find(h.trace.policy.begin(), h.trace.policy.end(), "zero_over_zero=undefined") !=
               h.trace.policy.end();
    };
    return std::any_of(e.indikator.begin(), e.indikator.end(),
                       [&](const EvaluasiIndikator& i) { return fired(i.realisasi) || fired(i.capaian); });
}

}  // namespace

const EvaluasiTahun& Context::ev(int tahun, bool legacy) {
    if (legacy) {
        const EvaluasiTahun& d = ev(tahun, false);
        if (opt.policy.zero_over_zero == ZeroOverZero::seratus) return d;
        // Asked once per year: asking at every look-up scanned every indicator per printed figure.
        auto known = fired.find(tahun);
        if (known == fired.end()) known = fired.emplace(tahun, zero_over_zero_fired(d)).first;
        if (!known->second) return d;
    }
    auto& cache = legacy ? leg : def;
    auto it = cache.find(tahun);
    if (it != cache.end()) return it->second;
    EvaluateOptions eo;
    eo.policy = opt.policy;
    if (legacy) eo.policy.zero_over_zero = ZeroOverZero::seratus;
    eo.skala = opt.skala;
    const EvaluasiTahun& e = cache.emplace(tahun, detail::evaluate_tahun(doc, tahun, eo)).first->second;
    // Figures the evaluation could not compute, at the input's pointer (a masalah of both policies is
    // reported once: identical findings are merged).
    for (const MasalahHitung& m : e.masalah) {
        Finding x = audit_detail::temuan("input.incomputable");
        x.location = m.pointer;
        x.source = "evaluasi " + std::to_string(tahun);
        x.message = m.message;
        x.message_en = m.message_en;
        x.trace = m.trace;
        add(std::move(x));
    }
    return e;
}

void tidak_terhitung(Context& ctx, const error& e, std::string location, std::string source, const std::string& what_id,
                     const std::string& what_en) {
    Finding x = audit_detail::temuan("input.incomputable");
    x.location = std::move(location);
    x.source = std::move(source);
    x.message = what_id + " tidak dapat diperiksa: " + detail::alasan_id(e);
    x.message_en = what_en + " cannot be checked: " + e.what();
    x.trace = e.what();
    ctx.add(std::move(x));
}

}  // namespace audit_detail

namespace {

// Runs the audit; with `tahun`, also hands out the default evaluation of that year (computed by the
// audit already, or now).
std::vector<Finding> run_audit(const Dokumen& doc, const AuditOptions& options, std::optional<int> tahun_evaluasi,
                               EvaluasiTahun* evaluasi) {
    std::vector<Finding> out;
    audit_detail::Context ctx{doc, options, out, detail::IndeksDokumen(doc), {}, {}, {}, {}, {}};
    if (options.tahun) cek_tahun(doc, *options.tahun);  // a year the document does not report
    if (tahun_evaluasi) cek_tahun(doc, *tahun_evaluasi);
    for (const auto& [tahun, lap] : doc.laporan) {
        if (options.tahun && *options.tahun != tahun) continue;
        audit_detail::audit_laporan(ctx, tahun);
    }
    // Every audited year is evaluated (most already are, for the report's figures), so that a figure
    // the inputs make incomputable is a finding even when the report does not print it.
    for (int tahun : tahun_dokumen(doc))
        if (!options.tahun || *options.tahun == tahun) (void)ctx.ev(tahun, false);
    audit_detail::audit_dokumen(ctx);
    audit_detail::audit_angka(ctx);  // angka.cpp: how the recorded values were read

    // Deterministic order; identical findings (same rule, place and message) once.
    auto key = [](const Finding& f) {
        return std::tie(f.severity, f.location, f.rule, f.message, f.reported, f.expected, f.trace);
    };
    std::sort(out.begin(), out.end(), [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
    out.erase(std::unique(out.begin(), out.end()), out.end());
    if (tahun_evaluasi && evaluasi != nullptr) {
        (void)ctx.ev(*tahun_evaluasi, false);
        *evaluasi = std::move(ctx.def.at(*tahun_evaluasi));
    }
    return out;
}

}  // namespace

std::vector<Finding> audit(const Dokumen& doc, const AuditOptions& options) {
    return run_audit(doc, options, std::nullopt, nullptr);
}

AuditEvaluasi audit_evaluate(const Dokumen& doc, int tahun, const AuditOptions& options) {
    AuditEvaluasi r;
    r.findings = run_audit(doc, options, tahun, &r.evaluasi);
    return r;
}

std::string to_json(const std::vector<Finding>& findings) {
    nlohmann::ordered_json arr = nlohmann::ordered_json::array();
    for (const Finding& f : findings) {
        nlohmann::ordered_json o;
        o["rule"] = f.rule;
        o["severity"] = std::string(to_string(f.severity));
        o["lapisan"] = std::string(to_string(f.lapisan));
        o["location"] = f.location;
        o["source"] = f.source;
        o["message"] = f.message;
        o["message_en"] = f.message_en;
        o["reported"] = f.reported;
        o["reported_value"] = f.reported_value ? nlohmann::ordered_json(*f.reported_value) : nlohmann::ordered_json();
        o["expected"] = f.expected ? nlohmann::ordered_json(*f.expected) : nlohmann::ordered_json();
        o["trace"] = f.trace;
        arr.push_back(std::move(o));
    }
    return arr.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace sakip
