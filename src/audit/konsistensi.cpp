// The audit's consistency layer (lapisan konsistensi): a printed figure against the report's own printed
// inputs, before the recomputation layer compares those inputs with the raw data.
//
//   capaian of an indicator   from the printed target and realisasi of the same table, else of the first
//                             table (document order) that prints both for the indicator and year
//   rata-rata capaian         the mean (total_capaian: the sum) of the report's own capaian of the
//   and jumlah capaian        sasaran's indicators: each the capaian from the printed inputs when the
//                             capaian printed beside them agrees
//                             with it at its printed precision (the more precise of the two), else the
//                             printed one; a member undefined in the evaluation (0/0) is left out as there
//
// A printed realisasi of p decimals stands for any value within half a unit of its last digit; a printed
// capaian that such a more precise realisasi gives (66,7 → 66,67 gives 95,24) is consistent up to the
// input's rounding, and the finding says so instead of calling it wrong.
#include "audit/internal.hpp"

#include <sakip/decimal/format.hpp>
#include <sakip/measure/capaian.hpp>

#include <algorithm>

namespace sakip::audit_detail {

namespace {

struct Cetak {
    const Angka* a = nullptr;
    Decimal value;
};

// The printed figure `ukuran` of indicator `id` for year `y` in table `sumber` ("" = any table), document order.
std::optional<Cetak> cetak(const IndeksCetak& ix, std::string_view ukuran, const std::string& ref, int y,
                           std::string_view sumber, Jenis jenis) {
    for (const Angka* a : ix.find(ukuran, ref, y)) {
        if (!sumber.empty() && a->sumber != sumber) continue;
        const Bacaan b = baca(a->teks, jenis);
        if (b.value) return Cetak{a, *b.value};
    }
    return std::nullopt;
}

// The table whose printed target and realisasi of the indicator are the report's inputs.
std::string tabel_input(const IndeksCetak& ix, const std::string& ref, int y, const std::string& prefer) {
    const auto both = [&](const std::string& s) {
        return cetak(ix, "target", ref, y, s, Jenis::besaran) && cetak(ix, "realisasi", ref, y, s, Jenis::persen);
    };
    if (both(prefer)) return prefer;
    for (const Angka* a : ix.find("target", ref, y))
        if (both(a->sumber)) return a->sumber;
    return {};
}

std::string lokasi(int tahun, const Angka& a) {
    return "/laporan/" + std::to_string(tahun) + "/angka/" + json_pointer_escape(a.id);
}

// The capaian of an indicator from the report's printed inputs (table `tabel`).
struct DariInput {
    Rasional nilai;
    Cetak target, realisasi;
};
std::optional<DariInput> dari_input(Context& ctx, const IndeksCetak& ix, const Indikator& ind, int y,
                                    const std::string& tabel) {
    const std::string ref = "/renstra/indikator/" + ind.id;
    auto t = cetak(ix, "target", ref, y, tabel, Jenis::besaran);
    auto r = cetak(ix, "realisasi", ref, y, tabel, Jenis::persen);
    if (!t || !r || ind.polaritas == Polaritas::rentang) return std::nullopt;
    const Capaian c = capaian(Rasional(r->value), Rasional(t->value), ind.polaritas, ctx.opt.policy);
    if (!c.exact) return std::nullopt;
    return DariInput{*c.exact, *t, *r};
}

std::string input_text(const DariInput& d) {
    return "R = " + d.realisasi.value.to_string() + " (" + d.realisasi.a->id + "), T = " + d.target.value.to_string() +
           " (" + d.target.a->id + ")";
}

}  // namespace

Konsistensi konsistensi(Context& ctx, const Figure& f) {
    Konsistensi k;
    const Laporan* lap = ctx.doc.find_laporan(f.tahun);
    if (lap == nullptr) return k;
    const IndeksCetak& ix = ctx.cetakan(*lap);
    const Angka& a = *f.a;
    const int y = f.tahun_angka;
    const auto seg = split_pointer(a.ref);
    if (a.ukuran == "capaian" && seg.size() == 3 && seg[0] == "renstra" && seg[1] == "indikator") {
        const Indikator* ind = ctx.idx.indikator(seg[2]);
        if (ind == nullptr) return k;
        const std::string tabel = tabel_input(ix, a.ref, y, a.sumber);
        if (tabel.empty()) return k;
        const auto d = dari_input(ctx, ix, *ind, y, tabel);
        if (!d) return k;
        k.nilai = d->nilai;
        k.formula = "capaian from the report's printed inputs (" + tabel + "): " + input_text(*d);
        k.input = {lokasi(f.tahun, *d->realisasi.a), lokasi(f.tahun, *d->target.a)};
        k.input_id = "realisasi " + format_angka(d->realisasi.value) + " dan target " + format_angka(d->target.value) +
                     " (" + tabel + ")";
        k.input_en = "realisasi " + format_angka(d->realisasi.value) + " and target " + format_angka(d->target.value) +
                     " (" + tabel + ")";
        // The realisasi as printed stands for [r − h, r + h], h half a unit of its last digit.
        const int p = std::max(d->realisasi.value.scale(), 0);
        const Rasional half =
            Rasional(Rasional::integer(1), Rasional::integer(2)) / Rasional(10).pow(static_cast<unsigned>(p));
        const Rasional r(d->realisasi.value);
        const Capaian lo = capaian(r - half, Rasional(d->target.value), ind->polaritas, ctx.opt.policy);
        const Capaian hi = capaian(r + half, Rasional(d->target.value), ind->polaritas, ctx.opt.policy);
        if (lo.exact && hi.exact) {
            k.bawah = std::min(*lo.exact, *hi.exact);
            k.atas = std::max(*lo.exact, *hi.exact);
            k.presisi = "realisasi " + format_angka(d->realisasi.value) + " mencakup " +
                        format_angka((r - half).round(p + 1)) + " – " + format_angka((r + half).round(p + 1));
            k.presisi_en = "realisasi " + format_angka(d->realisasi.value) + " stands for " +
                           format_angka((r - half).round(p + 1)) + " – " + format_angka((r + half).round(p + 1));
        }
        return k;
    }
    const bool rata = a.ukuran == "rata_rata_capaian";
    if ((rata || a.ukuran == "total_capaian") && seg.size() == 3 && seg[0] == "renstra" && seg[1] == "sasaran") {
        const EvaluasiSasaran* es = ctx.ev(y, false).find_sasaran(seg[2]);
        if (es == nullptr) return k;
        Rasional sum(0);
        long n = 0;
        std::string parts;
        for (const std::string& id : es->indikator) {
            const Indikator* renstra = ctx.idx.indikator(id);
            if (renstra == nullptr) continue;
            const Indikator& ind = *renstra;
            const std::string ref = "/renstra/indikator/" + ind.id;
            const std::string tabel = tabel_input(ix, ref, y, a.sumber);
            const auto d = tabel.empty() ? std::nullopt : dari_input(ctx, ix, ind, y, tabel);
            // The capaian printed beside those inputs (the report's own), else in the average's table.
            std::optional<Cetak> printed;
            if (!tabel.empty()) printed = cetak(ix, "capaian", ref, y, tabel, Jenis::persen);
            if (!printed) printed = cetak(ix, "capaian", ref, y, a.sumber, Jenis::persen);
            std::optional<Rasional> member;
            std::string how;
            if (d && (!printed || d->nilai.round(std::max(printed->value.scale(), 0)) == printed->value)) {
                member = d->nilai;
                how = "from " + input_text(*d);
            } else if (printed) {
                member = Rasional(printed->value);
                how = "printed " + printed->value.to_string() + " (" + printed->a->id + ")";
                k.input.push_back(lokasi(f.tahun, *printed->a));
            }
            if (!member) {
                // Left out as the evaluation leaves it out (an undefined capaian, 0/0); any other member the
                // report does not print leaves nothing to compare with.
                const EvaluasiIndikator* e = ctx.ev(y, false).find_indikator(ind.id);
                if (e != nullptr && !e->capaian.exact) continue;
                return Konsistensi{};
            }
            sum = sum + *member;
            ++n;
            parts += (parts.empty() ? "" : "; ") + ind.id + " " + how;
        }
        if (n == 0) return k;
        k.nilai = rata ? sum / Rasional(n) : sum;
        k.formula = std::string(rata ? "mean" : "sum") + " of the report's own capaian: " + parts;
        k.input_id = "capaian indikatornya yang tercetak";
        k.input_en = "the printed capaian of its indicators";
        return k;
    }
    return k;
}

}  // namespace sakip::audit_detail
