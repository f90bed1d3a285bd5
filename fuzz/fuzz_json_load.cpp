// Fuzzes sakip::load_json with whole documents: any input either loads or throws
// sakip::load_error (never crashes, never another exception). A loaded document must survive
// save -> load unchanged, and save must be a fixed point. Every IKU formula of a loaded document
// must parse with Ekspresi::parse, the parser evaluate uses (issue 13: one formula language, so a
// formula that loads evaluates). Then it goes on through the audit and the evaluation of every year
// it has (sakip::tahun_dokumen), under both 0/0 policies, and the one-pass audit_evaluate: none of
// them may throw anything for a document that loaded (docs/limits.md: a formula's missing input,
// division by zero or overflow is an undefined figure, listed in EvaluasiTahun::masalah as
// input.incomputable or compared as capaian.undefined, not an exception), and audit_evaluate must
// give the audit's findings. The only exceptions documented for these calls are load_error (load)
// and the sakip::error of a year the document does not report (evaluate, audit with a year):
// anything else aborts. (sakip::interrupted needs an interrupt hook; the fuzzer sets none.)
#include <sakip/audit/audit.hpp>
#include <sakip/error.hpp>
#include <sakip/evaluate/evaluasi.hpp>
#include <sakip/io/json.hpp>
#include <sakip/measure/ekspresi.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>

namespace {

[[noreturn]] void fail(const char* what, const std::exception* e = nullptr) {
    std::fprintf(stderr, "fuzz_json_load: %s%s%s\n", what, e != nullptr ? ": " : "", e != nullptr ? e->what() : "");
    std::abort();
}

void formulas_parse(const sakip::Dokumen& doc) {
    for (const sakip::Iku& k : doc.iku) {
        if (k.rumus.jenis != sakip::JenisRumus::ekspresi) continue;
        try {
            (void)sakip::Ekspresi::parse(k.rumus.ekspresi);
        } catch (const std::exception& e) {
            fail("an IKU formula that loaded does not parse", &e);
        }
    }
}

void audit_and_evaluate(const sakip::Dokumen& doc) {
    const auto years = sakip::tahun_dokumen(doc);
    try {
        const auto all = sakip::audit(doc);
        sakip::AuditOptions legacy;
        legacy.policy.zero_over_zero = sakip::ZeroOverZero::seratus;
        (void)sakip::audit(doc, legacy);
        for (int y : years) {
            sakip::AuditOptions one;
            one.tahun = y;
            (void)sakip::audit(doc, one);
            (void)sakip::evaluate(doc, y);
            sakip::EvaluateOptions eo;
            eo.policy.zero_over_zero = sakip::ZeroOverZero::seratus;
            (void)sakip::evaluate(doc, y, eo);
            if (sakip::audit_evaluate(doc, y).findings != all) fail("audit_evaluate differs from audit");
        }
    } catch (const std::exception& e) {
        fail("audit/evaluate of a loaded document threw", &e);
    }
    int missing = years.empty() ? 2020 : years.back() + 1;
    try {
        (void)sakip::evaluate(doc, missing);
    } catch (const sakip::error&) {
        return;  // documented: a year the document does not report
    } catch (const std::exception& e) {
        fail("evaluate of a missing year threw something else", &e);
    }
    fail("evaluate of a year the document does not have returned");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    sakip::Dokumen doc;
    try {
        doc = sakip::load_json(text, "<fuzz>");
    } catch (const sakip::load_error& e) {
        if (e.problems().empty()) std::abort();  // a load_error always says why
        return 0;
    }
    const std::string saved = sakip::save(doc);
    sakip::Dokumen again;
    try {
        again = sakip::load_json(saved, "<saved>");
    } catch (const sakip::load_error&) {
        std::abort();  // what save writes must load
    }
    if (!(again == doc)) std::abort();
    if (sakip::save(again) != saved) std::abort();
    formulas_parse(doc);
    audit_and_evaluate(doc);
    return 0;
}
