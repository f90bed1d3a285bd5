// sakip::audit, budget control of a DPA: negative amounts, realisasi above the pagu, realisasi not
// yet entered (and the sums it leaves unknown); and the explanation of a printed parent serapan that
// is the plain mean of its rows' printed percentages. The amounts are the evaluation's (printed, or
// rolled up from the rows: evaluate/anggaran.cpp).
#include "audit/aturan.hpp"

#include <sakip/decimal/format.hpp>

namespace sakip::audit_detail {

namespace {

std::string rp(const Rupiah& r) { return r.format(RupiahFormat::ringkas()); }

std::string daftar(const std::vector<std::string>& xs) {
    std::string s;
    for (const auto& x : xs) s += (s.empty() ? "" : "; ") + x;
    return s;
}

struct Pagu {
    Context& ctx;
    const Dpa& dpa;
    const EvaluasiTahun& ev;
    std::string src;

    void negatif(const std::optional<Amount>& a, const std::string& loc, const std::string& what) const {
        if (!a || a->value.signum() >= 0) return;
        Finding x = temuan("amount.negative");
        x.location = loc;
        x.source = src;
        x.reported = a->text;
        x.reported_value = canon_rp(a->value);
        x.message = what + " bernilai negatif: " + rp(a->value);
        x.message_en = what + " is negative: " + rp(a->value);
        x.trace = "a pagu or realisasi of a DPA is at least 0";
        ctx.add(std::move(x));
    }

    void melebihi(const EvaluasiAnggaran& a) const {
        if (!a.rencana || !a.realisasi || *a.realisasi <= *a.rencana) return;
        // Both summed from the rows: some row is over its own pagu and is reported there.
        if (a.asal_rencana == AsalJumlah::rincian && a.asal_realisasi == AsalJumlah::rincian) return;
        auto asal = [](AsalJumlah x) { return x == AsalJumlah::rincian ? " (Σ rincian)" : ""; };
        Finding x = temuan("budget.over_pagu");
        x.location = a.pointer + "/realisasi";
        x.source = src;
        x.reported_value = canon_rp(*a.realisasi);
        x.expected = "≤ " + canon_rp(*a.rencana);
        x.message = "realisasi " + a.nama + asal(a.asal_realisasi) + " " + rp(*a.realisasi) + " melebihi pagu" +
                    asal(a.asal_rencana) + " " + rp(*a.rencana) + " (lebih " + rp(*a.realisasi - *a.rencana) + ")";
        x.message_en = "spending of " + a.nama_en + asal(a.asal_realisasi) + " " + rp(*a.realisasi) +
                       " exceeds its pagu" + asal(a.asal_rencana) + " " + rp(*a.rencana) + " (by " +
                       rp(*a.realisasi - *a.rencana) + ")";
        x.trace = "realisasi " + canon_rp(*a.realisasi) + " > rencana " + canon_rp(*a.rencana);
        ctx.add(std::move(x));
    }

    // The sums and checks a row without realisasi leaves unknown, going up from its parents (nearest
    // first) until one prints its own realisasi (then its Σ check is what is lost).
    void terhambat(const std::vector<const EvaluasiAnggaran*>& induk, const EvaluasiProgram& p,
                   std::vector<std::string>& id, std::vector<std::string>& en) const {
        for (const EvaluasiAnggaran* a : induk) {
            if (a->asal_realisasi == AsalJumlah::tercetak) {
                id.push_back("pemeriksaan realisasi " + a->nama + " terhadap jumlah rinciannya");
                en.push_back("the check of the realisasi of " + a->nama_en + " against its rows");
                return;
            }
            id.push_back("realisasi dan serapan " + a->nama);
            en.push_back("realisasi and absorption of " + a->nama_en);
        }
        if (!ev.total_realisasi) {
            id.push_back("jumlah realisasi dan serapan seluruh program");
            en.push_back("total realisasi and absorption of all programs");
            if (dpa.belanja.langsung && dpa.belanja.langsung->realisasi) {
                id.push_back("pemeriksaan realisasi belanja langsung terhadap jumlah program");
                en.push_back("the check of belanja langsung (realisasi) against the programs");
            }
        }
        for (const std::string& s : p.sasaran)
            if (const EvaluasiSasaran* es = ev.find_sasaran(s); es != nullptr && !es->realisasi) {
                id.push_back("serapan dan efisiensi sasaran " + s);
                en.push_back("absorption and efficiency of sasaran " + s);
            }
    }

