// sakip::audit: recompute every figure a report printed (laporan.angka) from the document's inputs
// and cross-check the documents (PK against DPA, the PK cascade, Renstra targets, stated totals),
// returning one Finding per discrepancy. Rule ids, severities and examples: docs/audit.md.
//
// Matching rule for a printed number: it matches when it equals the exact value rounded half up at
// the printed precision ("103,1" matches 103,0928…). Equal to the value truncated at that precision
// instead: rule percent.truncated (warning). Anything else: an error (percent.recomputed or the
// rule of the check). A figure that is right gives no finding.
//
// 0/0: the default policy leaves a 0/0 realisasi or capaian undefined. A printed figure that only
// the legacy "0/0 = 100 %" practice explains is reported as capaian.undefined; when the report
// itself scores a 0/0 as 100 % (some printed figure matches only the legacy value), figures that
// depend on it and match neither reading are compared with the legacy value, as the report's own
// convention, and the trace gives both values.
//
// Findings are deterministic and sorted by (severity, location, rule, message).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <sakip/evaluate/evaluasi.hpp>
#include <sakip/model/dokumen.hpp>

namespace sakip {

enum class Severity { error, warning, info };
std::string_view to_string(Severity s) noexcept;  // "error", "warning", "info"

// The two layers of the audit (docs/audit.md "Two layers"): konsistensi, a printed figure against the
// report's own printed inputs (a capaian from the printed target and realisasi, an average from the
// printed capaian, a total from the printed parts, a text against itself); hitung_ulang, the printed
// figures against the raw data (IKU formula inputs, DPA lines, the Renstra). A wrong printed input is
// reported once, where it is; a figure wrong only because of it gets an info pointing to it.
enum class Lapisan { konsistensi, hitung_ulang };
std::string_view to_string(Lapisan l) noexcept;  // "konsistensi", "hitung_ulang"

struct Finding {
    std::string rule;  // stable id: "percent.recomputed", "budget.sum", "pk.dpa_mismatch", ...
    Severity severity = Severity::error;
    Lapisan lapisan = Lapisan::hitung_ulang;    // which layer found it
    std::string location;                       // JSON Pointer into the document: "/laporan/2020/angka/t339.02.serapan"
    std::string source;                         // where it is printed: "Tabel 3.3.9 (baris 1033)"
    std::string message;                        // one line, Indonesian
    std::string message_en;                     // the same in English
    std::string reported;                       // the text exactly as printed ("" when none)
    std::optional<std::string> reported_value;  // canonical decimal ("96.35") or label; nullopt if unreadable
    std::optional<std::string> expected;        // canonical decimal ("96.36", "928037500") or label
    std::string trace;                          // how `expected` was computed

    // "error percent.recomputed /laporan/2020/angka/t339.02.serapan: <message>"
    std::string to_string(bool english = false) const;
    friend bool operator==(const Finding&, const Finding&) = default;
};

struct AuditOptions {
    // Years of laporan to audit; nullopt: every laporan year of the document.
    std::optional<int> tahun;
    // Scale for kategori figures; nullopt: the report's own (skala_laporan, sakip/evaluate/evaluasi.hpp).
    std::optional<Skala> skala;
    // Policies of the recomputation (0/0 undefined by default; see above).
    CapaianPolicy policy;
};

std::vector<Finding> audit(const Dokumen& doc, const AuditOptions& options = {});

// The audit and the evaluation of one year in one pass. The audit evaluates every year it checks, so
// the evaluation of `tahun` comes (almost) free: `findings` equals audit(doc, options) and `evaluasi`
// equals evaluate(doc, tahun, {options.policy, options.skala}) - the same values and traces.
struct AuditEvaluasi {
    std::vector<Finding> findings;
    EvaluasiTahun evaluasi;
};
AuditEvaluasi audit_evaluate(const Dokumen& doc, int tahun, const AuditOptions& options = {});

// Findings as JSON: an array of objects with the fields above (severity as its name, absent
// optionals as null), 2-space indentation, UTF-8, trailing newline. Deterministic.
std::string to_json(const std::vector<Finding>& findings);

// The audit's rules, sorted by id: the registry every finding takes its rule id and severity from
// (src/audit/aturan.cpp; docs/audit.md's rule table is generated from it).
struct AuditRule {
    std::string_view id;           // "percent.recomputed"
    Severity severity;             // of its findings
    Lapisan lapisan;               // the layer of its findings (a comparison's: that of the value it compares with)
    std::string_view description;  // what it checks, one line, English
    std::string_view deskripsi;    // the same in Indonesian
    std::string_view ukuran;       // the printed measures it applies to, space-separated ("" for checks of
                                   // the documents: DPA, PK, realisasi); "jumlah_*" is every measure of the prefix
    std::string_view error_when;   // when it reports an error instead of `severity` ("" never)
    std::string_view example;      // an example finding of Kajuara 2020, or where the rule is tested
};
std::vector<AuditRule> audit_rules();
// The rule table as Markdown (the table of docs/audit.md between its marker comments) and as JSON
// (an array of objects: rule, severity, error_when, ukuran (array), description, deskripsi, example).
std::string audit_rules_markdown();
std::string audit_rules_json();

}  // namespace sakip
