// Private helpers shared by the audit sources (not installed).
#pragma once

#include <sakip/audit/audit.hpp>
#include <sakip/evaluate/evaluasi.hpp>
#include <sakip/interrupt.hpp>

#include "io/json_pointer.hpp"
#include "model/index.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sakip::detail {

// evaluate() without cek_tahun: the audit evaluates the years its figures name (a trend column of a
// year with a DPA but no realisasi), which need not be years of the document (evaluate.cpp).
EvaluasiTahun evaluate_tahun(const Dokumen& doc, int tahun, const EvaluateOptions& options);

// Why a measure failed, in Indonesian (the English is the error's own what()).
inline std::string alasan_id(const error& e) {
    if (dynamic_cast<const overflow_error*>(&e) != nullptr)
        return std::string("hasil di luar batas (38 angka penting) - ") + e.what();
    if (dynamic_cast<const division_by_zero*>(&e) != nullptr) return std::string("pembagian dengan nol - ") + e.what();
    return std::string("galat perhitungan - ") + e.what();
}

}  // namespace sakip::detail

namespace sakip::audit_detail {

// Indonesian rendering of a decimal: "96,36", "928.037.500", "-15,73".
std::string id_text(const Decimal& d);
// Canonical text of an exact value at `places` (integers without decimals when exact).
std::string canon(const Rasional& r, int places);
using detail::json_pointer_escape;  // json_pointer.hpp

struct Context {
    const Dokumen& doc;
    const AuditOptions& opt;
    std::vector<Finding>& out;
    detail::IndeksDokumen idx;          // hash look-ups of the document's lists (model_index.hpp)
    std::map<int, EvaluasiTahun> def;   // default policy
    std::map<int, EvaluasiTahun> leg;   // 0/0 scored 100 %
    std::map<int, bool> report_legacy;  // the report of that year scores a 0/0 as 100 %
    std::map<int, bool> fired;          // the default evaluation of that year left a 0/0 undefined

    const EvaluasiTahun& ev(int tahun, bool legacy);
    void add(Finding f) { out.push_back(std::move(f)); }
};

// A check that failed on the document's values (sakip::error, e.g. a sum beyond 38 significant digits):
// a finding input.incomputable at `location`; sakip::interrupted is rethrown (audit.cpp).
void tidak_terhitung(Context& ctx, const error& e, std::string location, std::string source, const std::string& what_id,
                     const std::string& what_en);
template <class F>
void aman(Context& ctx, const std::string& location, const std::string& source, const std::string& what_id,
          const std::string& what_en, F&& check) {
    try {
        check();
    } catch (const interrupted&) {
        throw;
    } catch (const error& e) {
        tidak_terhitung(ctx, e, location, source, what_id, what_en);
    }
}

void audit_laporan(Context& ctx, int tahun);  // audit_laporan.cpp
void audit_dokumen(Context& ctx);             // audit_dokumen.cpp: DPA, PK, Renstra, realisasi

}  // namespace sakip::audit_detail
