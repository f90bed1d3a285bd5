// sakip::audit: entry point, sorting, JSON output and the rule catalogue.
#include "audit/internal.hpp"

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

std::string id_text(const Decimal& d) { return format_angka(d); }

std::string canon(const Rasional& r, int places) {
    if (r.is_integer()) return r.round(0).to_string();
    return r.round(places).to_string();
}

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
        Finding x;
        x.rule = "input.incomputable";
        x.severity = Severity::error;
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
    Finding x;
    x.rule = "input.incomputable";
    x.severity = Severity::error;
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
    audit_detail::Context ctx{doc, options, out, detail::IndeksDokumen(doc), {}, {}, {}, {}};
    if (!options.skala.empty()) (void)skala(options.skala);  // sakip::error on an unknown name
    if (options.tahun) cek_tahun(doc, *options.tahun);       // a year the document does not report
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

std::vector<AuditRule> audit_rules() {
    using S = Severity;
    return {
        {"amount.ambiguous", S::warning,
         "an amount whose decimal part has three digits (27.000,000): read as decimals, probably a mistyped thousands "
         "group"},
        {"amount.english_grouping", S::info, "an amount grouped with commas (86,347,000)"},
        {"amount.invalid", S::warning, "a printed amount that is not a valid amount (Rp. 27.00.000,-)"},
        {"anggaran.mismatch", S::error, "an amount restated in another table or in prose differs from the DPA"},
        {"angka.decimal_point", S::info, "a percentage printed with '.' as decimal mark (6.84)"},
        {"angka.unreadable", S::warning, "a printed figure that cannot be read as a number where one is expected"},
        {"budget.sum", S::error, "a stated total differs from the sum of its rows"},
        {"capaian.undefined", S::warning, "a figure that only the legacy 0/0 = 100 % practice explains"},
        {"input.incomputable", S::error,
         "a figure that cannot be computed from the inputs (a result beyond 38 significant digits, as from an IKU "
         "denominator of 1E-38): left undefined, at the input's pointer"},
        {"input.mismatch", S::error, "a raw input restated in prose differs from the recorded input"},
        {"input.rincian_sum", S::error, "the breakdown of an input does not sum to it"},
        {"jumlah.recomputed", S::error, "a printed count (indicators, categories, programs) differs from the recount"},
        {"jumlah.terbilang", S::warning, "a count whose digits and words disagree (5 (enam))"},
        {"kategori.label", S::warning, "a category label that is not on the report's scale"},
        {"kategori.scale", S::error, "a category that the scale does not give for the capaian"},
        {"percent.recomputed", S::error,
         "a printed percentage (realisasi, capaian, average, serapan, share, efficiency) differs from the recomputed "
         "value"},
        {"percent.truncated", S::warning, "a printed percentage truncated instead of rounded half up"},
        {"pk.cascade_sum", S::warning,
         "the subordinate PKs' rows under a program do not sum to the superior PK's amount"},
        {"pk.dpa_mismatch", S::error, "a PK row's anggaran differs from the DPA"},
        {"pk.duplicate_row", S::warning, "a PK table lists the same program or kegiatan twice"},
        {"pk.not_in_dpa", S::info, "a PK row with no program or kegiatan of the DPA"},
        {"pk.sasaran_coverage", S::warning, "a PK funds a program whose sasaran the PK does not cover"},
        {"pk.target_mismatch", S::error, "a PK target differs from the Renstra target of the year"},
        {"pk.target_satuan", S::warning, "a percentage indicator whose target is not a percentage"},
        {"renstra.kondisi_awal", S::error, "a printed kondisi awal differs from the Renstra"},
        {"renstra.target_akhir", S::error, "a printed target akhir differs from the Renstra"},
        {"tahun.mismatch", S::warning, "a year printed in a caption or text differs from the year of the figures"},
        {"target.mismatch", S::error, "a printed target differs from the target of the year (Renstra / PK)"},
    };
}

}  // namespace sakip
