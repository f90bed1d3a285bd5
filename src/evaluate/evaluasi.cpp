// sakip::evaluate: the LKjIP figures of one year recomputed from the document's inputs.
#include <sakip/evaluate/evaluasi.hpp>

#include <sakip/interrupt.hpp>
#include <sakip/measure/efisiensi.hpp>
#include <sakip/measure/ekspresi.hpp>
#include <sakip/measure/skala.hpp>

#include "audit/internal.hpp"
#include "evaluate/internal.hpp"
#include "model/index.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <utility>

namespace sakip {

using namespace evaluate_detail;

namespace {

// What could not be computed, and where: the JSON Pointer of the input and the figure's name.
struct Tempat {
    std::string pointer;
    std::string what_id;  // "realisasi S1.I1"
    std::string what_en;  // "realisasi of S1.I1"
};

// A measure failed on the document's values (sakip::error: an overflow beyond 38 significant digits, a
// root beyond its limit): the figure becomes undefined with the reason in its trace, and the failure is
// recorded in out.masalah for the audit. An interrupt is not a failure of the measure: it passes.
void gagal(EvaluasiTahun& out, Hasil& h, const error& e, const Tempat& t, const std::string& inputs = {}) {
    const std::string why = e.what();
    h.exact.reset();
    h.value.reset();
    h.status = Status::undefined;
    h.trace.reason = "not computable: " + why;
    MasalahHitung m;
    m.pointer = t.pointer;
    m.message = t.what_id + " tidak dapat dihitung: " + detail::alasan_id(e);
    m.message_en = t.what_en + " cannot be computed: " + why;
    m.trace = inputs.empty() ? why : inputs + "; " + why;
    out.masalah.push_back(std::move(m));
}

// Runs `f` (which assigns `h`); a sakip::error becomes gagal(...). sakip::interrupted is rethrown.
template <class F>
void hitung(EvaluasiTahun& out, Hasil& h, const Tempat& t, F&& f) {
    try {
        f();
    } catch (const interrupted&) {
        throw;
    } catch (const error& e) {
        gagal(out, h, e, t);
    }
}

// Σ of amounts; nullopt (and a masalah) when the sum exceeds 38 significant digits.
template <class Range, class Get>
std::optional<Rupiah> jumlah(EvaluasiTahun& out, const Range& items, Get&& get, const Tempat& t) {
    try {
        Rupiah sum;
        for (const auto& item : items) sum += get(item);
        return sum;
    } catch (const interrupted&) {
        throw;
    } catch (const error& e) {
        Hasil ignored;
        gagal(out, ignored, e, t);
        return std::nullopt;
    }
}

// part ÷ whole × 100 over rupiah amounts; `t` names the input (the whole) for a figure beyond the limits.
Hasil persen_rupiah(EvaluasiTahun& out, const Tempat& t, const std::optional<Rupiah>& part,
                    const std::optional<Rupiah>& whole, std::string formula, std::string variant, std::string rule,
                    const char* part_name, const char* whole_name) {
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
            gagal(out, h, e, t,
                  std::string(part_name) + " = " + p.to_string() + ", " + whole_name + " = " + w.to_string());
            return h;
        }
    }
    Hasil h = detail::start(std::move(formula), std::move(variant), std::move(rule));
    if (part) h.trace.input(part_name, Rasional(part->value()));
    if (whole) h.trace.input(whole_name, Rasional(whole->value()));
    if (!part || !whole) {
        detail::set_undefined(h, std::string(!part ? part_name : whole_name) + " not stated", Status::missing);
    } else {
        detail::set_undefined(h, std::string(whole_name) + " is 0");
    }
    return h;
}

std::optional<Rupiah> nilai(const std::optional<Amount>& a) {
    if (!a) return std::nullopt;
    return a->value;
}

bool legacy(const Hasil& h) { return h.status == Status::legacy_zero_over_zero; }

