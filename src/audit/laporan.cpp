// sakip::audit, part 1: every printed figure of laporan.<year>.angka against its evaluated value.
//
// A figure is checked in three steps: its measure (`ukuran`, the table `ukuran_table`) says how it
// is read and finds its expected value in the evaluation (Harapan); the comparison is decided once
// (putusan / putusan_kategori); then every rule of the registry (aturan.cpp) that applies to the
// measure runs its check, which reports the outcome that is its own through the builders below.
#include "audit/aturan.hpp"

#include <sakip/decimal/format.hpp>
#include <sakip/decimal/terbilang.hpp>
#include <sakip/measure/skala.hpp>

#include <algorithm>
#include <functional>

namespace sakip::audit_detail {

namespace {

std::vector<std::string> split_pointer(std::string_view p) {
    std::vector<std::string> out;
    if (p.empty() || p[0] != '/') return out;
    std::size_t i = 1;
    while (true) {
        auto j = p.find('/', i);
        out.emplace_back(p.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i));
        if (j == std::string_view::npos) break;
        i = j + 1;
    }
    return out;
}

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

std::string trace_text(const Hasil& h) {
    std::string s;
    if (!h.trace.formula.empty()) s += h.trace.formula;
    if (!h.trace.inputs.empty()) {
        s += s.empty() ? "" : "; ";
        bool first = true;
        for (const auto& [name, v] : h.trace.inputs) {
            s += (first ? "" : ", ") + name + " = " + v.to_string();
            first = false;
        }
    }
    if (h.exact) s += (s.empty() ? "" : "; ") + std::string("exact ") + h.exact->to_string();
    if (!h.trace.policy.empty()) {
        s += (s.empty() ? "" : "; ") + std::string("policy ");
        for (std::size_t i = 0; i < h.trace.policy.size(); ++i) s += (i ? ", " : "") + h.trace.policy[i];
    }
    if (!h.trace.reason.empty()) s += (s.empty() ? "" : "; ") + h.trace.reason;
    if (!h.trace.rule.empty()) s += (s.empty() ? "" : "; ") + std::string("rule: ") + h.trace.rule;
    return s;
}

// Rounded expected value for messages and the `expected` field.
Decimal rounded(const Rasional& r, int printed_places, Jenis j, bool truncation_finding) {
    if (j == Jenis::rupiah) return r.is_integer() ? r.round(0) : r.round(2);
    if (j == Jenis::jumlah || j == Jenis::besaran) {
        if (r.is_integer()) return r.round(0);
        if (j == Jenis::besaran) return r.round(std::max(printed_places, 2));
        return r.round(2);
    }
    if (truncation_finding) return r.round(printed_places);
    if (r.is_integer() && printed_places == 0) return r.round(0);
    return r.round(std::max(printed_places, 2));
}

// The printed number as compared: an amount of whole rupiah without its ",00".
Decimal tercetak(const Bacaan& b, Jenis j) {
    return (j == Jenis::rupiah && Rasional(*b.value).is_integer()) ? b.value->quantize(0) : *b.value;
}

std::string angka_location(int tahun, const std::string& id) {
    return "/laporan/" + std::to_string(tahun) + "/angka/" + json_pointer_escape(id);
}

struct Indikatornya {
    const EvaluasiIndikator* def = nullptr;
    const EvaluasiIndikator* leg = nullptr;
    const Indikator* renstra = nullptr;
};

Indikatornya indikator_of(Context& ctx, const std::string& ref, int tahun) {
    Indikatornya r;
    const auto seg = split_pointer(ref);
    if (seg.size() != 3 || seg[0] != "renstra" || seg[1] != "indikator") return r;
    r.renstra = ctx.idx.indikator(seg[2]);
    r.def = ctx.ev(tahun, false).find_indikator(seg[2]);
    r.leg = ctx.ev(tahun, true).find_indikator(seg[2]);
    return r;
}

Hasil dari_target(const std::optional<Target>& t, const std::string& what) {
    if (!t || t->is_range()) return tidak_ada("no " + what);
    return hasil_dari(Rasional(t->besaran()->value), what + " = " + t->besaran()->text);
}

// The scale of the kategori figures of `tahun`: AuditOptions::skala, else the report's own.
std::string skala_of(const Context& ctx, int tahun) {
    return ctx.opt.skala.empty() ? skala_laporan(ctx.doc, tahun) : ctx.opt.skala;
}

// Resolves the label printed for a category count ("BS", "Baik", "sangat tinggi") to a scale name
// and a band label.
std::optional<std::pair<std::string, std::string>> resolve_kategori(Context& ctx, int tahun,
                                                                    const std::string& printed) {
    const std::string want = lower(trim(printed));
    const std::string scale_name = skala_of(ctx, tahun);
    if (const Laporan* lap = ctx.doc.find_laporan(tahun)) {
        for (const SkalaTercetak& st : lap->skala)
            for (const KelasSkala& k : st.kelas)
                if ((!k.singkatan.empty() && lower(k.singkatan) == want) || lower(k.kriteria) == want)
                    for (const Pita& p : skala(scale_name).pita())
                        if (lower(p.label) == lower(k.kriteria)) return std::make_pair(scale_name, p.label);
    }
    for (const Pita& p : skala(scale_name).pita())
        if (lower(p.label) == want) return std::make_pair(scale_name, p.label);
    for (const std::string& name : daftar_skala())
        for (const Pita& p : skala(name).pita())
            if (lower(p.label) == want) return std::make_pair(name, p.label);
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
    h.set(hasil_dari(Rasional(v->value()),
                     std::string(rencana ? "rencana" : "realisasi") + " in the DPA (" + a.ref + ")"));
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
    if (v == nullptr) return;
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
        const Skala& sk = skala(res->first);
        const std::string label = res->second;
        auto pred = [&](const EvaluasiIndikator& e) {
            auto k = kategori(*e.capaian.exact, sk);
            return k && *k == label;
        };
        const std::string formula = "indicators in \"" + label + "\" on " + res->first;
        h.def = jumlah_indikator(ctx.ev(y, false), sas, pred, formula);
        h.leg = jumlah_indikator(ctx.ev(y, true), sas, pred, formula);
        h.what_id = "jumlah indikator \"" + a.kategori + "\" (" + scope_id + ")";
        h.what_en = "number of indicators \"" + a.kategori + "\" (" + scope_en + ")";
    } else {
        return;
    }
    h.skip = false;
}

