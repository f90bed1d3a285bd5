// sakip::audit, part 2: the documents against each other - amounts as printed, DPA totals, PK rows
// against the DPA, PK targets against the Renstra, input breakdowns (the PK cascade: kaskade.cpp).
#include "audit/aturan.hpp"

#include <sakip/decimal/format.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string_view>
#include <type_traits>
#include <unordered_map>

namespace sakip::audit_detail {

std::string canon_rp(const Rupiah& r) {
    return r.sen() % 100 == 0 ? r.value().quantize(0).to_string() : r.value().to_string();
}

std::string pk_source(const PerjanjianKinerja& pk) { return pk.sumber.empty() ? "PK " + pk.id : pk.sumber; }

namespace {

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
    cek_pagu(ctx, tahun, dpa);
    const std::string root = "/dpa/" + std::to_string(tahun);
    const std::string src = dpa.sumber.empty() ? "DPA " + std::to_string(tahun) : dpa.sumber;
    auto belanja = [&](const std::string& name, const std::optional<BelanjaPos>& pos) {
        if (!pos) return;
        cek_amount(ctx, pos->rencana, root + "/belanja/" + name + "/rencana", src);
        if (pos->realisasi) cek_amount(ctx, *pos->realisasi, root + "/belanja/" + name + "/realisasi", src);
    };
    for_each_belanja(dpa.belanja, belanja);

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
        std::string pl = root + "/program/" + json_pointer_escape(p.kode.text());
        if (p.rencana) cek_amount(ctx, *p.rencana, pl + "/rencana", src);
        if (p.realisasi) cek_amount(ctx, *p.realisasi, pl + "/realisasi", src);
        const EvaluasiProgram* ep = ev.find_program(p.kode.text());
        if (ep != nullptr)
            sums(
                p, p.kegiatan.size(), "kegiatan", ep->jumlah_rencana_kegiatan, ep->jumlah_realisasi_kegiatan,
                [&] { return pl; }, [&] { return "program " + p.kode.text(); });
        // The evaluated kegiatan by code (the last of a code, as before): a look-up per kegiatan, not a pass.
        std::unordered_map<std::string_view, const EvaluasiAnggaran*> ek_by_kode;
        if (ep != nullptr)
            for (const auto& x : ep->kegiatan) ek_by_kode[x.kode] = &x;
        for (const Kegiatan& k : p.kegiatan) {
            auto kl = [&] { return pl + "/kegiatan/" + json_pointer_escape(k.kode.text()); };
            if (k.rencana)
                cek_amount(
                    ctx, *k.rencana, [&] { return kl() + "/rencana"; }, src);
            if (k.realisasi)
                cek_amount(
                    ctx, *k.realisasi, [&] { return kl() + "/realisasi"; }, src);
            const auto found = ek_by_kode.find(k.kode.text());
            const EvaluasiAnggaran* ek = found != ek_by_kode.end() ? found->second : nullptr;
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
    std::optional<Rupiah> rencana;  // the evaluation's: printed, else the Σ of its rows
    bool rincian = false;           // rencana is the Σ of its rows (the DPA row prints none)
    std::string nama;               // "program 01", "kegiatan 3101"
};

DpaItem dpa_item(const Dpa& dpa, const detail::IndeksDokumen& idx, const EvaluasiTahun& ev, const PkBaris& row) {
    DpaItem d;
    if (row.program) d.program = dpa.find_program(*row.program);
    if (row.kegiatan) {  // the DPA's first kegiatan of the code and its program, in constant time
        const auto k = idx.kegiatan(ev.tahun, *row.kegiatan);
        if (d.program == nullptr) {  // a kegiatan row without its program
            d.kegiatan = k.kegiatan;
            d.program = k.program;
        } else {
            d.kegiatan = k.program == d.program ? k.kegiatan : d.program->find_kegiatan(*row.kegiatan);
        }
    }
    if (row.sub_kegiatan && d.kegiatan != nullptr) d.sub = d.kegiatan->find_sub_kegiatan(*row.sub_kegiatan);
    if (d.program == nullptr) return d;
    // The item's pointer, as the evaluation names it (codes as printed in the DPA).
    std::string ptr = "/dpa/" + std::to_string(ev.tahun) + "/program/" + d.program->kode.text();
    if (d.kegiatan != nullptr) ptr += "/kegiatan/" + d.kegiatan->kode.text();
    if (d.sub != nullptr) ptr += "/sub_kegiatan/" + d.sub->kode.text();
    d.nama = d.sub != nullptr        ? "sub kegiatan " + d.sub->kode.text()
             : d.kegiatan != nullptr ? "kegiatan " + d.kegiatan->kode.text()
                                     : "program " + d.program->kode.text();
    if (const EvaluasiAnggaran* a = ev.find_anggaran(ptr)) {
        d.rencana = a->rencana;
        d.rincian = a->asal_rencana == AsalJumlah::rincian;
    }
    return d;
}

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
            const DpaItem d = dpa_item(*dpa, ctx.idx, ctx.ev(tahun, false), row);
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
            if (d.rincian) {
                x.message += " (jumlah rinciannya; baris DPA tidak mencetak pagu)";
                x.message_en += " (the sum of its rows; the DPA row prints no pagu)";
            }
            x.trace = "DPA " + std::to_string(tahun) + " rencana of " + d.nama + (d.rincian ? " (Σ of its rows)" : "");
            ctx.add(std::move(x));
        }
    };
    table(pk.program, "program");
    table(pk.kegiatan, "kegiatan");
    table(pk.sub_kegiatan, "sub_kegiatan");
}

// Each recorded input against the evaluation's Σ of its printed breakdown (input.rincian_sum); a Σ the
// evaluation could not compute is its own finding (input.incomputable, from the masalah).
void cek_rincian(Context& ctx, int tahun, const RealisasiIndikator& r) {
    if (r.rincian.empty()) return;
    const EvaluasiIndikator* e = ctx.ev(tahun, false).find_indikator(r.indikator);
    if (e == nullptr) return;
    for (const JumlahRincian& j : e->rincian) {
        const Besaran* v = r.find_input(j.input);
        if (v == nullptr || !v->tersedia || !j.jumlah || *j.jumlah == v->value) continue;  // "n/a": data.tidak_tersedia
        const Decimal& sum = *j.jumlah;
        Finding x = temuan("input.rincian_sum");
        x.location = "/realisasi/" + std::to_string(tahun) + "/" + r.indikator + "/input/" + j.input;
        x.source = r.sumber;
        x.reported = v->text;
        x.reported_value = v->value.to_string();
        x.expected = sum.to_string();
        x.message =
            "input " + j.input + " " + format_angka(v->value) + " tetapi rinciannya berjumlah " + format_angka(sum);
        x.message_en =
            "input " + j.input + " is " + format_angka(v->value) + " but its breakdown sums to " + format_angka(sum);
        x.trace = "Σ of the " + std::to_string(j.baris) + " rows of rincian." + j.input;
        ctx.add(std::move(x));
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
