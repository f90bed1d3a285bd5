// sakip::audit: the PK cascade (rule pk.cascade_sum) - a program amount of a PK against the kegiatan
// rows of the PKs below it, and a kegiatan amount against their sub kegiatan rows. The sums are the
// evaluation's (EvaluasiPk::kaskade, src/evaluate/kaskade.cpp); here they are compared with the
// amounts the PKs print, and the terms of a disagreeing sum are asked for its finding's trace.
#include "audit/aturan.hpp"

#include "evaluate/kaskade.hpp"

#include <string>
#include <vector>

namespace sakip::audit_detail {

namespace {

// "program 20", "kegiatan 0102": what a level-0 (level-1) row allots to.
std::string butir_kaskade(const EvaluasiKaskade& k) {
    return (k.level == 0 ? "program " : "kegiatan ") + k.kode.text();
}

// A sum beyond 38 significant digits: the amount cannot be checked.
void kaskade_tak_terhitung(Context& ctx, const PerjanjianKinerja& pk, const EvaluasiKaskade& k) {
    const std::string item = butir_kaskade(k);
    tidak_terhitung(
        ctx, overflow_error(k.alasan), k.pointer, pk_source(pk),
        std::string(k.level == 0 ? "jumlah kegiatan " : "jumlah sub kegiatan ") + item + " di PK bawahan " + pk.id,
        "the sum of " + item + "'s " + (k.level == 0 ? "kegiatan" : "sub kegiatan") + " in the PKs below " + pk.id);
}

void cascade_finding(Context& ctx, const PerjanjianKinerja& pk, const EvaluasiKaskade& k, const PkBaris& row,
                     const std::vector<evaluate_detail::SukuKaskade>& suku) {
    const Rupiah& sum = *k.jumlah;
    const std::string item = butir_kaskade(k);
    Finding x = temuan("pk.cascade_sum");
    x.location = k.pointer;
    x.source = pk_source(pk);
    x.reported = row.anggaran->text;
    x.reported_value = canon_rp(row.anggaran->value);
    x.expected = canon_rp(sum);
    x.message = item + " di PK " + pk.id + " " + row.anggaran->value.format(RupiahFormat::ringkas()) + ", tetapi " +
                (k.level == 0 ? "kegiatannya" : "sub kegiatannya") + " di PK bawahan berjumlah " +
                sum.format(RupiahFormat::ringkas());
    x.message_en = item + " in PK " + pk.id + " is " + row.anggaran->value.format(RupiahFormat::ringkas()) +
                   " but its " + (k.level == 0 ? "kegiatan" : "sub kegiatan") + " in the subordinate PKs sum to " +
                   sum.format(RupiahFormat::ringkas());
    if (k.ambiguous > 0 || row.anggaran->has_note("ambiguous_separator")) {
        x.message += " (ada jumlah tercetak bermakna ganda)";
        x.message_en += " (an amount involved is ambiguous as printed)";
    }
    std::string terms;
    for (const evaluate_detail::SukuKaskade& s : suku) {
        const PkBaris& r = evaluate_detail::pk_tabel(*s.pk, s.tabel)[s.baris];
        terms += (terms.empty() ? "" : " + ") + s.pk->id + "/" + evaluate_detail::nama_pk_tabel(s.tabel) + "/" +
                 std::to_string(s.baris) + " " + canon_rp(r.anggaran->value);
    }
    x.trace = "Σ " + terms + " = " + canon_rp(sum);
    ctx.add(std::move(x));
}

}  // namespace

void cek_cascade(Context& ctx, int tahun, const std::vector<PerjanjianKinerja>& pks) {
    const EvaluasiTahun& ev = ctx.ev(tahun, false);
    if (ev.pk.size() != pks.size()) return;  // ev.pk[i] is the evaluation of pks[i]
    // The amounts that disagree with their sum; their terms are asked for all at once.
    std::vector<evaluate_detail::PermintaanSuku> beda;
    for (std::size_t i = 0; i < pks.size(); ++i) {
        check_interrupt();
        for (const EvaluasiKaskade& k : ev.pk[i].kaskade) {
            if (!k.jumlah) {
                kaskade_tak_terhitung(ctx, pks[i], k);
                continue;
            }
            const PkBaris& row = evaluate_detail::pk_tabel(pks[i], k.tabel)[k.baris];
            if (*k.jumlah != row.anggaran->value) beda.push_back({i, &k});
        }
    }
    if (beda.empty()) return;
    const auto suku = evaluate_detail::suku_kaskade(ctx.doc, pks, beda);
    for (std::size_t j = 0; j < beda.size(); ++j) {
        const PerjanjianKinerja& pk = pks[beda[j].pk];
        const EvaluasiKaskade& k = *beda[j].kaskade;
        cascade_finding(ctx, pk, k, evaluate_detail::pk_tabel(pk, k.tabel)[k.baris], suku[j]);
    }
}

}  // namespace sakip::audit_detail