// The measures a printed figure can have: how it is read and where its expected value comes from
// (nullptr: a label or a year, checked by its rules alone). "jumlah_*": every measure of the prefix.
struct Ukuran {
    std::string_view nama;
    Jenis jenis;
    void (*harapan)(Context&, const Figure&, Harapan&);
};

const Ukuran ukuran_table[] = {
    {"realisasi", Jenis::persen, harapan_indikator},
    {"capaian", Jenis::persen, harapan_indikator},
    {"target", Jenis::besaran, harapan_indikator},
    {"target_akhir", Jenis::besaran, harapan_indikator},
    {"kondisi_awal", Jenis::besaran, harapan_indikator},
    {"kategori", Jenis::label, nullptr},
    {"rata_rata_capaian", Jenis::persen, harapan_sasaran},
    {"efisiensi", Jenis::persen, harapan_sasaran},
    {"serapan", Jenis::persen, harapan_persen_anggaran},
    {"porsi", Jenis::persen, harapan_persen_anggaran},
    {"anggaran", Jenis::rupiah, harapan_anggaran},
    {"realisasi_anggaran", Jenis::rupiah, harapan_anggaran},
    {"total_rencana", Jenis::rupiah, harapan_total},
    {"total_realisasi", Jenis::rupiah, harapan_total},
    {"fisik", Jenis::persen, harapan_fisik},
    {"nilai_input", Jenis::jumlah, harapan_input},
    {"tahun", Jenis::tahun, nullptr},
    {"jumlah_*", Jenis::jumlah, harapan_jumlah},
};

const Ukuran* cari_ukuran(std::string_view u) {
    for (const Ukuran& x : ukuran_table)
        if (x.nama == u || (x.nama.ends_with('*') && u.starts_with(x.nama.substr(0, x.nama.size() - 1)))) return &x;
    return nullptr;
}