    void belum_diinput(const EvaluasiAnggaran& a, const std::vector<const EvaluasiAnggaran*>& induk,
                       const EvaluasiProgram& p) const {
        std::vector<std::string> id, en;
        id.push_back("serapan " + a.nama);
        en.push_back("absorption of " + a.nama_en);
        terhambat(induk, p, id, en);
        Finding x = temuan("budget.realisasi_missing");
        x.location = a.pointer;
        x.source = src;
        if (a.rencana) x.reported_value = canon_rp(*a.rencana);
        x.message = "realisasi belum diinput: " + a.nama + (a.rencana ? " (pagu " + rp(*a.rencana) + ")" : "") +
                    " tanpa realisasi; tidak dapat dihitung: " + daftar(id);
        x.message_en = "realisasi not entered: " + a.nama_en + (a.rencana ? " (pagu " + rp(*a.rencana) + ")" : "") +
                       " has no realisasi; left unknown: " + daftar(en);
        x.trace = a.alasan_realisasi;
        ctx.add(std::move(x));
    }
};

}  // namespace

void cek_pagu(Context& ctx, int tahun, const Dpa& dpa) {
    const EvaluasiTahun& ev = ctx.ev(tahun, false);
    const Pagu g{ctx, dpa, ev, dpa.sumber.empty() ? "DPA " + std::to_string(tahun) : dpa.sumber};
    const std::string root = "/dpa/" + std::to_string(tahun);

    // Negative amounts, as printed.
    auto pos = [&](const std::string& name, const std::optional<BelanjaPos>& b) {
        if (!b) return;
        g.negatif(b->rencana, root + "/belanja/" + name + "/rencana", std::string("rencana belanja ") + name);
        g.negatif(b->realisasi, root + "/belanja/" + name + "/realisasi", std::string("realisasi belanja ") + name);
    };
    for_each_belanja(dpa.belanja, pos);
    auto item = [&](const auto& it, const std::string& loc, const std::string& nama) {
        g.negatif(it.rencana, loc + "/rencana", "rencana " + nama);
        g.negatif(it.realisasi, loc + "/realisasi", "realisasi " + nama);
    };
    for (const Program& p : dpa.program) {
        const std::string pl = root + "/program/" + json_pointer_escape(p.kode.text());
        item(p, pl, "program " + p.kode.text());
        for (const Kegiatan& k : p.kegiatan) {
            const std::string kl = pl + "/kegiatan/" + json_pointer_escape(k.kode.text());
            item(k, kl, "kegiatan " + k.kode.text());
            for (const SubKegiatan& s : k.sub_kegiatan)
                item(s, kl + "/sub_kegiatan/" + json_pointer_escape(s.kode.text()), "sub kegiatan " + s.kode.text());
        }
    }

    // Realisasi above the pagu, at every level.
    for (const EvaluasiAnggaran& b : ev.belanja) g.melebihi(b);
    for (const EvaluasiProgram& p : ev.program) {
        g.melebihi(p);
        for (const EvaluasiAnggaran& k : p.kegiatan) {
            g.melebihi(k);
            for (const EvaluasiAnggaran& s : k.sub_kegiatan) g.melebihi(s);
        }
    }

    // Realisasi not entered, at the lowest level of each branch; a DPA without any realisasi is one note.
    std::size_t rows = 0, printed = 0;
    for (const EvaluasiProgram& p : ev.program) {
        printed += p.asal_realisasi == AsalJumlah::tercetak;
        ++rows;
        for (const EvaluasiAnggaran& k : p.kegiatan) {
            printed += k.asal_realisasi == AsalJumlah::tercetak;
            ++rows;
            for (const EvaluasiAnggaran& s : k.sub_kegiatan) {
                printed += s.asal_realisasi == AsalJumlah::tercetak;
                ++rows;
            }
        }
    }
    if (rows == 0) return;
    if (printed == 0) {
        Finding x = temuan("budget.realisasi_missing");
        x.location = root;
        x.source = g.src;
        x.message = "realisasi belum diinput: DPA " + std::to_string(tahun) + " tidak memuat realisasi untuk " +
                    std::to_string(rows) + " butirnya; serapan, jumlah realisasi dan efisiensi tidak dapat dihitung";
        x.message_en = "realisasi not entered: the DPA " + std::to_string(tahun) +
                       " states no realisasi for any of its " + std::to_string(rows) +
                       " items; absorption, total spending and efficiency are unknown";
        x.trace = "no program, kegiatan or sub kegiatan states a realisasi";
        ctx.add(std::move(x));
        return;
    }
    for (const EvaluasiProgram& p : ev.program) {
        if (p.kegiatan.empty()) {
            if (!p.realisasi) g.belum_diinput(p, {}, p);
            continue;
        }
        for (const EvaluasiAnggaran& k : p.kegiatan) {
            if (k.sub_kegiatan.empty()) {
                if (!k.realisasi) g.belum_diinput(k, {&p}, p);
                continue;
            }
            for (const EvaluasiAnggaran& s : k.sub_kegiatan)
                if (!s.realisasi) g.belum_diinput(s, {&k, &p}, p);
        }
    }
}

bool rata_rata_rincian(Context& ctx, const Figure& f, const Decimal& printed, std::string& extra_id,
                       std::string& extra_en) {
    const auto seg = split_pointer(f.a->ref);
    if (seg.size() < 3 || seg[0] != "dpa" || ctx.doc.find_dpa(f.tahun_angka) == nullptr) return false;
    const Laporan* lap = ctx.doc.find_laporan(f.tahun);
    if (lap == nullptr) return false;
    const EvaluasiTahun& ev = ctx.ev(f.tahun_angka, false);
    // The levels under the item, nearest first: the rows' pointers at each.
    std::vector<std::pair<std::string, std::vector<std::string>>> levels;
    if (seg.size() == 3 && seg[2] == "program") {
        std::vector<std::string> ps;
        for (const auto& p : ev.program) ps.push_back(p.pointer);
        levels.emplace_back("program", std::move(ps));
    } else if (seg.size() == 4 && seg[2] == "program") {
        const EvaluasiProgram* p = ev.find_program(seg[3]);
        if (p == nullptr) return false;
        std::vector<std::string> ks, ss;
        for (const auto& k : p->kegiatan) {
            ks.push_back(k.pointer);
            for (const auto& s : k.sub_kegiatan) ss.push_back(s.pointer);
        }
        levels.emplace_back("kegiatan", std::move(ks));
        levels.emplace_back("sub kegiatan", std::move(ss));
    } else if (const EvaluasiAnggaran* a = ev.find_anggaran(f.a->ref); a != nullptr && !a->sub_kegiatan.empty()) {
        std::vector<std::string> ss;
        for (const auto& s : a->sub_kegiatan) ss.push_back(s.pointer);
        levels.emplace_back("sub kegiatan", std::move(ss));
    }
    const IndeksCetak& ix = ctx.cetakan(*lap);  // the printed serapan of each item of that year: the first
    const int p = std::max(printed.scale(), 0);
    for (const auto& [name, refs] : levels) {
        if (refs.size() < 2) continue;
        Rasional sum;
        std::string terms_id, terms_en;
        bool all = true;
        for (const std::string& r : refs) {
            const auto& printed_r = ix.find("serapan", r, f.tahun_angka);
            const Bacaan b = !printed_r.empty() ? baca(printed_r.front()->teks, Jenis::persen) : Bacaan{};
            if (!b.value) {
                all = false;
                break;
            }
            sum = sum + Rasional(*b.value);
            terms_id += (terms_id.empty() ? "" : " + ") + format_angka(*b.value);
            terms_en += (terms_en.empty() ? "" : " + ") + b.value->to_string();
        }
        if (!all) continue;
        const Rasional mean = sum / Rasional(static_cast<long>(refs.size()));
        const Decimal m = mean.round(p, Rounding::half_up);
        if (m != printed) continue;
        const std::string n = std::to_string(refs.size());
        extra_id += "; angka tercetak sama dengan rata-rata biasa " + n + " persentase " + name + " yang tercetak ((" +
                    terms_id + ") / " + n + " = " + format_angka(m) + "), bukan Σ realisasi / Σ rencana";
        extra_en += "; the printed figure is the plain mean of the " + n + " printed " + name + " percentages ((" +
                    terms_en + ") / " + n + " = " + m.to_string() + "), not Σ realisasi / Σ rencana";
        return true;
    }
    return false;
}

}  // namespace sakip::audit_detail
