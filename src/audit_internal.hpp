// Private helpers shared by the audit sources (not installed).
#pragma once

#include <sakip/audit.hpp>
#include <sakip/evaluate.hpp>

#include "json_pointer.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
    std::map<int, EvaluasiTahun> def;   // default policy
    std::map<int, EvaluasiTahun> leg;   // 0/0 scored 100 %
    std::map<int, bool> report_legacy;  // the report of that year scores a 0/0 as 100 %

    const EvaluasiTahun& ev(int tahun, bool legacy);
    void add(Finding f) { out.push_back(std::move(f)); }
};

void audit_laporan(Context& ctx, int tahun);  // audit_laporan.cpp
void audit_dokumen(Context& ctx);             // audit_dokumen.cpp: DPA, PK, Renstra, realisasi

}  // namespace sakip::audit_detail