// ---- the comparison ----------------------------------------------------------------------------

bool same_value(const Hasil& a, const Hasil& b) {
    if (a.exact.has_value() != b.exact.has_value()) return false;
    return !a.exact || *a.exact == *b.exact;
}

enum class Cocok { sama, terpotong, beda };

Cocok cocok(const Decimal& printed, const Rasional& exact, bool allow_truncated) {
    const int p = std::max(printed.scale(), 0);
    if (exact.round(p, Rounding::half_up) == printed) return Cocok::sama;
    if (allow_truncated && exact.round(p, Rounding::down) == printed) return Cocok::terpotong;
    return Cocok::beda;
}

// Decides how the printed number compares with its expected value under both policies.
Putusan putusan(Context& ctx, const Figure& f, Jenis jenis, const Bacaan& b, const Harapan& h) {
    using J = Putusan::Jenis;
    Putusan v;
    if (h.skip || jenis == Jenis::label || jenis == Jenis::tahun) return v;
    const Hasil& D = h.def.get();
    const Hasil& L = h.leg.get();
    const bool legacy_differs = !same_value(D, L);
    const bool report_legacy = ctx.report_legacy[f.tahun];
    if (!b.value) {
        v.jenis = J::tak_terbaca;
        v.use = (legacy_differs && report_legacy && L.exact) ? &L : &D;
        return v;
    }
    const bool allow_truncated = aturan("percent.truncated").berlaku(f.a->ukuran);
    const Decimal printed = tercetak(b, jenis);
    const int p = std::max(printed.scale(), 0);
    if (D.exact) {
        const Cocok c = cocok(printed, *D.exact, allow_truncated);
        if (c == Cocok::sama) return v;
        if (c == Cocok::terpotong) {
            v.jenis = J::terpotong;
            v.use = &D;
            return v;
        }
        if (legacy_differs && L.exact && cocok(printed, *L.exact, allow_truncated) != Cocok::beda) {
            v.jenis = J::hanya_legacy;
            v.use = &D;
            v.extra_id = "; angka tercetak hanya cocok bila 0/0 dihitung 100 %";
            v.extra_en = "; the printed figure matches only when 0/0 is scored 100 %";
            return v;
        }
        // D and L may be the same object (one value under both policies): decide by flag, not address.
        const bool use_legacy = legacy_differs && report_legacy && L.exact.has_value();
        const Hasil& use = use_legacy ? L : D;
        v.jenis = J::beda;
        v.use = &use;
        if (use.exact && !printed.is_zero() && use.exact->round(p) == -printed) {
            v.extra_id = " (tanda terbalik)";
            v.extra_en = " (sign reversed)";
        }
        if (use_legacy) {
            v.extra_id += " (0/0 dihitung 100 % seperti dalam laporan)";
            v.extra_en += " (0/0 scored 100 % as the report does)";
        }
        return v;
    }
    // Undefined (or not computable) under the default policy.
    if (D.status == Status::missing && !L.exact) return v;  // nothing to compare with
    if (L.exact) {
        if (cocok(printed, *L.exact, allow_truncated) != Cocok::beda) {
            v.jenis = J::hanya_legacy;
            v.use = &D;
            v.extra_id = " (0/0); angka tercetak menganggap 0/0 = 100 %";
            v.extra_en = " (0/0); the printed figure scores 0/0 as 100 %";
            return v;
        }
        if (report_legacy) {
            v.jenis = J::beda;
            v.use = &L;
            v.extra_id = " (0/0 dihitung 100 % seperti dalam laporan)";
            v.extra_en = " (0/0 scored 100 % as the report does)";
            return v;
        }
    }
    v.jenis = J::tak_terdefinisi;
    v.use = &D;
    return v;
}