// Σ rencana and Σ realisasi of the rows under a budget item (`child`: "kegiatan", "sub kegiatan"),
// each when every row states it; `pointer` is the rows' list.
void jumlah_rincian(EvaluasiTahun& out, const std::vector<EvaluasiAnggaran>& rows, const std::string& pointer,
                    const std::string& child, const std::string& parent, std::optional<Rupiah>& rencana,
                    std::optional<Rupiah>& realisasi) {
    if (rows.empty()) return;
    if (std::all_of(rows.begin(), rows.end(), [](const EvaluasiAnggaran& x) { return !!x.rencana; }))
        rencana = jumlah(
            out, rows, [](const EvaluasiAnggaran& x) { return *x.rencana; },
            {pointer, "jumlah rencana " + child + " " + parent, "the sum of the " + child + "'s rencana of " + parent});
    if (std::all_of(rows.begin(), rows.end(), [](const EvaluasiAnggaran& x) { return !!x.realisasi; }))
        realisasi = jumlah(out, rows, [](const EvaluasiAnggaran& x) { return *x.realisasi; },
                           {pointer, "jumlah realisasi " + child + " " + parent,
                            "the sum of the " + child + "'s realisasi of " + parent});
}

// Physical progress as recorded: the printed capaian of a program or kegiatan.
Hasil fisik_dari(const std::optional<Besaran>& f) {
    Hasil h = detail::start("fisik (capaian fisik)" + (f ? " = " + f->text : std::string()), "", "");
    if (!f) {
        detail::set_undefined(h, "fisik not stated", Status::missing);
        return h;
    }
    detail::set_value(h, Rasional(f->value));
    return h;
}

// One budget line of the DPA (a program, kegiatan or sub kegiatan `item` at `pointer`): its amounts,
// fisik, names, serapan and share.
template <class Item>
void baris_anggaran(EvaluasiTahun& out, EvaluasiAnggaran& a, const Item& item, std::string pointer, const char* jenis,
                    const std::optional<Rupiah>& bl, const std::string& base_pointer, const char* base_name) {
    a.pointer = std::move(pointer);
    a.kode = item.kode.text();
    a.uraian = item.uraian;
    a.rencana = nilai(item.rencana);
    a.realisasi = nilai(item.realisasi);
    a.fisik = fisik_dari(item.fisik);
    a.nama = std::string(jenis) + " " + a.kode;
    a.nama_en = a.nama;
    a.serapan = persen_rupiah(out, {a.pointer + "/rencana", "serapan " + a.nama, "absorption of " + a.nama},
                              a.realisasi, a.rencana, "realisasi / rencana × 100", "serapan",
                              "penyerapan anggaran P = RA / PA × 100 %", "realisasi", "rencana");
    a.porsi = persen_rupiah(out, {base_pointer, "porsi " + a.nama, "share of " + a.nama}, a.rencana, bl,
                            "rencana / " + std::string(base_name) + " × 100", "porsi", "share of the total", "rencana",
                            base_name);
}

}  // namespace

EvaluasiTahun evaluate(const Dokumen& doc, int tahun, const EvaluateOptions& options) {
    cek_tahun(doc, tahun);
    return detail::evaluate_tahun(doc, tahun, options);
}

