// sakip::evaluate, the budget: the DPA's belanja kinds, programs, kegiatan and sub kegiatan with
// their serapan and shares, amounts rolled up from the lowest level that prints them, and the totals.
#include "audit/internal.hpp"  // detail::alasan_id
#include "evaluate/internal.hpp"

#include <sakip/measure/agregasi.hpp>
#include <sakip/measure/efisiensi.hpp>

#include <algorithm>
#include <span>
#include <string>
#include <utility>

namespace sakip {

std::string_view to_string(AsalJumlah a) noexcept {
    switch (a) {
        case AsalJumlah::tercetak:
            return "tercetak";
        case AsalJumlah::rincian:
            return "rincian";
        case AsalJumlah::tidak_ada:
            break;
    }
    return "tidak_ada";
}

namespace evaluate_detail {

void gagal(EvaluasiTahun& out, Hasil& h, const error& e, const Tempat& t, const std::string& inputs) {
    h.exact.reset();
    h.value.reset();
    h.status = Status::undefined;
    h.trace.reason = "not computable: " + std::string(e.what());
    catat_masalah(out, e, t, inputs);
}

void catat_masalah(EvaluasiTahun& out, const error& e, const Tempat& t, const std::string& inputs) {
    const std::string why = e.what();
    MasalahHitung m;
    m.pointer = t.pointer;
    m.message = t.what_id + " tidak dapat dihitung: " + detail::alasan_id(e);
    m.message_en = t.what_en + " cannot be computed: " + why;
    m.trace = inputs.empty() ? why : inputs + "; " + why;
    out.masalah.push_back(std::move(m));
}

std::optional<Rupiah> jumlah_rupiah(EvaluasiTahun& out, const std::vector<Rupiah>& terms, const Tempat& t) {
    try {
        Rupiah sum;
        for (const Rupiah& x : terms) sum += x;
        return sum;
    } catch (const interrupted&) {
        throw;
    } catch (const error& e) {
        Hasil ignored;
        gagal(out, ignored, e, t);
        return std::nullopt;
    }
}

Hasil persen_rupiah(EvaluasiTahun& out, const Tempat& t, const std::optional<Rupiah>& part,
                    const std::optional<Rupiah>& whole, std::string formula, std::string variant, std::string rule,
                    const std::string& part_name, const std::string& whole_name, const std::string& part_why,
                    const std::string& whole_why) {
    if (part && whole && !whole->is_zero()) {
        // The measures' serapan / pangsa (efisiensi.hpp) compute the figure; the formula and the input
        // names stay ours. Their two inputs are (part, whole) in that order; renamed in place.
        const Rasional p(part->value());
        const Rasional w(whole->value());
        try {
            Hasil m = variant == "porsi" ? pangsa(p, w) : sakip::serapan(p, w);
            m.trace.formula = std::move(formula);
            m.trace.inputs.at(0).first = part_name;
            m.trace.inputs.at(1).first = whole_name;
            return m;
        } catch (const interrupted&) {
            throw;
        } catch (const error& e) {
            Hasil h = detail::start(std::move(formula), std::move(variant), std::move(rule));
            h.trace.input(part_name, p);
            h.trace.input(whole_name, w);
            gagal(out, h, e, t, part_name + " = " + p.to_string() + ", " + whole_name + " = " + w.to_string());
            return h;
        }
    }
    Hasil h = detail::start(std::move(formula), std::move(variant), std::move(rule));
    if (part) h.trace.input(part_name, Rasional(part->value()));
    if (whole) h.trace.input(whole_name, Rasional(whole->value()));
    if (!part) {
        detail::set_undefined(h, part_why.empty() ? part_name + " not stated" : part_why, Status::missing);
    } else if (!whole) {
        detail::set_undefined(h, whole_why.empty() ? whole_name + " not stated" : whole_why, Status::missing);
    } else {
        detail::set_undefined(h, whole_name + " is 0");
    }
    return h;
}

}  // namespace evaluate_detail

namespace {

using namespace evaluate_detail;

std::optional<Rupiah> nilai(const std::optional<Amount>& a) {
    if (!a) return std::nullopt;
    return a->value;
}

// Physical progress as recorded: the printed capaian of a program or kegiatan. Started before it is
// rounded, so a value beyond 38 significant digits at the rounding keeps its trace.
void fisik_dari(Hasil& h, const std::optional<Besaran>& f) {
    h = detail::start("fisik (capaian fisik)" + (f ? " = " + f->text : std::string()), "", "");
    if (!f) {
        detail::set_undefined(h, "fisik not stated", Status::missing);
        return;
    }
    detail::set_value(h, Rasional(f->value));
}

// The printed amounts, names and fisik of a program, kegiatan or sub kegiatan `item` at `pointer`.
// A fisik beyond 38 significant digits at the rounding is a masalah (the figure undefined).
template <class Item>
void baris(EvaluasiTahun& out, EvaluasiAnggaran& a, const Item& item, std::string pointer, const char* jenis) {
    a.pointer = std::move(pointer);
    a.kode = item.kode.text();
    a.uraian = item.uraian;
    a.nama = std::string(jenis) + " " + a.kode;
    a.nama_en = a.nama;
    hitung(out, a.fisik, {a.pointer + "/fisik", "fisik " + a.nama, "fisik of " + a.nama},
           [&] { fisik_dari(a.fisik, item.fisik); });
    a.rencana = nilai(item.rencana);
    a.realisasi = nilai(item.realisasi);
    a.asal_rencana = a.rencana ? AsalJumlah::tercetak : AsalJumlah::tidak_ada;
    a.asal_realisasi = a.realisasi ? AsalJumlah::tercetak : AsalJumlah::tidak_ada;
    if (!a.rencana) a.alasan_rencana = "rencana not stated";
    if (!a.realisasi) a.alasan_realisasi = "realisasi not stated";
}

// Σ of one amount (rencana or realisasi) over `rows`, each row's printed or rolled-up amount; nullopt
// when a row lacks it, with `missing` naming those rows (and why, for a row whose own sum is unknown).
template <class Rows>
std::optional<Rupiah> jumlah_baris(EvaluasiTahun& out, const Rows& rows, bool rencana, const Tempat& t,
                                   std::string& missing) {
    const std::string field = rencana ? "rencana" : "realisasi";
    std::vector<Rupiah> terms;
    terms.reserve(rows.size());
    for (const EvaluasiAnggaran& r : rows) {
        const auto& v = rencana ? r.rencana : r.realisasi;
        if (v) {
            terms.push_back(*v);
            continue;
        }
        const std::string& why = rencana ? r.alasan_rencana : r.alasan_realisasi;
        missing += (missing.empty() ? "" : ", ") + r.nama +
                   (why.empty() || why == field + " not stated" ? " without " + field : " (" + why + ")");
    }
    if (rows.empty() || !missing.empty()) return std::nullopt;
    return jumlah_rupiah(out, terms, t);
}

// The two sums of the rows under `a` (`child`: "kegiatan", "sub kegiatan" at `pointer`), and an
// amount `a` does not print taken from them.
template <class Rows>
void gulung(EvaluasiTahun& out, EvaluasiAnggaran& a, const Rows& rows, const std::string& pointer,
            const std::string& child, std::optional<Rupiah>& sum_rencana, std::optional<Rupiah>& sum_realisasi) {
    if (rows.empty()) return;
    auto one = [&](bool rencana, std::optional<Rupiah>& sum) {
        const std::string field = rencana ? "rencana" : "realisasi";
        std::string missing;
        sum = jumlah_baris(out, rows, rencana,
                           {pointer, "jumlah " + field + " " + child + " " + a.nama,
                            "the sum of the " + child + "'s " + field + " of " + a.nama},
                           missing);
        std::optional<Rupiah>& amount = rencana ? a.rencana : a.realisasi;
        if (amount) return;
        AsalJumlah& asal = rencana ? a.asal_rencana : a.asal_realisasi;
        std::string& alasan = rencana ? a.alasan_rencana : a.alasan_realisasi;
        if (sum) {
            amount = sum;
            asal = AsalJumlah::rincian;
            alasan.clear();
        } else {
            alasan = field + " not stated; Σ " + child + " " +
                     (missing.empty() ? std::string("not computable") : "incomplete: " + missing);
        }
    };
    one(true, sum_rencana);
    one(false, sum_realisasi);
}

// "realisasi" or, for a rolled-up amount, "realisasi (Σ sub kegiatan)": the trace says which.
std::string nama_jumlah(const char* field, AsalJumlah asal, const std::string& child) {
    return asal == AsalJumlah::rincian ? std::string(field) + " (Σ " + child + ")" : std::string(field);
}

// Serapan and share of a budget row, from its printed or rolled-up amounts.
void persen_baris(EvaluasiTahun& out, EvaluasiAnggaran& a, const std::string& child, const std::optional<Rupiah>& bl,
                  const std::string& base_pointer, const std::string& base_name, const std::string& base_why) {
    const std::string z = nama_jumlah("realisasi", a.asal_realisasi, child);
    const std::string r = nama_jumlah("rencana", a.asal_rencana, child);
    a.serapan = persen_rupiah(out, {a.pointer + "/rencana", "serapan " + a.nama, "absorption of " + a.nama},
                              a.realisasi, a.rencana, z + " / " + r + " × 100", "serapan",
                              "penyerapan anggaran P = RA / PA × 100 %", z, r, a.alasan_realisasi, a.alasan_rencana);
    a.porsi = persen_rupiah(out, {base_pointer, "porsi " + a.nama, "share of " + a.nama}, a.rencana, bl,
                            r + " / " + base_name + " × 100", "porsi", "share of the total", r, base_name,
                            a.alasan_rencana, base_why);
}

}  // namespace

void evaluate_detail::evaluate_anggaran(EvaluasiTahun& out, const Dpa& dpa, const CapaianPolicy& pol,
                                        std::optional<Rupiah>& bl) {
    const std::string y = std::to_string(out.tahun);
    auto add_kind = [&](const std::string& name, const std::optional<BelanjaPos>& pos) {
        if (!pos) return;
        EvaluasiAnggaran a;
        a.pointer = "/dpa/" + y + "/belanja/" + name;
        a.kode = name;
        a.uraian = name;
        a.nama = "belanja " + a.kode;
        std::replace(a.nama.begin(), a.nama.end(), '_', ' ');
        a.nama_en = a.nama;
        a.rencana = pos->rencana.value;
        a.realisasi = nilai(pos->realisasi);
        a.asal_rencana = AsalJumlah::tercetak;
        a.asal_realisasi = a.realisasi ? AsalJumlah::tercetak : AsalJumlah::tidak_ada;
        if (!a.realisasi) a.alasan_realisasi = "realisasi not stated";
        a.serapan =
            persen_rupiah(out, {a.pointer + "/rencana", "serapan belanja " + a.kode, "absorption of belanja " + a.kode},
                          a.realisasi, a.rencana, "realisasi / rencana × 100", "serapan",
                          "penyerapan anggaran P = RA / PA × 100 %", "realisasi", "rencana");
        out.belanja.push_back(std::move(a));
    };
    for_each_belanja(dpa.belanja, add_kind);

    // The rows bottom up: an amount a program or kegiatan does not print is the Σ of its rows.
    const std::string programs = "/dpa/" + y + "/program";
    out.program.reserve(dpa.program.size());
    for (const Program& p : dpa.program) {
        check_interrupt();
        EvaluasiProgram ep;
        baris(out, ep, p, programs + "/" + p.kode.text(), "program");
        ep.sasaran = p.sasaran;
        ep.kegiatan.reserve(p.kegiatan.size());
        for (const Kegiatan& k : p.kegiatan) {
            EvaluasiAnggaran ek;
            baris(out, ek, k, ep.pointer + "/kegiatan/" + k.kode.text(), "kegiatan");
            ek.sub_kegiatan.reserve(k.sub_kegiatan.size());
            for (const SubKegiatan& sk : k.sub_kegiatan) {
                EvaluasiAnggaran es;
                baris(out, es, sk, ek.pointer + "/sub_kegiatan/" + sk.kode.text(), "sub kegiatan");
                ek.sub_kegiatan.push_back(std::move(es));
            }
            gulung(out, ek, ek.sub_kegiatan, ek.pointer + "/sub_kegiatan", "sub kegiatan",
                   ek.jumlah_rencana_sub_kegiatan, ek.jumlah_realisasi_sub_kegiatan);
            ep.kegiatan.push_back(std::move(ek));
        }
        gulung(out, ep, ep.kegiatan, ep.pointer + "/kegiatan", "kegiatan", ep.jumlah_rencana_kegiatan,
               ep.jumlah_realisasi_kegiatan);
        out.program.push_back(std::move(ep));
    }
    out.jumlah_kegiatan = dpa.jumlah_kegiatan();
    out.jumlah_sub_kegiatan = 0;
    for (EvaluasiProgram& ep : out.program) {
        for (const EvaluasiAnggaran& ek : ep.kegiatan) ep.jumlah_sub_kegiatan += ek.sub_kegiatan.size();
        out.jumlah_sub_kegiatan += ep.jumlah_sub_kegiatan;
    }

    // Σ programs (each printed or rolled up), as a budget item of its own.
    EvaluasiAnggaran jp;
    jp.pointer = programs;
    jp.kode = "program";
    jp.nama = "seluruh program";
    jp.nama_en = "all programs";
    if (out.program.empty()) {
        jp.alasan_rencana = "the DPA has no program";
        jp.alasan_realisasi = jp.alasan_rencana;
    }
    gulung(out, jp, out.program, programs, "program", out.total_rencana, out.total_realisasi);
    if (dpa.belanja.langsung) bl = dpa.belanja.langsung->rencana.value;
    if (!bl) bl = out.total_rencana;
    const std::string base_name = dpa.belanja.langsung ? "belanja langsung" : "Σ program rencana";
    const std::string base_pointer = dpa.belanja.langsung ? "/dpa/" + y + "/belanja/langsung/rencana" : programs;
    const std::string base_why = dpa.belanja.langsung ? std::string() : jp.alasan_rencana;

    for (EvaluasiProgram& ep : out.program) {
        persen_baris(out, ep, "kegiatan", bl, base_pointer, base_name, base_why);
        for (EvaluasiAnggaran& ek : ep.kegiatan) {
            persen_baris(out, ek, "sub kegiatan", bl, base_pointer, base_name, base_why);
            for (EvaluasiAnggaran& es : ek.sub_kegiatan)
                persen_baris(out, es, "", bl, base_pointer, base_name, base_why);
        }
    }
    out.serapan = persen_rupiah(out, {programs, "serapan seluruh program", "absorption of all programs"},
                                out.total_realisasi, out.total_rencana, "Σ realisasi / Σ rencana × 100", "serapan",
                                "penyerapan anggaran P = RA / PA × 100 %", "Σ realisasi", "Σ rencana",
                                jp.alasan_realisasi, jp.alasan_rencana);
    jp.serapan = out.serapan;
    out.jumlah_program = std::move(jp);

    // Σ belanja kinds.
    if (!out.belanja.empty()) {
        EvaluasiAnggaran jb;
        jb.pointer = "/dpa/" + y + "/belanja";
        jb.kode = "belanja";
        jb.nama = "total belanja";
        jb.nama_en = "total spending";
        std::optional<Rupiah> sum_rencana, sum_realisasi;  // taken as jb's own amounts (it prints none)
        gulung(out, jb, out.belanja, jb.pointer, "jenis belanja", sum_rencana, sum_realisasi);
        jb.serapan =
            persen_rupiah(out, {jb.pointer, "serapan total belanja", "absorption of total spending"}, jb.realisasi,
                          jb.rencana, "realisasi / rencana × 100", "serapan", "penyerapan anggaran P = RA / PA × 100 %",
                          "realisasi", "rencana", jb.alasan_realisasi, jb.alasan_rencana);
        out.jumlah_belanja = std::move(jb);
    }

    // Mean fisik of the programs that state one.
    std::vector<Hasil> fisik;
    for (const EvaluasiProgram& ep : out.program)
        if (ep.fisik.exact) fisik.push_back(ep.fisik);
    if (fisik.empty()) {
        out.fisik = detail::start("mean fisik of the programs", "", "");
        detail::set_undefined(out.fisik, "no program states fisik", Status::missing);
    } else {
        hitung(out, out.fisik, {programs, "rata-rata fisik program", "mean fisik of the programs"}, [&] {
            out.fisik = rata_rata(std::span<const Hasil>(fisik), MetodeRataRata::aritmetik, pol.places, pol.rounding);
            out.fisik.trace.formula = "mean fisik of the programs";
        });
    }
}

}  // namespace sakip