// Decides how a printed category label compares with the scale's label for the capaian.
PutusanKategori putusan_kategori(Context& ctx, const Figure& f) {
    using K = PutusanKategori::Jenis;
    PutusanKategori k;
    const Indikatornya ind = indikator_of(ctx, f.a->ref, f.tahun_angka);
    if (ind.def == nullptr || ind.renstra == nullptr) return k;
    k.scale_name = skala_of(ctx, f.tahun_angka);
    const Skala& sk = skala(k.scale_name);
    k.printed = trim(f.a->teks);
    k.def = ind.def;
    auto label_of = [&](const EvaluasiIndikator* e) -> std::optional<std::string> {
        if (e == nullptr || !e->capaian.exact) return std::nullopt;
        return kategori(*e->capaian.exact, sk);
    };
    const auto def = label_of(ind.def);
    const auto leg = label_of(ind.leg);
    k.on_scale = std::any_of(sk.pita().begin(), sk.pita().end(),
                             [&](const Pita& p) { return lower(p.label) == lower(k.printed); });
    if (def && lower(*def) == lower(k.printed)) return k;
    const bool legacy_differs = def != leg;
    const bool use_leg = !def || (legacy_differs && ctx.report_legacy[f.tahun]);
    const auto& use = use_leg ? leg : def;
    k.e = use_leg ? ind.leg : ind.def;
    if (!def && leg && lower(*leg) == lower(k.printed)) {
        k.jenis = K::hanya_legacy;
        k.e = ind.leg;
        return k;
    }
    if (!use) return k;  // not computable
    k.jenis = K::beda;
    k.expected = *use;
    k.legacy_note = use_leg && legacy_differs;
    return k;
}

Finding base(const Figure& f, const Aturan& rule, bool error = false) {
    Finding x = temuan(rule, error);
    x.location = f.location;
    x.source = f.source;
    x.reported = f.a->teks;
    return x;
}

}  // namespace

// ---- the findings of the rules -----------------------------------------------------------------

void Periksa::banding(const Aturan& rule) const {
    using J = Putusan::Jenis;
    const Hasil& use = *v.use;
    if (v.jenis == J::tak_terbaca) {
        Finding x = base(f, rule);
        if (use.exact) x.expected = rounded(*use.exact, 2, jenis, false).to_string();
        const std::string exp_id = use.exact ? tampil(rounded(*use.exact, 2, jenis, false), jenis) : "-";
        x.message = h.what_id + " tercetak \"" + f.a->teks + "\", bukan angka yang sah" +
                    (use.exact ? "; nilai seharusnya " + exp_id : "");
        x.message_en = h.what_en + " printed \"" + f.a->teks + "\" is not a valid number" +
                       (use.exact ? "; the value is " + exp_id : "");
        x.trace = trace_text(use);
        ctx.add(std::move(x));
        return;
    }
    const Decimal printed = tercetak(b, jenis);
    const int p = std::max(printed.scale(), 0);
    const bool truncation = v.jenis == J::terpotong;
    Finding x = base(f, rule, v.jenis == J::tak_terdefinisi);
    x.reported_value = printed.to_string();
    std::string exp = "tidak terdefinisi", exp_en = "undefined";
    if (use.exact) {
        const Decimal r = rounded(*use.exact, p, jenis, truncation);
        x.expected = r.to_string();
        exp = tampil(r, jenis);
        exp_en = exp;
    } else {
        x.expected = "undefined";
    }
    const std::string shown = tampil(printed, jenis);
    if (truncation) {
        x.message = h.what_id + " tercetak " + shown + ": nilai dipotong, bukan dibulatkan; seharusnya " + exp;
        x.message_en = h.what_en + " printed " + shown + " is truncated, not rounded half up; should be " + exp_en;
    } else {
        x.message = h.what_id + " tercetak " + shown + ", hasil hitung " + exp + v.extra_id;
        x.message_en = h.what_en + " printed " + shown + ", recomputed " + exp_en + v.extra_en;
    }
    x.trace = trace_text(use);
    const Hasil& D = h.def.get();
    const Hasil& L = h.leg.get();
    if (!same_value(D, L)) {
        const Hasil& other = (&use == &D) ? L : D;
        x.trace += std::string(" | ") +
                   (&use == &D ? "with 0/0 scored 100 % (legacy): " : "default policy (0/0 undefined): ") +
                   (other.exact ? other.exact->round(std::max(p, 2)).to_string() : std::string("undefined"));
    }
    ctx.add(std::move(x));
}

