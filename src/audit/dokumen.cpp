// sakip::audit, part 2: the documents against each other - amounts as printed, DPA totals, PK rows
// against the DPA, the PK cascade, PK targets against the Renstra, input breakdowns.
#include "audit/aturan.hpp"

#include <sakip/decimal/format.hpp>

#include <boost/multiprecision/cpp_int.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string_view>
#include <type_traits>
#include <unordered_map>

namespace sakip::audit_detail {

namespace {

std::string canon_rp(const Rupiah& r) {
    return r.sen() % 100 == 0 ? r.value().quantize(0).to_string() : r.value().to_string();
}

// `loc` is the amount's JSON Pointer, or a callable giving it: a DPA has thousands of amounts and
// almost none has a note, so the pointer is built only for a finding.
template <class Loc>
void cek_amount(Context& ctx, const Amount& a, const Loc& location, const std::string& source) {
    if (a.notes.empty()) return;
    std::string loc;
    if constexpr (std::is_invocable_v<const Loc&>)
        loc = location();
    else
        loc = location;
    auto add = [&](const char* rule, std::string message, std::string message_en, const char* trace) {
        Finding x = temuan(rule);
        x.location = loc;
        x.source = source;
        x.reported = a.text;
        x.reported_value = canon_rp(a.value);
        x.message = std::move(message);
        x.message_en = std::move(message_en);
        x.trace = trace;
        ctx.add(std::move(x));
    };
    if (a.has_note("ambiguous_separator")) {
        add("amount.ambiguous",
            "jumlah uang \"" + a.text + "\" bermakna ganda: dibaca " + a.value.format(RupiahFormat::ringkas()) +
                " (tiga angka setelah koma desimal), kemungkinan salah ketik pemisah ribuan",
            "amount \"" + a.text + "\" is ambiguous: read as " + a.value.format(RupiahFormat::ringkas()) +
                " (three digits after the decimal comma), probably a mistyped thousands separator",
            "Indonesian reading: '.' groups thousands, ',' marks decimals");
    }
    if (a.has_note("english_grouping")) {
        add("amount.english_grouping",
            "jumlah uang \"" + a.text + "\" memakai koma sebagai pemisah ribuan; dibaca " +
                a.value.format(RupiahFormat::ringkas()),
            "amount \"" + a.text + "\" uses commas to group thousands; read as " +
                a.value.format(RupiahFormat::ringkas()),
            "English grouping: ',' groups thousands");
    }
}

Finding sum_finding(const std::string& loc, const std::string& source, const Amount& stated, const Rupiah& sum,
                    const std::string& what_id, const std::string& what_en, const std::string& trace) {
    Finding x = temuan("budget.sum");
    x.location = loc;
    x.source = source;
    x.reported = stated.text;
    x.reported_value = canon_rp(stated.value);
    x.expected = canon_rp(sum);
    x.message = what_id + " tertulis " + stated.value.format(RupiahFormat::ringkas()) + ", padahal jumlah rinciannya " +
                sum.format(RupiahFormat::ringkas()) + " (selisih " +
                (stated.value - sum).format(RupiahFormat::ringkas()) + ")";
    x.message_en = what_en + " is stated as " + stated.value.format(RupiahFormat::ringkas()) + " but its rows sum to " +
                   sum.format(RupiahFormat::ringkas()) + " (difference " +
                   (stated.value - sum).format(RupiahFormat::ringkas()) + ")";
    x.trace = trace;
    return x;
}

void cek_dpa(Context& ctx, int tahun, const Dpa& dpa) {
    const std::string root = "/dpa/" + std::to_string(tahun);
    const std::string src = dpa.sumber.empty() ? "DPA " + std::to_string(tahun) : dpa.sumber;
    auto belanja = [&](const char* name, const std::optional<BelanjaPos>& pos) {
        if (!pos) return;
        cek_amount(ctx, pos->rencana, root + "/belanja/" + name + "/rencana", src);
        if (pos->realisasi) cek_amount(ctx, *pos->realisasi, root + "/belanja/" + name + "/realisasi", src);
    };
    belanja("tidak_langsung", dpa.belanja.tidak_langsung);
    belanja("langsung", dpa.belanja.langsung);
    belanja("operasi", dpa.belanja.operasi);
    belanja("modal", dpa.belanja.modal);
    belanja("tidak_terduga", dpa.belanja.tidak_terduga);
    belanja("transfer", dpa.belanja.transfer);

    // Belanja langsung (Permendagri 13/2006) is the sum of the programs; a stated program or kegiatan
    // amount the sum of its kegiatan or sub kegiatan. The sums are the evaluation's (a sum beyond 38
    // digits is its input.incomputable); only the terms of the trace are listed here.
    const EvaluasiTahun& ev = ctx.ev(tahun, false);
    const std::string n = std::to_string(ev.program.size());
    if (dpa.belanja.langsung && !ev.program.empty()) {
        auto terms = [&](bool rencana) {
            std::string t;
            for (const EvaluasiProgram& p : ev.program)
                t += (t.empty() ? "" : " + ") + p.kode + " " + canon_rp(rencana ? *p.rencana : *p.realisasi);
            return t;
        };
        if (ev.total_rencana && dpa.belanja.langsung->rencana.value != *ev.total_rencana)
            ctx.add(sum_finding(
                root + "/belanja/langsung/rencana", src, dpa.belanja.langsung->rencana, *ev.total_rencana,
                "belanja langsung (rencana)", "belanja langsung (planned)",
                "Σ rencana of the " + n + " programs: " + terms(true) + " = " + canon_rp(*ev.total_rencana)));
        if (ev.total_realisasi && dpa.belanja.langsung->realisasi &&
            dpa.belanja.langsung->realisasi->value != *ev.total_realisasi)
            ctx.add(sum_finding(
                root + "/belanja/langsung/realisasi", src, *dpa.belanja.langsung->realisasi, *ev.total_realisasi,
                "belanja langsung (realisasi)", "belanja langsung (spent)",
                "Σ realisasi of the " + n + " programs: " + terms(false) + " = " + canon_rp(*ev.total_realisasi)));
    }
    // Stated totals against their rows; names and pointers are built only for a finding.
    auto sums = [&](const auto& parent, std::size_t rows, const char* child_name, const std::optional<Rupiah>& r,
                    const std::optional<Rupiah>& z, auto&& ploc, auto&& what) {
        const std::string k = std::to_string(rows);
        if (r && parent.rencana && parent.rencana->value != *r)
            ctx.add(sum_finding(ploc() + "/rencana", src, *parent.rencana, *r, "rencana " + what(),
                                "planned amount of " + what(),
                                "Σ rencana of the " + k + " " + child_name + " = " + canon_rp(*r)));
        if (z && parent.realisasi && parent.realisasi->value != *z)
            ctx.add(sum_finding(ploc() + "/realisasi", src, *parent.realisasi, *z, "realisasi " + what(),
                                "spending of " + what(),
                                "Σ realisasi of the " + k + " " + child_name + " = " + canon_rp(*z)));
    };
    for (const Program& p : dpa.program) {
        check_interrupt();
        const std::string pl = root + "/program/" + json_pointer_escape(p.kode.text());
        if (p.rencana) cek_amount(ctx, *p.rencana, pl + "/rencana", src);
        if (p.realisasi) cek_amount(ctx, *p.realisasi, pl + "/realisasi", src);
        const EvaluasiProgram* ep = ev.find_program(p.kode.text());
        if (ep != nullptr)
            sums(
                p, p.kegiatan.size(), "kegiatan", ep->jumlah_rencana_kegiatan, ep->jumlah_realisasi_kegiatan,
                [&] { return pl; }, [&] { return "program " + p.kode.text(); });
        for (const Kegiatan& k : p.kegiatan) {
            auto kl = [&] { return pl + "/kegiatan/" + json_pointer_escape(k.kode.text()); };
            if (k.rencana)
                cek_amount(
                    ctx, *k.rencana, [&] { return kl() + "/rencana"; }, src);
            if (k.realisasi)
                cek_amount(
                    ctx, *k.realisasi, [&] { return kl() + "/realisasi"; }, src);
            const EvaluasiAnggaran* ek = nullptr;
            if (ep != nullptr)
                for (const auto& x : ep->kegiatan)
                    if (x.kode == k.kode.text()) ek = &x;
            if (ek != nullptr)
                sums(k, k.sub_kegiatan.size(), "sub kegiatan", ek->jumlah_rencana_sub_kegiatan,
                     ek->jumlah_realisasi_sub_kegiatan, kl, [&] { return "kegiatan " + k.kode.text(); });
            for (const SubKegiatan& s : k.sub_kegiatan) {
                auto sl = [&] { return kl() + "/sub_kegiatan/" + json_pointer_escape(s.kode.text()); };
                if (s.rencana)
                    cek_amount(
                        ctx, *s.rencana, [&] { return sl() + "/rencana"; }, src);
                if (s.realisasi)
                    cek_amount(
                        ctx, *s.realisasi, [&] { return sl() + "/realisasi"; }, src);
            }
        }
    }
}

// The DPA item a PK row names, with its printed name.
struct DpaItem {
    const Program* program = nullptr;
    const Kegiatan* kegiatan = nullptr;
    const SubKegiatan* sub = nullptr;
    std::optional<Rupiah> rencana;
    std::string nama;  // "program 01", "kegiatan 3101"
};

DpaItem dpa_item(const Dpa& dpa, const PkBaris& row) {
    DpaItem d;
    if (row.program) d.program = dpa.find_program(*row.program);
    if (row.kegiatan)
        d.kegiatan = d.program != nullptr ? d.program->find_kegiatan(*row.kegiatan) : dpa.find_kegiatan(*row.kegiatan);
    if (row.sub_kegiatan && d.kegiatan != nullptr) d.sub = d.kegiatan->find_sub_kegiatan(*row.sub_kegiatan);
    if (d.sub != nullptr) {
        if (d.sub->rencana) d.rencana = d.sub->rencana->value;
        d.nama = "sub kegiatan " + d.sub->kode.text();
    } else if (d.kegiatan != nullptr) {
        if (d.kegiatan->rencana) d.rencana = d.kegiatan->rencana->value;
        d.nama = "kegiatan " + d.kegiatan->kode.text();
    } else if (d.program != nullptr) {
        if (d.program->rencana) d.rencana = d.program->rencana->value;
        d.nama = "program " + d.program->kode.text();
    }
    return d;
}

std::string pk_source(const PerjanjianKinerja& pk) { return pk.sumber.empty() ? "PK " + pk.id : pk.sumber; }

void cek_pk(Context& ctx, int tahun, const PerjanjianKinerja& pk) {
    const Dpa* dpa = ctx.doc.find_dpa(tahun);
    const std::string root = "/pk/" + std::to_string(tahun) + "/" + pk.id;
    const std::string src = pk_source(pk);
    const std::string who = pk.pihak_pertama.jabatan.empty() ? pk.id : pk.pihak_pertama.jabatan;

    // Targets of Renstra indicators against the Renstra target of the year.
    for (std::size_t s = 0; s < pk.sasaran.size(); ++s)
        for (std::size_t i = 0; i < pk.sasaran[s].indikator.size(); ++i) {
            const PkIndikator& row = pk.sasaran[s].indikator[i];
            if (row.indikator.empty() || !row.target || row.target->is_range()) continue;
            const Indikator* ind = ctx.idx.indikator(row.indikator);
            const Target* t = ind != nullptr ? ind->target_tahun(tahun) : nullptr;
            if (t == nullptr || t->is_range()) continue;
            if (t->besaran()->value == row.target->besaran()->value) continue;
            Finding x = temuan("pk.target_mismatch");
            x.location = root + "/sasaran/" + std::to_string(s) + "/indikator/" + std::to_string(i) + "/target";
            x.source = src;
            x.reported = row.target->besaran()->text;
            x.reported_value = row.target->besaran()->value.to_string();
            x.expected = t->besaran()->value.to_string();
            x.message = "PK " + who + " menetapkan target " + row.indikator + " " + row.target->besaran()->text +
                        ", Renstra " + std::to_string(tahun) + " " + t->besaran()->text;
            x.message_en = "the PK of " + who + " sets the target of " + row.indikator + " to " +
                           row.target->besaran()->text + ", the Renstra " + std::to_string(tahun) + " to " +
                           t->besaran()->text;
            x.trace = "renstra.indikator." + row.indikator + ".target." + std::to_string(tahun);
            ctx.add(std::move(x));
        }

    // Programs funded by the PK whose sasaran the PK does not cover.
    if (dpa != nullptr && !pk.sasaran.empty()) {
        std::set<std::string> covered;
        for (const PkSasaran& s : pk.sasaran) covered.insert(s.sasaran);
        std::set<std::string> reported;
        auto check_rows = [&](const std::vector<PkBaris>& rows, const char* name) {
            for (std::size_t i = 0; i < rows.size(); ++i) {
                if (!rows[i].program) continue;
                const Program* p = dpa->find_program(*rows[i].program);
                if (p == nullptr || p->sasaran.empty()) continue;
                if (std::any_of(p->sasaran.begin(), p->sasaran.end(),
                                [&](const std::string& s) { return covered.count(s) > 0; }))
                    continue;
                if (!reported.insert(p->kode.str()).second) continue;
                std::string sas, cov;
                for (const auto& s : p->sasaran) sas += (sas.empty() ? "" : ", ") + s;
                for (const auto& s : covered) cov += (cov.empty() ? "" : ", ") + s;
                Finding x = temuan("pk.sasaran_coverage");
                x.location = root + "/" + name + "/" + std::to_string(i);
                x.source = src;
                x.reported = rows[i].uraian;
                x.message = "PK " + who + " memuat program " + p->kode.text() + " (sasaran " + sas +
                            ") tetapi hanya menetapkan sasaran " + cov;
                x.message_en = "the PK of " + who + " funds program " + p->kode.text() + " (sasaran " + sas +
                               ") but covers only sasaran " + cov;
                x.trace = "dpa." + std::to_string(tahun) + ".program." + p->kode.text() + ".sasaran";
                ctx.add(std::move(x));
            }
        };
        check_rows(pk.program, "program");
        check_rows(pk.kegiatan, "kegiatan");
        check_rows(pk.sub_kegiatan, "sub_kegiatan");
    }

    auto table = [&](const std::vector<PkBaris>& rows, const char* name) {
        std::map<std::string, std::size_t> seen;  // item key -> first row
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const PkBaris& row = rows[i];
            const std::string loc = root + "/" + name + "/" + std::to_string(i);
            if (row.anggaran) cek_amount(ctx, *row.anggaran, loc + "/anggaran", src);
            // A percentage indicator with a target that is not a percentage.
            if (row.target && !row.target->is_range() && lower(row.indikator).rfind("persentase", 0) == 0 &&
                !row.target->besaran()->is_percent() && !row.target->besaran()->satuan.empty()) {
                Finding x = temuan("pk.target_satuan");
                x.location = loc + "/target";
                x.source = src;
                x.reported = row.target->besaran()->text;
                x.reported_value = row.target->besaran()->value.to_string();
                x.message = "PK " + who + ": indikator persentase \"" + row.indikator + "\" bertarget \"" +
                            row.target->besaran()->text + "\" (bukan persen)";
                x.message_en = "PK of " + who + ": percentage indicator \"" + row.indikator + "\" has the target \"" +
                               row.target->besaran()->text + "\" (not a percentage)";
                x.trace =
                    "indicator text starts with \"Persentase\"; target unit \"" + row.target->besaran()->satuan + "\"";
                ctx.add(std::move(x));
            }
            if (dpa == nullptr) continue;
            const DpaItem d = dpa_item(*dpa, row);
            const bool wants_kegiatan = std::string(name) != "program" || row.kegiatan;
            if (d.nama.empty() || (wants_kegiatan && row.kegiatan && d.kegiatan == nullptr) ||
                (std::string(name) != "program" && !row.kegiatan)) {
                Finding x = temuan("pk.not_in_dpa");
                x.location = loc;
                x.source = src;
                x.reported = row.uraian;
                if (row.anggaran) x.reported_value = canon_rp(row.anggaran->value);
                x.message = "PK " + who + ": baris \"" + row.uraian + "\"" +
                            (row.anggaran ? " (" + row.anggaran->value.format(RupiahFormat::ringkas()) + ")" : "") +
                            " tidak ada dalam DPA " + std::to_string(tahun);
                x.message_en = "PK of " + who + ": row \"" + row.uraian + "\"" +
                               (row.anggaran ? " (" + row.anggaran->value.format(RupiahFormat::ringkas()) + ")" : "") +
                               " is not in the DPA " + std::to_string(tahun);
                x.trace =
                    row.program ? "program " + row.program->text() + " has no matching kegiatan" : "no program code";
                ctx.add(std::move(x));
                continue;
            }
            if (auto [it, fresh] = seen.emplace(d.nama, i); !fresh) {
                Finding x = temuan("pk.duplicate_row");
                x.location = loc;
                x.source = src;
                x.reported = row.uraian;
                x.message = "PK " + who + ": " + d.nama + " tercantum dua kali (baris " +
                            std::to_string(it->second + 1) + " dan " + std::to_string(i + 1) + ")";
                x.message_en = "PK of " + who + ": " + d.nama + " is listed twice (rows " +
                               std::to_string(it->second + 1) + " and " + std::to_string(i + 1) + ")";
                x.trace = "rows of " + root + "/" + name + " naming the same DPA item";
                ctx.add(std::move(x));
                continue;
            }
            if (!row.anggaran || !d.rencana || row.anggaran->value == *d.rencana) continue;
            Finding x = temuan("pk.dpa_mismatch");
            x.location = loc + "/anggaran";
            x.source = src;
            x.reported = row.anggaran->text;
            x.reported_value = canon_rp(row.anggaran->value);
            x.expected = canon_rp(*d.rencana);
            x.message = "PK " + who + " mengalokasikan " + row.anggaran->value.format(RupiahFormat::ringkas()) +
                        " untuk " + d.nama + " (" + row.uraian + "), DPA " + d.rencana->format(RupiahFormat::ringkas());
            x.message_en = "the PK of " + who + " allots " + row.anggaran->value.format(RupiahFormat::ringkas()) +
                           " to " + d.nama + " (" + row.uraian + "), the DPA " +
                           d.rencana->format(RupiahFormat::ringkas());
            if (row.anggaran->has_note("ambiguous_separator")) {
                x.message += " (jumlah tercetak bermakna ganda)";
                x.message_en += " (the printed amount is ambiguous)";
            }
            x.trace = "DPA " + std::to_string(tahun) + " rencana of " + d.nama;
            ctx.add(std::move(x));
        }
    };
    table(pk.program, "program");
    table(pk.kegiatan, "kegiatan");
    table(pk.sub_kegiatan, "sub_kegiatan");
}

// ---- the PK cascade ------------------------------------------------------------------------------
//
// A program amount in a PK's program table against the kegiatan rows of the PKs below it (each
// kegiatan counted once - its first row in the order below -, rows without a kegiatan code each
// counted; the subordinates' own program rows without a kegiatan are restatements, not counted).
//
// "Below" is Dokumen::semua_bawahan: depth first, children in document order. Walking it from every
// PK rescans the year's PKs at every step, cubic in the depth of the chain (issue 12: 5 000 PKs took
// 7 minutes). So a year's cascade is indexed once: when ids are unique and `atasan` never loops (the
// loader guarantees both, docs/format.md `ref.pk`) the PKs form a forest, and the PKs below a PK are
// a contiguous range of the forest's preorder. The counted rows of one program, in preorder, then
// answer "the sum of the rows of a range, each kegiatan at its first row" by one sweep from the
// right with Fenwick trees holding, for each kegiatan, only its leftmost row seen so far:
// O(rows · log rows). A finding lists its terms (output-sensitive). A year whose PKs are not a
// forest (only a document built in code can be one) is walked PK by PK.

struct PkRow {
    std::size_t pos;  // preorder position of the PK
    std::size_t pk;   // index in the year's PKs
    int table;        // 0 program, 1 kegiatan, 2 sub_kegiatan
    std::size_t j;    // row
    const PkBaris* row;
};

const char* const pk_tables[] = {"program", "kegiatan", "sub_kegiatan"};

const std::vector<PkBaris>& pk_table(const PerjanjianKinerja& pk, int t) {
    return t == 0 ? pk.program : t == 1 ? pk.kegiatan : pk.sub_kegiatan;
}

// A row of a subordinate PK that counts towards its program's cascade sum.
bool counts(const PkBaris& r, int table) { return r.program && r.anggaran && (table != 0 || r.kegiatan); }

using Wide = boost::multiprecision::int256_t;  // Σ of up to 2^64 amounts of 38 digits, exact

const Wide& sen_limit() {  // 10^38: a Rupiah has at most 38 significant digits
    static const Wide limit = [] {
        Wide x = 1;
        for (int i = 0; i < 38; ++i) x *= 10;
        return x;
    }();
    return limit;
}

// The subordinates' rows of one program under a PK.
struct Kaskade {
    Wide sen = 0;
    std::int64_t n = 0;
    std::int64_t ambiguous = 0;  // rows whose amount is ambiguous as printed
    std::string terms;
};

// Whether the stated amount of the program row equals the sum; a sum beyond 38 digits is a finding.
bool sama(Context& ctx, int tahun, const PerjanjianKinerja& pk, std::size_t i, const Kaskade& k) {
    const PkBaris& row = pk.program[i];
    if (boost::multiprecision::abs(k.sen) < sen_limit())
        return Rupiah::from_sen(static_cast<Decimal::coefficient_type>(k.sen)) == row.anggaran->value;
    tidak_terhitung(ctx, overflow_error("sum has more than 38 significant digits"),
                    "/pk/" + std::to_string(tahun) + "/" + pk.id + "/program/" + std::to_string(i) + "/anggaran",
                    pk_source(pk), "jumlah kegiatan program " + row.program->text() + " di PK bawahan " + pk.id,
                    "the sum of program " + row.program->text() + "'s kegiatan in the PKs below " + pk.id);
    return true;
}

void cascade_finding(Context& ctx, int tahun, const PerjanjianKinerja& pk, std::size_t i, const Kaskade& k) {
    const PkBaris& row = pk.program[i];
    const Rupiah sum = Rupiah::from_sen(static_cast<Decimal::coefficient_type>(k.sen));
    Finding x = temuan("pk.cascade_sum");
    x.location = "/pk/" + std::to_string(tahun) + "/" + pk.id + "/program/" + std::to_string(i) + "/anggaran";
    x.source = pk_source(pk);
    x.reported = row.anggaran->text;
    x.reported_value = canon_rp(row.anggaran->value);
    x.expected = canon_rp(sum);
    x.message = "program " + row.program->text() + " di PK " + pk.id + " " +
                row.anggaran->value.format(RupiahFormat::ringkas()) + ", tetapi kegiatannya di PK bawahan berjumlah " +
                sum.format(RupiahFormat::ringkas());
    x.message_en = "program " + row.program->text() + " in PK " + pk.id + " is " +
                   row.anggaran->value.format(RupiahFormat::ringkas()) +
                   " but its kegiatan in the subordinate PKs sum to " + sum.format(RupiahFormat::ringkas());
    if (k.ambiguous > 0 || row.anggaran->has_note("ambiguous_separator")) {
        x.message += " (ada jumlah tercetak bermakna ganda)";
        x.message_en += " (an amount involved is ambiguous as printed)";
    }
    x.trace = "Σ " + k.terms + " = " + canon_rp(sum);
    ctx.add(std::move(x));
}

// The rows a PK checks: its program rows without a kegiatan, the first one of each program.
template <class F>
void cascade_rows(const PerjanjianKinerja& pk, F&& f) {
    std::set<std::string> done;
    for (std::size_t i = 0; i < pk.program.size(); ++i) {
        const PkBaris& row = pk.program[i];
        if (!row.program || row.kegiatan || !row.anggaran) continue;
        if (!done.insert(row.program->str()).second) continue;
        f(i, row);
    }
}

std::string term(const PerjanjianKinerja& sub, int table, std::size_t j, const PkBaris& r) {
    return sub.id + "/" + pk_tables[table] + "/" + std::to_string(j) + " " + canon_rp(r.anggaran->value);
}

// A year whose PKs are not a forest: each PK's subordinates as Dokumen::semua_bawahan lists them.
void cek_cascade_walk(Context& ctx, int tahun, const PerjanjianKinerja& pk) {
    const auto below = ctx.doc.semua_bawahan(pk);
    if (below.empty()) return;
    cascade_rows(pk, [&](std::size_t i, const PkBaris& row) {
        std::set<std::string> kegiatan_seen;
        Kaskade k;
        for (const PerjanjianKinerja* sub : below) {
            check_interrupt();
            for (int t = 0; t < 3; ++t) {
                const auto& rows = pk_table(*sub, t);
                for (std::size_t j = 0; j < rows.size(); ++j) {
                    const PkBaris& r = rows[j];
                    if (!counts(r, t) || *r.program != *row.program) continue;
                    if (r.kegiatan && !kegiatan_seen.insert(r.kegiatan->str()).second) continue;
                    k.sen += Wide(r.anggaran->value.sen());
                    ++k.n;
                    k.ambiguous += r.anggaran->has_note("ambiguous_separator") ? 1 : 0;
                    k.terms += (k.terms.empty() ? "" : " + ") + term(*sub, t, j, r);
                }
            }
        }
        if (k.n > 0 && !sama(ctx, tahun, pk, i, k)) cascade_finding(ctx, tahun, pk, i, k);
    });
}

// Fenwick trees over the rows of one program: amount (sen), count and ambiguous count of the rows
// that are active (counted for a range starting at the sweep's position).
class Fenwick {
public:
    explicit Fenwick(std::size_t m) : sen_(m + 1, 0), n_(m + 1, 0), amb_(m + 1, 0) {}
    void add(std::size_t idx, const PkBaris& r, int sign) {
        const Wide v = Wide(r.anggaran->value.sen()) * sign;
        const int amb = r.anggaran->has_note("ambiguous_separator") ? sign : 0;
        for (std::size_t x = idx + 1; x < sen_.size(); x += x & (~x + 1)) {
            sen_[x] += v;
            n_[x] += sign;
            amb_[x] += amb;
        }
    }
    // Adds sign × (the rows [0, idx)) to k.
    void prefix(std::size_t idx, Kaskade& k, int sign) const {
        for (std::size_t x = idx; x > 0; x -= x & (~x + 1)) {
            k.sen += sen_[x] * sign;
            k.n += n_[x] * sign;
            k.ambiguous += amb_[x] * sign;
        }
    }

private:
    std::vector<Wide> sen_;
    std::vector<std::int64_t> n_, amb_;
};

void cek_cascade(Context& ctx, int tahun, const std::vector<PerjanjianKinerja>& pks) {
    const std::size_t n = pks.size();
    // Children by superior id (document order), the roots, and the forest test.
    std::unordered_map<std::string_view, std::size_t> by_id;
    bool forest = true;
    for (std::size_t i = 0; i < n; ++i) forest = by_id.emplace(pks[i].id, i).second && forest;
    std::unordered_map<std::string_view, std::vector<std::size_t>> children;
    std::vector<std::size_t> roots;
    for (std::size_t i = 0; i < n; ++i) {
        const PerjanjianKinerja& q = pks[i];
        if (q.atasan.empty() || q.atasan == q.id || by_id.count(q.atasan) == 0)
            roots.push_back(i);
        else
            children[q.atasan].push_back(i);
    }
    // Preorder: PK p's subordinates are the positions (pre[p], end[p]).
    std::vector<std::size_t> pre(n, 0), end(n, 0), order;
    order.reserve(n);
    std::vector<std::pair<std::size_t, std::size_t>> stack;  // (PK, next child)
    for (std::size_t r : roots) {
        pre[r] = order.size();
        order.push_back(r);
        stack.emplace_back(r, 0);
        while (!stack.empty()) {
            check_interrupt();
            const std::size_t k = stack.back().first;
            auto it = children.find(pks[k].id);
            if (it != children.end() && stack.back().second < it->second.size()) {
                const std::size_t c = it->second[stack.back().second++];
                pre[c] = order.size();
                order.push_back(c);
                stack.emplace_back(c, 0);
            } else {
                end[k] = order.size();
                stack.pop_back();
            }
        }
    }
    if (!forest || order.size() != n) {
        for (const PerjanjianKinerja& pk : pks) cek_cascade_walk(ctx, tahun, pk);
        return;
    }

    // The counted rows of each program in preorder (then table, then row order), and the queries:
    // a PK's program row over the rows of the PK's subordinates, rows [lo, hi).
    std::map<Kode, std::vector<PkRow>> rows_of;
    for (std::size_t pos = 0; pos < n; ++pos)
        for (int t = 0; t < 3; ++t) {
            const auto& rows = pk_table(pks[order[pos]], t);
            for (std::size_t j = 0; j < rows.size(); ++j)
                if (counts(rows[j], t)) rows_of[*rows[j].program].push_back({pos, order[pos], t, j, &rows[j]});
        }
    struct Query {
        std::size_t pk, i, lo, hi;
    };
    std::map<Kode, std::vector<Query>> queries;
    for (std::size_t p = 0; p < n; ++p) {
        if (end[p] == pre[p] + 1) continue;  // no subordinate
        cascade_rows(pks[p], [&](std::size_t i, const PkBaris& row) {
            auto it = rows_of.find(*row.program);
            if (it == rows_of.end()) return;
            const auto& rows = it->second;
            auto at = [&](std::size_t pos) {
                return static_cast<std::size_t>(
                    std::lower_bound(rows.begin(), rows.end(), pos,
                                     [](const PkRow& r, std::size_t v) { return r.pos < v; }) -
                    rows.begin());
            };
            const std::size_t lo = at(pre[p] + 1), hi = at(end[p]);
            if (lo < hi) queries[*row.program].push_back({p, i, lo, hi});
        });
    }
    for (auto& [kode, qs] : queries) {
        const auto& rows = rows_of.at(kode);
        std::sort(qs.begin(), qs.end(), [](const Query& a, const Query& b) { return a.lo > b.lo; });
        Fenwick tree(rows.size());
        std::set<std::size_t> active;
        std::unordered_map<std::string_view, std::size_t> first;  // kegiatan -> its active (leftmost) row
        std::size_t qi = 0;
        for (std::size_t l = rows.size(); l-- > 0 && qi < qs.size();) {
            check_interrupt();
            const PkBaris& r = *rows[l].row;
            if (r.kegiatan) {
                auto [it, fresh] = first.emplace(r.kegiatan->str(), l);
                if (!fresh) {
                    tree.add(it->second, *rows[it->second].row, -1);
                    active.erase(it->second);
                    it->second = l;
                }
            }
            tree.add(l, r, +1);
            active.insert(l);
            for (; qi < qs.size() && qs[qi].lo == l; ++qi) {
                const Query& q = qs[qi];
                Kaskade k;
                tree.prefix(q.hi, k, +1);
                tree.prefix(q.lo, k, -1);
                if (k.n == 0 || sama(ctx, tahun, pks[q.pk], q.i, k)) continue;
                // A finding: its terms are the active rows of the range.
                for (auto it = active.lower_bound(q.lo); it != active.end() && *it < q.hi; ++it) {
                    const PkRow& t = rows[*it];
                    k.terms += (k.terms.empty() ? "" : " + ") + term(pks[t.pk], t.table, t.j, *t.row);
                }
                cascade_finding(ctx, tahun, pks[q.pk], q.i, k);
            }
        }
    }
}

void cek_rincian(Context& ctx, int tahun, const RealisasiIndikator& r) {
    for (const RincianInput& ri : r.rincian) {
        const Besaran* v = r.find_input(ri.input);
        if (v == nullptr || ri.baris.empty()) continue;
        const std::string where = "/realisasi/" + std::to_string(tahun) + "/" + r.indikator + "/rincian/" + ri.input;
        aman(ctx, where, r.sumber,
             "jumlah rincian " + ri.input + " (" + r.indikator + " " + std::to_string(tahun) + ")",
             "the sum of the breakdown of " + ri.input + " (" + r.indikator + " " + std::to_string(tahun) + ")", [&] {
                 Decimal sum;
                 for (const Rincian& b : ri.baris) sum += b.jumlah.value;
                 if (sum == v->value) return;
                 Finding x = temuan("input.rincian_sum");
                 x.location = "/realisasi/" + std::to_string(tahun) + "/" + r.indikator + "/input/" + ri.input;
                 x.source = r.sumber;
                 x.reported = v->text;
                 x.reported_value = v->value.to_string();
                 x.expected = sum.to_string();
                 x.message = "input " + ri.input + " " + format_angka(v->value) + " tetapi rinciannya berjumlah " +
                             format_angka(sum);
                 x.message_en = "input " + ri.input + " is " + format_angka(v->value) + " but its breakdown sums to " +
                                format_angka(sum);
                 x.trace = "Σ of the " + std::to_string(ri.baris.size()) + " rows of rincian." + ri.input;
                 ctx.add(std::move(x));
             });
    }
}

}  // namespace

void audit_dokumen(Context& ctx) {
    const auto want = [&](int y) { return !ctx.opt.tahun || *ctx.opt.tahun == y; };
    for (const auto& [tahun, dpa] : ctx.doc.dpa)
        if (want(tahun)) cek_dpa(ctx, tahun, dpa);
    for (const auto& [tahun, pks] : ctx.doc.pk) {
        if (!want(tahun)) continue;
        for (const PerjanjianKinerja& pk : pks) {
            check_interrupt();
            cek_pk(ctx, tahun, pk);
        }
        cek_cascade(ctx, tahun, pks);
    }
    for (const auto& [tahun, rs] : ctx.doc.realisasi) {
        if (!want(tahun)) continue;
        for (const RealisasiIndikator& r : rs) {
            check_interrupt();
            cek_rincian(ctx, tahun, r);
        }
    }
}

}  // namespace sakip::audit_detail
