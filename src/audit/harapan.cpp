// sakip::audit: the expected value of a printed figure, by its measure (`ukuran`). Every value is
// the evaluation's (EvaluasiTahun, found by the key the figure's `ref` names) or an input of the
// document restated (a target, a recorded input); only a count by a category of another scale than
// the evaluation's looks that category up here.
#include "audit/internal.hpp"

#include <sakip/measure/capaian.hpp>
#include <sakip/measure/efisiensi.hpp>
#include <sakip/measure/skala.hpp>

#include <algorithm>
#include <stdexcept>

namespace sakip::audit_detail {

Indikatornya indikator_of(Context& ctx, const std::string& ref, int tahun) {
    Indikatornya r;
    const auto seg = split_pointer(ref);
    if (seg.size() != 3 || seg[0] != "renstra" || seg[1] != "indikator") return r;
    r.renstra = ctx.idx.indikator(seg[2]);
    r.def = ctx.ev(tahun, false).find_indikator(seg[2]);
    r.leg = ctx.ev(tahun, true).find_indikator(seg[2]);
    return r;
}

// The scale of the kategori figures of `tahun`: the evaluation's (AuditOptions::skala, else the report's own).
const Skala& skala_of(Context& ctx, int tahun) { return ctx.ev(tahun, false).skala.skala; }

namespace {

// ---- expected values ---------------------------------------------------------------------------

Hasil hasil_dari(const Rasional& v, std::string formula, std::string rule = {}) {
    Hasil h;
    h.trace.formula = std::move(formula);
    h.trace.rule = std::move(rule);
    h.exact = v;
    h.value = v.round(2);
    h.status = Status::ok;
    return h;
}

Hasil tidak_ada(std::string reason) {
    Hasil h;
    h.status = Status::missing;
    h.trace.reason = std::move(reason);
    return h;
}
// A budget item a printed figure names, from the evaluation: a program, kegiatan, sub kegiatan,
// belanja kind, all belanja (Σ kinds), all programs (Σ programs) or a sasaran (Σ its programs).
struct Anggaran {
    const EvaluasiAnggaran* item = nullptr;  // nullptr: not found
    std::optional<EvaluasiAnggaran> own;     // a sasaran's figures, as a budget item
    const Hasil* serapan = nullptr;
    std::string rencana_formula;  // how the rencana was obtained ("Σ 10 program")
};

void anggaran_of(Context& ctx, const std::string& ref, int tahun, Anggaran& a) {
    const auto seg = split_pointer(ref);
    if (seg.size() >= 3 && seg[0] == "renstra" && seg[1] == "sasaran") {
        const EvaluasiSasaran* s = ctx.ev(tahun, false).find_sasaran(seg[2]);
        if (s == nullptr) return;
        EvaluasiAnggaran& x = a.own.emplace();
        x.pointer = ref;
        x.kode = s->id;
        x.nama = x.nama_en = "sasaran " + s->id;
        x.rencana = s->rencana;
        x.realisasi = s->realisasi;
        a.item = &x;
        a.serapan = &s->serapan;
        std::string list;
        for (const auto& p : s->program) list += (list.empty() ? "" : ", ") + p;
        a.rencana_formula = "Σ program " + list;
        return;
    }
    if (seg.size() < 3 || seg[0] != "dpa") return;
    int y = 0;
    try {
        y = std::stoi(seg[1]);
    } catch (const std::exception&) {
        return;
    }
    const EvaluasiTahun& ev = ctx.ev(y, false);
    a.item = ev.find_anggaran(ref);
    if (a.item == nullptr) return;
    a.serapan = &a.item->serapan;
    if (ref == ev.jumlah_program->pointer)
        a.rencana_formula = "Σ " + std::to_string(ev.program.size()) + " program";
    else if (ev.jumlah_belanja && ref == ev.jumlah_belanja->pointer)
        a.rencana_formula = "Σ jenis belanja";
}

Hasil dari_target(const std::optional<Target>& t, const std::string& what) {
    if (!t || t->is_range()) return tidak_ada("no " + what);
    return hasil_dari(Rasional(t->besaran()->value), what + " = " + t->besaran()->text);
}

// Resolves the label printed for a category count ("BS", "Baik", "sangat tinggi") to a scale name
// and a band label.
std::optional<std::pair<const Skala*, std::string>> resolve_kategori(Context& ctx, int tahun,
                                                                     const std::string& printed) {
    const std::string want = lower(trim(printed));
    const Skala& scale = skala_of(ctx, tahun);
    if (const Laporan* lap = ctx.doc.find_laporan(tahun)) {
        for (const SkalaTercetak& st : lap->skala)
            for (const KelasSkala& k : st.kelas)
                if ((!k.singkatan.empty() && lower(k.singkatan) == want) || lower(k.kriteria) == want)
                    for (const Pita& p : scale.pita())
                        if (lower(p.label) == lower(k.kriteria)) return std::make_pair(&scale, p.label);
    }
    for (const Pita& p : scale.pita())
        if (lower(p.label) == want) return std::make_pair(&scale, p.label);
    for (const std::string& name : daftar_skala())
        for (const Pita& p : skala(name).pita())
            if (lower(p.label) == want) return std::make_pair(&skala(name), p.label);
    return std::nullopt;
}

// ---- the expected value of each measure (the table `ukuran_table` below) -----------------------
//
// Each fills `h` (and sets h.skip = false) when the figure's ref names something to compare with.

void harapan_indikator(Context& ctx, const Figure& f, Harapan& h) {
    const Angka& a = *f.a;
    const std::string& u = a.ukuran;
    const int y = f.tahun_angka;
    const auto seg = split_pointer(a.ref);
    if (!seg.empty() && seg[0] == "dpa") {
        // capaian of a program / kegiatan: its physical progress (fisik).
        if (u != "capaian" || seg.size() < 4 || ctx.doc.find_dpa(y) == nullptr) return;
        const EvaluasiTahun& ev = ctx.ev(y, false);
        const EvaluasiProgram* p = ev.find_program(seg[3]);
        const EvaluasiAnggaran* k = nullptr;
        if (p != nullptr && seg.size() >= 6)
            for (const auto& x : p->kegiatan)
                if (x.kode == seg[5]) k = &x;
        const EvaluasiAnggaran* item = k != nullptr ? k : p;
        if (item == nullptr || !item->fisik.exact) return;
        h.def.borrow(item->fisik);
        h.leg.borrow(item->fisik);
        h.what_id = "capaian " + std::string(k != nullptr ? "kegiatan " : "program ") + seg.back();
        h.what_en = "achievement of " + std::string(k != nullptr ? "kegiatan " : "program ") + seg.back();
        h.skip = false;
        return;
    }
    const Indikatornya ind = indikator_of(ctx, a.ref, y);
    if (ind.def == nullptr || ind.renstra == nullptr) return;
    const std::string& id = ind.def->id;
    const std::string yr = a.tahun ? " " + std::to_string(*a.tahun) : "";
    h.skip = false;
    if (u == "realisasi") {
        h.def.borrow(ind.def->realisasi);
        h.leg.borrow(ind.leg->realisasi);
        h.what_id = "realisasi " + id + yr;
        h.what_en = "realisasi of " + id + yr;
        return;
    }
    if (u == "capaian") {
        h.what_id = "capaian " + id + yr;
        h.what_en = "capaian of " + id + yr;
        if (!ind.def->target) {
            // A trend column without a target: the recorded value of that year.
            h.def.borrow(ind.def->realisasi);
            h.leg.borrow(ind.leg->realisasi);
            Hasil& own = h.def.edit();
            own.trace.reason += (own.trace.reason.empty() ? "" : "; ") + std::string("no target for ") +
                                std::to_string(y) + ": compared with the recorded value of the year";
        } else {
            h.def.borrow(ind.def->capaian);
            h.leg.borrow(ind.leg->capaian);
        }
        return;
    }
    if (u == "target") {
        h.set(dari_target(ind.def->target, "target " + std::to_string(y) + " (" + ind.def->sumber_target + ")"));
        h.what_id = "target " + id + yr;
        h.what_en = "target of " + id + yr;
    } else if (u == "target_akhir") {
        h.set(dari_target(ind.renstra->target_akhir, "Renstra target akhir"));
        h.what_id = "target akhir " + id;
        h.what_en = "end-of-Renstra target of " + id;
    } else {
        h.set(dari_target(ind.renstra->kondisi_awal, "Renstra kondisi awal"));
        h.what_id = "kondisi awal " + id;
        h.what_en = "baseline of " + id;
    }
    h.skip = h.def->status == Status::missing;
}

void harapan_sasaran(Context& ctx, const Figure& f, Harapan& h) {
    const std::string& u = f.a->ukuran;
    const int y = f.tahun_angka;
    const auto seg = split_pointer(f.a->ref);
    if (seg.size() == 3 && seg[0] == "renstra" && seg[1] == "sasaran") {
        const EvaluasiSasaran* d = ctx.ev(y, false).find_sasaran(seg[2]);
        const EvaluasiSasaran* l = ctx.ev(y, true).find_sasaran(seg[2]);
        if (d == nullptr || l == nullptr) return;
        if (u == "rata_rata_capaian") {
            h.def.borrow(d->rata_rata);
            h.leg.borrow(l->rata_rata);
            h.what_id = "rata-rata capaian sasaran " + d->id;
            h.what_en = "mean capaian of sasaran " + d->id;
        } else if (u == "total_capaian") {
            h.def.borrow(d->jumlah_capaian);
            h.leg.borrow(l->jumlah_capaian);
            h.what_id = "jumlah capaian sasaran " + d->id;
            h.what_en = "sum of the capaian of sasaran " + d->id;
        } else {
            h.def.borrow(d->efisiensi);
            h.leg.borrow(l->efisiensi);
            h.what_id = "efisiensi sasaran " + d->id;
            h.what_en = "efficiency of sasaran " + d->id;
        }
    } else if (seg.size() == 2 && seg[0] == "renstra" && seg[1] == "indikator" && u == "rata_rata_capaian") {
        h.def.borrow(ctx.ev(y, false).rata_rata);
        h.leg.borrow(ctx.ev(y, true).rata_rata);
        h.what_id = "rata-rata capaian seluruh indikator";
        h.what_en = "mean capaian of all indicators";
    } else if (seg.size() == 2 && seg[0] == "renstra" && seg[1] == "indikator" && u == "total_capaian") {
        h.def.borrow(ctx.ev(y, false).jumlah_capaian);
        h.leg.borrow(ctx.ev(y, true).jumlah_capaian);
        h.what_id = "jumlah capaian seluruh indikator";
        h.what_en = "sum of the capaian of all indicators";
    } else {
        return;
    }
    h.skip = false;
}

void harapan_persen_anggaran(Context& ctx, const Figure& f, Harapan& h) {
    const Angka& a = *f.a;
    Anggaran ag;
    anggaran_of(ctx, a.ref, f.tahun_angka, ag);
    if (ag.item == nullptr) return;
    if (a.ukuran == "serapan") {
        h.def.borrow(*ag.serapan);
        h.what_id = "serapan " + ag.item->nama;
        h.what_en = "absorption of " + ag.item->nama_en;
    } else {
        Anggaran whole;
        anggaran_of(ctx, a.terhadap, f.tahun_angka, whole);
        if (whole.item == nullptr) return;
        h.def = porsi(*ag.item, *whole.item, ctx.opt.policy);
        if (!ag.rencana_formula.empty()) h.def.edit().trace.reason = ag.item->nama_en + " = " + ag.rencana_formula;
        h.what_id = "porsi " + ag.item->nama + " terhadap " + whole.item->nama;
        h.what_en = "share of " + ag.item->nama_en + " in " + whole.item->nama_en;
    }
    h.leg.borrow(h.def.get());
    h.skip = h.def->status == Status::missing;
}

void harapan_anggaran(Context& ctx, const Figure& f, Harapan& h) {
    const Angka& a = *f.a;
    const bool rencana = a.ukuran == "anggaran";
    Anggaran ag;
    anggaran_of(ctx, a.ref, f.tahun_angka, ag);
    if (ag.item == nullptr) return;
    const auto& v = rencana ? ag.item->rencana : ag.item->realisasi;
    if (!v) return;
    const bool rincian = (rencana ? ag.item->asal_rencana : ag.item->asal_realisasi) == AsalJumlah::rincian;
    h.set(hasil_dari(Rasional(v->value()), std::string(rencana ? "rencana" : "realisasi") +
                                               (rincian ? " (Σ of its rows: the DPA row prints none)" : "") +
                                               " in the DPA (" + a.ref + ")"));
    h.what_id = std::string(rencana ? "anggaran " : "realisasi anggaran ") + ag.item->nama;
    h.what_en = std::string(rencana ? "budget of " : "spending of ") + ag.item->nama_en;
    h.skip = false;
}

void harapan_total(Context& ctx, const Figure& f, Harapan& h) {
    const Angka& a = *f.a;
    const bool rencana = a.ukuran == "total_rencana";
    const auto seg = split_pointer(a.ref);
    if (seg.size() == 4 && seg[0] == "pk") {
        // A PK "Jumlah": the sum of the table's rows.
        int py = 0;
        try {
            py = std::stoi(seg[1]);
        } catch (const std::exception&) {
            return;
        }
        const EvaluasiPk* pk = ctx.ev(py, false).find_pk(seg[2]);
        if (pk == nullptr) return;
        const Hasil* total = seg[3] == "program"        ? &pk->program
                             : seg[3] == "kegiatan"     ? &pk->kegiatan
                             : seg[3] == "sub_kegiatan" ? &pk->sub_kegiatan
                                                        : nullptr;
        if (total == nullptr) return;
        h.def.borrow(*total);
        h.leg.borrow(*total);
        h.what_id = "jumlah PK " + pk->id;
        h.what_en = "total of PK " + pk->id;
    } else {
        Anggaran ag;
        anggaran_of(ctx, a.ref, f.tahun_angka, ag);
        if (ag.item == nullptr) return;
        const auto& v = rencana ? ag.item->rencana : ag.item->realisasi;
        if (!v) return;
        Hasil s = hasil_dari(Rasional(v->value()), (rencana ? "Σ rencana: " : "Σ realisasi: ") +
                                                       (ag.rencana_formula.empty() ? a.ref : ag.rencana_formula));
        if (ag.item->kode == "program" && seg.size() == 3)
            for (const EvaluasiProgram& p : ctx.ev(f.tahun_angka, false).program) {
                const auto& am = rencana ? p.rencana : p.realisasi;
                if (am) s.trace.input(p.kode, Rasional(am->value()));
            }
        h.set(s);
        h.what_id = std::string(rencana ? "jumlah anggaran " : "jumlah realisasi ") + ag.item->nama;
        h.what_en = std::string(rencana ? "total budget of " : "total spending of ") + ag.item->nama_en;
    }
    h.skip = false;
}

void harapan_fisik(Context& ctx, const Figure& f, Harapan& h) {
    const auto seg = split_pointer(f.a->ref);
    if (seg.size() < 3 || seg.size() > 4 || seg[0] != "dpa" || seg[2] != "program") return;
    if (ctx.doc.find_dpa(f.tahun_angka) == nullptr) return;
    const EvaluasiTahun& ev = ctx.ev(f.tahun_angka, false);
    const EvaluasiProgram* p = seg.size() == 4 ? ev.find_program(seg[3]) : nullptr;
    const Hasil* fisik = seg.size() == 3 ? &ev.fisik : p != nullptr ? &p->fisik : nullptr;
    if (fisik == nullptr || !fisik->exact) return;
    h.def.borrow(*fisik);
    h.leg.borrow(*fisik);
    h.what_id = "fisik";
    h.what_en = "physical progress";
    h.skip = false;
}

void harapan_input(Context& ctx, const Figure& f, Harapan& h) {
    // /realisasi/<y>/<indikator>/input/<name>
    const auto seg = split_pointer(f.a->ref);
    if (seg.size() != 5 || seg[0] != "realisasi" || seg[3] != "input") return;
    int ry = 0;
    try {
        ry = std::stoi(seg[1]);
    } catch (const std::exception&) {
        return;
    }
    const RealisasiIndikator* r = ctx.idx.realisasi(ry, seg[2]);
    const Besaran* v = r != nullptr ? r->find_input(seg[4]) : nullptr;
    if (v == nullptr || !v->tersedia) return;  // "n/a": nothing to compare with (data.tidak_tersedia)
    h.set(hasil_dari(Rasional(v->value), "recorded input " + seg[4] + " = " + v->text));
    h.what_id = "input " + seg[4] + " (" + seg[2] + " " + seg[1] + ")";
    h.what_en = "input " + seg[4] + " (" + seg[2] + " " + seg[1] + ")";
    h.skip = false;
}

void harapan_jumlah(Context& ctx, const Figure& f, Harapan& h) {
    const Angka& a = *f.a;
    const std::string& u = a.ukuran;
    const int y = f.tahun_angka;
    const auto seg = split_pointer(a.ref);
    const std::string sas = (seg.size() == 3 && seg[0] == "renstra" && seg[1] == "sasaran") ? seg[2] : std::string();
    const bool semua = seg.size() == 2 && seg[0] == "renstra" && seg[1] == "indikator";
    const std::string scope_id = sas.empty() ? "seluruh indikator" : "sasaran " + sas;
    const std::string scope_en = sas.empty() ? "all indicators" : "sasaran " + sas;
    if (u == "jumlah_indikator") {
        if (sas.empty() && !semua) return;
        long n = 0;
        for (const auto& i : ctx.ev(y, false).indikator)
            if (sas.empty() || i.sasaran == sas) ++n;
        h.set(hasil_dari(Rasional(n), "count of Renstra indicators" + (sas.empty() ? std::string() : " of " + sas)));
        h.what_id = "jumlah indikator " + (sas.empty() ? std::string() : "sasaran " + sas);
        h.what_en = "number of indicators" + (sas.empty() ? std::string() : " of sasaran " + sas);
    } else if (u == "jumlah_sasaran") {
        h.set(hasil_dari(Rasional(static_cast<long>(ctx.ev(y, false).sasaran.size())), "count of Renstra sasaran"));
        h.what_id = "jumlah sasaran";
        h.what_en = "number of sasaran";
    } else if (u == "jumlah_program" || u == "jumlah_kegiatan") {
        const Dpa* dpa = ctx.doc.find_dpa(y);
        if (dpa == nullptr) return;
        const long n =
            u == "jumlah_program" ? static_cast<long>(dpa->program.size()) : static_cast<long>(dpa->jumlah_kegiatan());
        h.set(
            hasil_dari(Rasional(n), std::string("count of DPA ") + (u == "jumlah_program" ? "programs" : "kegiatan")));
        h.what_id = u == "jumlah_program" ? "jumlah program" : "jumlah kegiatan";
        h.what_en = u == "jumlah_program" ? "number of programs" : "number of kegiatan";
    } else if (u == "jumlah_sub_kegiatan") {
        // Of the whole DPA, a program or a kegiatan: the evaluation's tree (DPA order).
        if (ctx.doc.find_dpa(y) == nullptr) return;
        const EvaluasiTahun& ev = ctx.ev(y, false);
        long n = 0;
        std::string of_id, of_en;
        if (seg.size() <= 3) {
            n = static_cast<long>(ev.jumlah_sub_kegiatan);
        } else if (const EvaluasiProgram* p = ev.find_program(seg[3]); p != nullptr && seg.size() == 4) {
            n = static_cast<long>(p->jumlah_sub_kegiatan);
            of_id = " program " + p->kode;
            of_en = " of program " + p->kode;
        } else if (const EvaluasiAnggaran* k = ev.find_anggaran(a.ref); k != nullptr && seg.size() == 6) {
            n = static_cast<long>(k->sub_kegiatan.size());
            of_id = " kegiatan " + k->kode;
            of_en = " of kegiatan " + k->kode;
        } else {
            return;
        }
        h.set(hasil_dari(Rasional(n), "count of DPA sub kegiatan" + of_en));
        h.what_id = "jumlah sub kegiatan" + of_id;
        h.what_en = "number of sub kegiatan" + of_en;
    } else if (u == "jumlah_indikator_tercapai") {
        if (sas.empty() && !semua) return;
        auto pred = [](const EvaluasiIndikator& e) { return *e.capaian.exact >= Rasional(100); };
        h.def = jumlah_indikator(ctx.ev(y, false), sas, pred, "indicators with capaian ≥ 100 %");
        h.leg = jumlah_indikator(ctx.ev(y, true), sas, pred, "indicators with capaian ≥ 100 %");
        h.what_id = "jumlah indikator yang mencapai target (" + scope_id + ")";
        h.what_en = "number of indicators meeting the target (" + scope_en + ")";
    } else if (u == "jumlah_kategori") {
        if (sas.empty() && !semua) return;
        const auto res = resolve_kategori(ctx, y, a.kategori);
        if (!res) return;
        const Skala& sk = *res->first;
        const std::string label = res->second;
        // The evaluation's kategori when the label is of its scale; another shipped scale's otherwise.
        const bool own = &sk == &skala_of(ctx, y);
        auto pred = [&](const EvaluasiIndikator& e) {
            const auto k = own ? e.kategori : kategori(*e.capaian.exact, sk);
            return k && *k == label;
        };
        const std::string formula = "indicators in \"" + label + "\" on " + sk.nama();
        h.def = jumlah_indikator(ctx.ev(y, false), sas, pred, formula);
        h.leg = jumlah_indikator(ctx.ev(y, true), sas, pred, formula);
        h.what_id = "jumlah indikator \"" + a.kategori + "\" (" + scope_id + ")";
        h.what_en = "number of indicators \"" + a.kategori + "\" (" + scope_en + ")";
    } else {
        return;
    }
    h.skip = false;
}

// A year-on-year change of an indicator's capaian or realisasi: selisih_* in points (sekarang −
// sebelumnya), perubahan_* relative ((sekarang − sebelumnya) / |sebelumnya| × 100). The two years'
// values are the evaluation's; the change is the measure's (selisih_tahunan, perubahan_persen). The
// other kind of change is kept as the value the printed figure may have confused it with.
void harapan_perubahan(Context& ctx, const Figure& f, Harapan& h) {
    const Angka& a = *f.a;
    const bool poin = a.ukuran.starts_with("selisih_");
    const bool dari_capaian = a.ukuran.ends_with("_capaian");
    const int y = f.tahun_angka;
    const int y0 = a.tahun_banding.value_or(y - 1);
    const Indikatornya now = indikator_of(ctx, a.ref, y);
    const Indikatornya then = indikator_of(ctx, a.ref, y0);
    if (now.def == nullptr || then.def == nullptr) return;
    const CapaianPolicy& pol = ctx.opt.policy;
    auto nilai = [&](const EvaluasiIndikator* e) { return dari_capaian ? e->capaian.exact : e->realisasi.exact; };
    auto hitung = [&](const EvaluasiIndikator* n, const EvaluasiIndikator* t, bool p) {
        return p ? selisih_tahunan(nilai(n), nilai(t), pol.places, pol.rounding)
                 : perubahan_persen(nilai(n), nilai(t), pol.places, pol.rounding);
    };
    h.def = hitung(now.def, then.def, poin);
    h.leg = hitung(now.leg, then.leg, poin);
    const Hasil lain = hitung(now.def, then.def, !poin);
    if (lain.exact) {
        h.lain = *lain.exact;
        h.lain_id = poin ? "perubahan relatif" : "selisih (poin)";
        h.lain_en = poin ? "the relative change" : "the difference in points";
    }
    const std::string what = std::string(dari_capaian ? "capaian " : "realisasi ") + now.def->id + " " +
                             std::to_string(y) + " terhadap " + std::to_string(y0);
    h.what_id = (poin ? "selisih " : "perubahan ") + what;
    h.what_en = std::string(poin ? "difference in " : "relative change of ") +
                (dari_capaian ? "capaian " : "realisasi ") + now.def->id + " " + std::to_string(y) + " against " +
                std::to_string(y0);
    h.skip = h.def->status == Status::missing && h.leg->status == Status::missing;
}

const Ukuran ukuran_table[] = {
    {"realisasi", harapan_indikator},
    {"capaian", harapan_indikator},
    {"target", harapan_indikator},
    {"target_akhir", harapan_indikator},
    {"kondisi_awal", harapan_indikator},
    {"kategori", nullptr},
    {"rata_rata_capaian", harapan_sasaran},
    {"total_capaian", harapan_sasaran},
    {"selisih_*", harapan_perubahan},
    {"perubahan_*", harapan_perubahan},
    {"efisiensi", harapan_sasaran},
    {"serapan", harapan_persen_anggaran},
    {"porsi", harapan_persen_anggaran},
    {"anggaran", harapan_anggaran},
    {"realisasi_anggaran", harapan_anggaran},
    {"total_rencana", harapan_total},
    {"total_realisasi", harapan_total},
    {"fisik", harapan_fisik},
    {"nilai_input", harapan_input},
    {"tahun", nullptr},
    {"jumlah_*", harapan_jumlah},
};

}  // namespace

namespace {

const Ukuran* cari_di_tabel(std::string_view u) {
    for (const Ukuran& x : ukuran_table)
        if (x.nama == u || (x.nama.ends_with('*') && u.starts_with(x.nama.substr(0, x.nama.size() - 1)))) return &x;
    return nullptr;
}

// The table above and the model's ukuran table name the same measures: a model ukuran without an
// entry here would load and never be checked, an entry matching no model ukuran is dead. Checked
// once, on the first figure of the first audit (every audit test runs it).
bool tabel_sesuai() {
    for (const InfoUkuran& m : ukuran_info())
        if (cari_di_tabel(m.nama) == nullptr)
            throw std::logic_error("audit: ukuran \"" + std::string(m.nama) + "\" has no entry in ukuran_table");
    for (const Ukuran& x : ukuran_table) {
        const std::string_view stem = x.nama.ends_with('*') ? x.nama.substr(0, x.nama.size() - 1) : x.nama;
        const bool used = std::any_of(ukuran_info().begin(), ukuran_info().end(), [&](const InfoUkuran& m) {
            return x.nama.ends_with('*') ? m.nama.starts_with(stem) : m.nama == stem;
        });
        if (!used)
            throw std::logic_error("audit: ukuran_table entry \"" + std::string(x.nama) + "\" is no model ukuran");
    }
    return true;
}

}  // namespace

const Ukuran* cari_ukuran(std::string_view u) {
    [[maybe_unused]] static const bool sesuai = tabel_sesuai();
    return cari_di_tabel(u);
}

}  // namespace sakip::audit_detail