void Periksa::catatan_baca(const Aturan& rule, std::string_view note) const {
    const Decimal printed = tercetak(b, jenis);
    Finding x = base(f, rule);
    x.reported_value = printed.to_string();
    if (note == "decimal_point") {
        x.message = h.what_id + " tercetak \"" + f.a->teks + "\" dengan titik sebagai tanda desimal";
        x.message_en = h.what_en + " printed \"" + f.a->teks + "\" with '.' as the decimal mark";
    } else {
        x.message = "angka \"" + f.a->teks + "\" bermakna ganda: dibaca " + tampil(printed, jenis) +
                    ", kemungkinan salah ketik pemisah ribuan";
        x.message_en = "\"" + f.a->teks + "\" is ambiguous: read as " + tampil(printed, jenis) +
                       ", probably a mistyped thousands separator";
        x.trace = "three digits after the decimal comma (Indonesian reading: '.' groups thousands, ',' marks decimals)";
    }
    ctx.add(std::move(x));
}

void Periksa::kategori(const Aturan& rule) const {
    Finding x = base(f, rule);
    x.reported_value = k.printed;
    if (k.jenis == PutusanKategori::Jenis::hanya_legacy) {
        x.expected = "undefined";
        x.message = "kategori " + k.def->id + " \"" + k.printed + "\" berasal dari capaian 0/0 yang dihitung 100 %";
        x.message_en = "category of " + k.def->id + " \"" + k.printed + "\" comes from a 0/0 capaian scored 100 %";
        x.trace = trace_text(k.e->capaian) + "; scale " + k.scale_name;
        ctx.add(std::move(x));
        return;
    }
    const Skala& sk = skala(k.scale_name);
    const EvaluasiIndikator* e = k.e;
    const std::string cap = e->capaian.exact ? format_angka(e->capaian.exact->round(2)) : "-";
    x.expected = k.expected;
    const Pita* band = e->capaian.exact ? sk.find(*e->capaian.exact) : nullptr;
    const std::string band_text = band != nullptr ? band->tercetak : std::string();
    if (k.on_scale) {
        x.message = "indikator " + e->id + " dengan capaian " + cap + " % disebut \"" + k.printed +
                    "\", padahal skala laporan (" + k.scale_name + ") memberi \"" + k.expected + "\" (" + band_text +
                    ")";
        x.message_en = "indicator " + e->id + " with capaian " + cap + " % is called \"" + k.printed +
                       "\" but the report's scale (" + k.scale_name + ") gives \"" + k.expected + "\" (" + band_text +
                       ")";
    } else {
        x.message = "kategori \"" + k.printed + "\" untuk indikator " + e->id + " tidak ada pada skala laporan (" +
                    k.scale_name + "); capaian " + cap + " % adalah \"" + k.expected + "\"";
        x.message_en = "category \"" + k.printed + "\" of indicator " + e->id +
                       " is not a label of the report's scale (" + k.scale_name + "); capaian " + cap + " % is \"" +
                       k.expected + "\"";
    }
    if (k.legacy_note) {
        x.message += " (0/0 dihitung 100 % seperti dalam laporan)";
        x.message_en += " (0/0 scored 100 % as the report does)";
    }
    x.trace = trace_text(e->capaian) + "; scale " + k.scale_name + ": " + sk.deskripsi();
    ctx.add(std::move(x));
}

void Periksa::terbilang(const Aturan& rule) const {
    // Digits against words: "5 (enam)".
    if (!b.value || b.words.empty()) return;
    std::string words;
    try {
        words = sakip::terbilang(*b.value);
    } catch (const error&) {
    }
    if (words.empty() || lower(words) == lower(b.words)) return;
    const std::string n = format_angka(*b.value);
    Finding x = base(f, rule);
    x.reported_value = b.value->to_string();
    x.message =
        "angka \"" + f.a->teks + "\": " + n + " ditulis dengan huruf \"" + b.words + "\" (" + n + " = " + words + ")";
    x.message_en = "\"" + f.a->teks + "\": the digits say " + n + ", the words \"" + b.words + "\" (" + n + " is \"" +
                   words + "\")";
    x.trace = "terbilang(" + b.value->to_string() + ") = " + words;
    ctx.add(std::move(x));
}

