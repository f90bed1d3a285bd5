// The audit's rule registry (not installed): one entry per rule id, holding its severity, the
// measures (`ukuran`) it applies to, its documentation (English and Indonesian, with the Kajuara
// example of docs/audit.md) and, for a rule on printed figures, its check. Findings take their rule
// id and severity from here (temuan); audit_rules() and the table of docs/audit.md are this table.
// The entries: aturan.cpp.
#pragma once

#include "audit/internal.hpp"

#include <span>
#include <string_view>
#include <vector>

namespace sakip::audit_detail {

struct Aturan {
    std::string_view id;
    Severity severity;
    std::string_view error_bila;  // when the rule reports an error instead of `severity` ("" never)
    // The printed figures' measures the rule applies to, separated by spaces ("jumlah_*": every
    // measure of that prefix); "" for a check of the documents themselves (dokumen.cpp, audit.cpp).
    std::string_view ukuran;
    std::string_view en;                                   // what it checks, one line
    std::string_view id_doc;                               // the same in Indonesian
    std::string_view contoh;                               // an example finding of Kajuara 2020, or where it is tested
    void (*cek)(const Periksa&, const Aturan&) = nullptr;  // a rule on printed figures: its check
    Lapisan lapisan = Lapisan::hitung_ulang;               // its layer (a comparison's: see Putusan::lapisan)

    std::vector<std::string_view> daftar_ukuran() const;  // `ukuran` as a list
    bool berlaku(std::string_view u) const;               // whether it applies to measure `u`
};

// The checks of angka.cpp on printed figures: a lone group read as thousands (angka.ambiguous),
// a "not available" text (data.tidak_tersedia). audit_angka: the same over the recorded values.
void cek_angka_ambigu(const Periksa& p, const Aturan& rule);
void cek_tidak_tersedia(const Periksa& p, const Aturan& rule);
void audit_angka(Context& ctx);

// The registry, sorted by id.
std::span<const Aturan> daftar_aturan() noexcept;
// The entry of `id`; std::logic_error for an id that is not registered (a programming error).
const Aturan& aturan(std::string_view id);
// A finding of `rule` with the rule's severity (error when `error` and the rule has an error case).
Finding temuan(const Aturan& rule, bool error = false);
inline Finding temuan(std::string_view id, bool error = false) { return temuan(aturan(id), error); }

}  // namespace sakip::audit_detail