EvaluasiTahun detail::evaluate_tahun(const Dokumen& doc, int tahun, const EvaluateOptions& options) {
    EvaluasiTahun out;
    out.tahun = tahun;
    if (options.skala) {
        out.skala.skala = *options.skala;
        out.skala.asal = SkalaDipakai::Asal::opsi;
    } else {
        out.skala = skala_laporan(doc, tahun);
    }
    const Skala& scale = out.skala.skala;
    const CapaianPolicy& pol = options.policy;
    const detail::IndeksDokumen idx(doc);

    // ---- indicators (vectors reserved: their elements are large, and regrowth dominated the profile)
    out.indikator.reserve(doc.renstra.indikator.size());
    for (const Indikator& ind : doc.renstra.indikator) {
        check_interrupt();
        EvaluasiIndikator e;
        e.id = ind.id;
        e.sasaran = ind.sasaran;
        e.nama = ind.nama;
        e.polaritas = ind.polaritas;
        e.target_akhir = ind.target_akhir;
        if (const Target* t = ind.target_tahun(tahun)) {
            e.target = *t;
            e.sumber_target = "/renstra/indikator/" + ind.id + "/target/" + std::to_string(tahun);
        } else {
            auto pks = doc.pk.find(tahun);
            if (pks != doc.pk.end()) {
                for (const PerjanjianKinerja& pk : pks->second) {
                    for (std::size_t s = 0; s < pk.sasaran.size() && !e.target; ++s)
                        for (std::size_t i = 0; i < pk.sasaran[s].indikator.size(); ++i) {
                            const PkIndikator& row = pk.sasaran[s].indikator[i];
                            if (row.indikator == ind.id && row.target) {
                                e.target = *row.target;
                                e.sumber_target = "/pk/" + std::to_string(tahun) + "/" + pk.id + "/sasaran/" +
                                                  std::to_string(s) + "/indikator/" + std::to_string(i) + "/target";
                                break;
                            }
                        }
                    if (e.target) break;
                }
            }
        }
        try {
            e.realisasi = realisasi_dari(ind.id, tahun, idx.realisasi(tahun, ind.id), idx.realisasi(tahun - 1, ind.id),
                                         idx.iku(ind.id), pol, &e.sumber_realisasi);
        } catch (const interrupted&) {
            throw;
        } catch (const error& ex) {
            // The IKU formula over the inputs (or the recorded nilai) is beyond the limits.
            const RealisasiIndikator* r = idx.realisasi(tahun, ind.id);
            const bool inputs = r != nullptr && !r->input.empty();
            std::string list;
            if (r != nullptr)
                for (const InputNilai& in : r->input)
                    list += (list.empty() ? "" : ", ") + in.nama + " = " + in.nilai.text;
            e.realisasi = detail::start("", "", "");
            e.sumber_realisasi.clear();
            gagal(out, e.realisasi, ex,
                  {"/realisasi/" + std::to_string(tahun) + "/" + detail::json_pointer_escape(ind.id) +
                       (inputs ? "/input" : "/nilai"),
                   "realisasi " + ind.id + " " + std::to_string(tahun),
                   "realisasi of " + ind.id + " in " + std::to_string(tahun)},
                  list);
        }
        if (e.realisasi.status == Status::missing && e.sumber_realisasi.empty())
            tanpa_input(out, e.realisasi, ind.id, tahun, idx.iku(ind.id), idx.realisasi(tahun, ind.id),
                        idx.realisasi(tahun - 1, ind.id));
        if (!e.target) {
            e.capaian = detail::start("", to_string(ind.polaritas).data(), "");
            detail::set_undefined(e.capaian, "no target for " + std::to_string(tahun), Status::missing);
        } else if (e.realisasi.exact) {
            try {
                e.capaian = capaian(*e.realisasi.exact, *e.target, ind.polaritas, pol);
                if (e.capaian.exact) e.kategori = kategori(*e.capaian.exact, scale);
            } catch (const interrupted&) {
                throw;
            } catch (const error& ex) {
                e.capaian = detail::start("", to_string(ind.polaritas).data(), "");
                e.kategori.reset();
                gagal(
                    out, e.capaian, ex,
                    {e.sumber_target, "capaian " + ind.id + " " + std::to_string(tahun),
                     "capaian of " + ind.id + " in " + std::to_string(tahun)},
                    "realisasi = " + e.realisasi.exact->to_string() + ", target = " +
                        (e.target->is_range() ? e.target->rentang()->bawah.text + " - " + e.target->rentang()->atas.text
                                              : e.target->besaran()->text));
            }
            if (legacy(e.realisasi) && e.capaian.defined()) {
                e.capaian.status = Status::legacy_zero_over_zero;
                e.capaian.trace.policy.emplace_back("realisasi 0/0 scored 100 % (zero_over_zero=seratus)");
                e.capaian.trace.reason = "realisasi is the legacy 0/0 = 100 %; not a measurement";
            }
        } else {
            e.capaian = capaian(std::nullopt, *e.target, ind.polaritas, pol);
            if (e.realisasi.status == Status::undefined) {
                e.capaian.status = Status::undefined;
                e.capaian.trace.reason = "realisasi undefined: " + e.realisasi.trace.reason;
                e.capaian.trace.policy = e.realisasi.trace.policy;
            }
        }
        out.indikator.push_back(std::move(e));
    }

    catat_posisi(out.indikator, out.posisi.indikator, id_of);

    // ---- budget
    const Dpa* dpa = doc.find_dpa(tahun);
    std::optional<Rupiah> bl;  // the base of shares
    if (dpa != nullptr) {
        auto add_kind = [&](const char* name, const std::optional<BelanjaPos>& pos) {
            if (!pos) return;
            EvaluasiAnggaran a;
            a.pointer = "/dpa/" + std::to_string(tahun) + "/belanja/" + name;
            a.kode = name;
            a.uraian = name;
            a.nama = "belanja " + a.kode;
            std::replace(a.nama.begin(), a.nama.end(), '_', ' ');
            a.nama_en = a.nama;
            a.rencana = pos->rencana.value;
            a.realisasi = nilai(pos->realisasi);
            a.serapan = persen_rupiah(
                out, {a.pointer + "/rencana", "serapan belanja " + a.kode, "absorption of belanja " + a.kode},
                a.realisasi, a.rencana, "realisasi / rencana × 100", "serapan",
                "penyerapan anggaran P = RA / PA × 100 %", "realisasi", "rencana");
            out.belanja.push_back(std::move(a));
        };
        add_kind("tidak_langsung", dpa->belanja.tidak_langsung);
        add_kind("langsung", dpa->belanja.langsung);
        add_kind("operasi", dpa->belanja.operasi);
        add_kind("modal", dpa->belanja.modal);
        add_kind("tidak_terduga", dpa->belanja.tidak_terduga);
        add_kind("transfer", dpa->belanja.transfer);
        if (dpa->belanja.langsung) bl = dpa->belanja.langsung->rencana.value;

        const std::string programs = "/dpa/" + std::to_string(tahun) + "/program";
        const bool all_rencana = !dpa->program.empty() && std::all_of(dpa->program.begin(), dpa->program.end(),
                                                                      [](auto& p) { return !!p.rencana; });
        const bool all_realisasi = !dpa->program.empty() && std::all_of(dpa->program.begin(), dpa->program.end(),
                                                                        [](auto& p) { return !!p.realisasi; });
        if (all_rencana)
            out.total_rencana = jumlah(out, dpa->program, [](const Program& p) { return p.rencana->value; },
                                       {programs, "jumlah rencana program", "the sum of the programs' rencana"});
        if (all_realisasi)
            out.total_realisasi = jumlah(out, dpa->program, [](const Program& p) { return p.realisasi->value; },
                                         {programs, "jumlah realisasi program", "the sum of the programs' realisasi"});
        if (!bl) bl = out.total_rencana;
        const char* base_name = dpa->belanja.langsung ? "belanja langsung" : "Σ program rencana";
        const std::string base_pointer =
            dpa->belanja.langsung ? "/dpa/" + std::to_string(tahun) + "/belanja/langsung/rencana" : programs;
        out.serapan = persen_rupiah(out, {programs, "serapan seluruh program", "absorption of all programs"},
                                    out.total_realisasi, out.total_rencana, "Σ realisasi / Σ rencana × 100", "serapan",
                                    "penyerapan anggaran P = RA / PA × 100 %", "Σ realisasi", "Σ rencana");

        out.program.reserve(dpa->program.size());
        for (const Program& p : dpa->program) {
            check_interrupt();
            EvaluasiProgram ep;
            baris_anggaran(out, ep, p, "/dpa/" + std::to_string(tahun) + "/program/" + p.kode.text(), "program", bl,
                           base_pointer, base_name);
            ep.sasaran = p.sasaran;
            ep.kegiatan.reserve(p.kegiatan.size());
            for (const Kegiatan& k : p.kegiatan) {
                EvaluasiAnggaran ek;
                baris_anggaran(out, ek, k, ep.pointer + "/kegiatan/" + k.kode.text(), "kegiatan", bl, base_pointer,
                               base_name);
                ek.sub_kegiatan.reserve(k.sub_kegiatan.size());
                for (const SubKegiatan& sk : k.sub_kegiatan) {
                    EvaluasiAnggaran es;
                    baris_anggaran(out, es, sk, ek.pointer + "/sub_kegiatan/" + sk.kode.text(), "sub kegiatan", bl,
                                   base_pointer, base_name);
                    ek.sub_kegiatan.push_back(std::move(es));
                }
                jumlah_rincian(out, ek.sub_kegiatan, ek.pointer + "/sub_kegiatan", "sub kegiatan", ek.nama,
                               ek.jumlah_rencana_sub_kegiatan, ek.jumlah_realisasi_sub_kegiatan);
                ep.kegiatan.push_back(std::move(ek));
            }
            jumlah_rincian(out, ep.kegiatan, ep.pointer + "/kegiatan", "kegiatan", ep.nama, ep.jumlah_rencana_kegiatan,
                           ep.jumlah_realisasi_kegiatan);
            out.program.push_back(std::move(ep));
        }
        out.jumlah_kegiatan = dpa->jumlah_kegiatan();

        // The totals a report prints: Σ programs, Σ belanja kinds.
        EvaluasiAnggaran jp;
        jp.pointer = programs;
        jp.kode = "program";
        jp.nama = "seluruh program";
        jp.nama_en = "all programs";
        jp.rencana = out.total_rencana;
        jp.realisasi = out.total_realisasi;
        jp.serapan = out.serapan;
        out.jumlah_program = std::move(jp);
        if (!out.belanja.empty()) {
            EvaluasiAnggaran jb;
            jb.pointer = "/dpa/" + std::to_string(tahun) + "/belanja";
            jb.kode = "belanja";
            jb.nama = "total belanja";
            jb.nama_en = "total spending";
            const bool all_z =
                std::all_of(out.belanja.begin(), out.belanja.end(), [](auto& b) { return !!b.realisasi; });
            jb.rencana = jumlah(out, out.belanja, [](const EvaluasiAnggaran& b) { return *b.rencana; },
                                {jb.pointer, "jumlah rencana belanja", "the sum of the belanja kinds' rencana"});
            if (all_z)
                jb.realisasi =
                    jumlah(out, out.belanja, [](const EvaluasiAnggaran& b) { return *b.realisasi; },
                           {jb.pointer, "jumlah realisasi belanja", "the sum of the belanja kinds' realisasi"});
            jb.serapan = persen_rupiah(out, {jb.pointer, "serapan total belanja", "absorption of total spending"},
                                       jb.realisasi, jb.rencana, "realisasi / rencana × 100", "serapan",
                                       "penyerapan anggaran P = RA / PA × 100 %", "realisasi", "rencana");
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
                out.fisik =
                    rata_rata(std::span<const Hasil>(fisik), MetodeRataRata::aritmetik, pol.places, pol.rounding);
                out.fisik.trace.formula = "mean fisik of the programs";
            });
        }
    }

    // ---- PK tables: the printed "Jumlah" of each
    if (auto pks = doc.pk.find(tahun); pks != doc.pk.end()) {
        out.pk.reserve(pks->second.size());
        for (const PerjanjianKinerja& pk : pks->second) {
            check_interrupt();
            EvaluasiPk e;
            e.id = pk.id;
            const std::string root = "/pk/" + std::to_string(tahun) + "/" + pk.id + "/";
            auto total = [&](Hasil& h, const std::vector<PkBaris>& rows, const char* table) {
                h = detail::start("Σ anggaran of the " + std::to_string(rows.size()) + " rows of " + root + table, "",
                                  "");
                hitung(out, h,
                       {root + table, "jumlah PK " + pk.id + " " + table, "the total of PK " + pk.id + " " + table},
                       [&] {
                           Rupiah sum;
                           for (std::size_t i = 0; i < rows.size(); ++i)
                               if (rows[i].anggaran) {
                                   sum += rows[i].anggaran->value;
                                   h.trace.input("row " + std::to_string(i) + " (" + rows[i].anggaran->text + ")",
                                                 Rasional(rows[i].anggaran->value.value()));
                               }
                           h.exact = Rasional(sum.value());
                           h.value = sum.value();
                           h.status = Status::ok;
                       });
            };
            total(e.program, pk.program, "program");
            total(e.kegiatan, pk.kegiatan, "kegiatan");
            total(e.sub_kegiatan, pk.sub_kegiatan, "sub_kegiatan");
            out.pk.push_back(std::move(e));
        }
    }

    catat_posisi(out.program, out.posisi.program, kode_of);

    // ---- sasaran
    std::vector<Hasil> all_capaian;
    all_capaian.reserve(out.indikator.size());
    out.sasaran.reserve(doc.renstra.sasaran.size());
    // The indicators of each sasaran in Renstra order, gathered in one pass (a pass per sasaran was
    // quadratic). out.indikator[i] is the evaluation of doc.renstra.indikator[i].
    detail::StringMap<std::vector<std::size_t>> per_sasaran;
    for (std::size_t i = 0; i < out.indikator.size(); ++i) per_sasaran[out.indikator[i].sasaran].push_back(i);
    const std::vector<std::size_t> none;
    for (const Sasaran& s : doc.renstra.sasaran) {
        check_interrupt();
        EvaluasiSasaran es;
        const std::string sp = "/renstra/sasaran/" + detail::json_pointer_escape(s.id);
        es.id = s.id;
        es.nama = s.nama;
        std::vector<Hasil> members;
        bool any_legacy = false;
        auto members_of = per_sasaran.find(s.id);
        const std::vector<std::size_t>& anggota = members_of != per_sasaran.end() ? members_of->second : none;
        for (std::size_t i : anggota) {
            const EvaluasiIndikator& e = out.indikator[i];
            es.indikator.push_back(e.id);
            members.push_back(e.capaian);
            all_capaian.push_back(e.capaian);
            any_legacy = any_legacy || legacy(e.capaian);
        }
        hitung(out, es.rata_rata, {sp, "rata-rata capaian sasaran " + s.id, "mean capaian of sasaran " + s.id}, [&] {
            es.rata_rata = rata_rata(std::span<const Hasil>(members), options.metode, pol.places, pol.rounding);
        });
        if (any_legacy) {
            es.rata_rata.trace.policy.emplace_back("a member is the legacy 0/0 = 100 % (zero_over_zero=seratus)");
            if (es.rata_rata.defined()) es.rata_rata.status = Status::legacy_zero_over_zero;
        }
        if (dpa != nullptr) {
            for (const Program& p : dpa->program)
                if (std::find(p.sasaran.begin(), p.sasaran.end(), s.id) != p.sasaran.end())
                    es.program.push_back(p.kode.text());
            if (es.program.empty()) {
                for (std::size_t i : anggota) {
                    const Indikator& ind = doc.renstra.indikator[i];
                    for (const Kode& k : ind.program)
                        if (dpa->find_program(k) != nullptr &&
                            std::find(es.program.begin(), es.program.end(), k.text()) == es.program.end())
                            es.program.push_back(k.text());
                }
            }
            std::vector<const EvaluasiProgram*> eps;
            for (const std::string& code : es.program) eps.push_back(out.find_program(code));
            const bool ar =
                !eps.empty() && std::all_of(eps.begin(), eps.end(), [](auto* p) { return p && p->rencana; });
            const bool az =
                !eps.empty() && std::all_of(eps.begin(), eps.end(), [](auto* p) { return p && p->realisasi; });
            if (ar)
                es.rencana = jumlah(out, eps, [](const EvaluasiProgram* p) { return *p->rencana; },
                                    {sp, "jumlah rencana program sasaran " + s.id,
                                     "the sum of the rencana of sasaran " + s.id + "'s programs"});
            if (az)
                es.realisasi = jumlah(out, eps, [](const EvaluasiProgram* p) { return *p->realisasi; },
                                      {sp, "jumlah realisasi program sasaran " + s.id,
                                       "the sum of the realisasi of sasaran " + s.id + "'s programs"});
        }
        es.serapan = persen_rupiah(out, {sp, "serapan sasaran " + s.id, "absorption of sasaran " + s.id}, es.realisasi,
                                   es.rencana, "Σ realisasi / Σ rencana × 100 (programs of the sasaran)", "serapan",
                                   "penyerapan anggaran P = RA / PA × 100 %", "Σ realisasi", "Σ rencana");
        es.porsi = persen_rupiah(out, {sp, "porsi sasaran " + s.id, "share of sasaran " + s.id}, es.rencana, bl,
                                 "Σ rencana (programs of the sasaran) / belanja langsung × 100", "porsi",
                                 "share of the total", "Σ rencana", "belanja langsung");
        es.efisiensi =
            detail::start("rata-rata capaian − serapan", "selisih",
                          "LKjIP practice: efisiensi = capaian kinerja (%) − realisasi anggaran (%) (kolom 5 = 3 − 4)");
        es.efisiensi_rasio = detail::start("rata-rata capaian / serapan × 100", "rasio", "capaian ÷ serapan");
        if (es.rata_rata.exact) {
            es.efisiensi.trace.input("capaian", *es.rata_rata.exact);
            es.efisiensi_rasio.trace.input("capaian", *es.rata_rata.exact);
        }
        if (es.serapan.exact) {
            es.efisiensi.trace.input("serapan", *es.serapan.exact);
            es.efisiensi_rasio.trace.input("serapan", *es.serapan.exact);
        }
        if (es.rata_rata.exact && es.serapan.exact) {
            hitung(out, es.efisiensi, {sp, "efisiensi sasaran " + s.id, "efficiency of sasaran " + s.id}, [&] {
                es.efisiensi = efisiensi(*es.rata_rata.exact, *es.serapan.exact, MetodeEfisiensi::selisih, pol.places,
                                         pol.rounding);
            });
            hitung(out, es.efisiensi_rasio,
                   {sp, "efisiensi (rasio) sasaran " + s.id, "efficiency (ratio) of sasaran " + s.id}, [&] {
                       es.efisiensi_rasio = efisiensi(*es.rata_rata.exact, *es.serapan.exact, MetodeEfisiensi::rasio,
                                                      pol.places, pol.rounding);
                   });
            if (any_legacy) {
                if (es.efisiensi.defined()) es.efisiensi.status = Status::legacy_zero_over_zero;
                if (es.efisiensi_rasio.defined()) es.efisiensi_rasio.status = Status::legacy_zero_over_zero;
                es.efisiensi.trace.policy = es.rata_rata.trace.policy;
                es.efisiensi_rasio.trace.policy = es.rata_rata.trace.policy;
            }
        } else {
            const std::string why = !es.rata_rata.exact ? "capaian undefined" : "serapan undefined";
            detail::set_undefined(es.efisiensi, why);
            detail::set_undefined(es.efisiensi_rasio, why);
        }
        out.sasaran.push_back(std::move(es));
    }
    hitung(out, out.rata_rata,
           {"/renstra/indikator", "rata-rata capaian seluruh indikator", "mean capaian of all indicators"}, [&] {
               out.rata_rata = rata_rata(std::span<const Hasil>(all_capaian), options.metode, pol.places, pol.rounding);
           });
    catat_posisi(out.sasaran, out.posisi.sasaran, id_of);
    return out;
}

}  // namespace sakip