void Periksa::tahun(const Aturan& rule) const {
    const Angka& a = *f.a;
    const auto seg = split_pointer(a.ref);
    if (seg.size() < 2) return;
    int ry = 0;
    try {
        ry = std::stoi(seg[1]);
    } catch (const std::exception&) {
        return;
    }
    std::string digits, best;
    for (char c : a.teks) {
        if (c >= '0' && c <= '9')
            digits += c;
        else {
            if (digits.size() > best.size()) best = digits;
            digits.clear();
        }
    }
    if (digits.size() > best.size()) best = digits;
    if (best == std::to_string(ry)) return;
    Finding x = base(f, rule);
    x.reported_value = best.empty() ? std::optional<std::string>() : std::optional<std::string>(best);
    x.expected = std::to_string(ry);
    x.message = "tahun tercetak \"" + a.teks + "\" pada " + a.sumber + ", padahal angkanya tahun " + std::to_string(ry);
    x.message_en = "year printed \"" + a.teks + "\" in " + a.sumber + " but the figures are of " + std::to_string(ry);
    x.trace = "year of " + a.ref;
    ctx.add(std::move(x));
}

namespace {

// One printed figure: its measure, its expected value, the verdicts, then every rule of its measure.
void cek_angka(Context& ctx, const Figure& f) {
    const std::string& u = f.a->ukuran;
    const Ukuran* uk = cari_ukuran(u);
    if (uk == nullptr) return;  // a measure the audit does not recompute
    Harapan h;
    if (uk->harapan != nullptr) uk->harapan(ctx, f, h);
    const PutusanKategori k = uk->jenis == Jenis::label ? putusan_kategori(ctx, f) : PutusanKategori{};
    const Bacaan b = baca(f.a->teks, uk->jenis);
    const Putusan v = putusan(ctx, f, uk->jenis, b, h);
    const Periksa p{ctx, f, uk->jenis, b, h, v, k};
    for (const Aturan& rule : daftar_aturan())
        if (rule.cek != nullptr && rule.berlaku(u)) rule.cek(p, rule);
}

}  // namespace

void audit_laporan(Context& ctx, int tahun) {
    const Laporan* lap = ctx.doc.find_laporan(tahun);
    if (lap == nullptr) return;
    // Does the report score a 0/0 as 100 %? Some printed realisasi / capaian of an indicator whose
    // value is undefined by default matches the legacy value.
    bool legacy = false;
    for (const Angka& a : lap->angka) {
        check_interrupt();
        if (a.ukuran != "realisasi" && a.ukuran != "capaian") continue;
        const int y = a.tahun.value_or(tahun);
        const Indikatornya ind = indikator_of(ctx, a.ref, y);
        if (ind.def == nullptr) continue;
        const Hasil& d = a.ukuran == "realisasi" ? ind.def->realisasi : ind.def->capaian;
        const Hasil& l = a.ukuran == "realisasi" ? ind.leg->realisasi : ind.leg->capaian;
        if (d.exact || !l.exact) continue;
        try {
            const Bacaan b = baca(a.teks, Jenis::persen);
            if (b.value && cocok(*b.value, *l.exact, true) != Cocok::beda) legacy = true;
        } catch (const interrupted&) {
            throw;
        } catch (const error&) {
            // Beyond the limits at the printed precision: the figure's own check below reports it.
        }
    }
    ctx.report_legacy[tahun] = legacy;

    for (const Angka& a : lap->angka) {
        check_interrupt();
        Figure f;
        f.a = &a;
        f.tahun = tahun;
        f.tahun_angka = a.tahun.value_or(tahun);
        f.location = angka_location(tahun, a.id);
        f.source = a.sumber + (a.baris ? " (baris " + std::to_string(*a.baris) + ")" : "");
        // A value the audit computes for this figure beyond the limits (a sum or share of amounts of
        // 38 digits, a printed precision of hundreds of places): input.incomputable at the figure.
        aman(ctx, f.location, f.source, "angka \"" + a.teks + "\" (" + a.ukuran + " " + a.ref + ")",
             "figure \"" + a.teks + "\" (" + a.ukuran + " " + a.ref + ")", [&] { cek_angka(ctx, f); });
    }
}

}  // namespace sakip::audit_detail
