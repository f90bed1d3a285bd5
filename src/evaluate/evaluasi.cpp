// sakip::evaluate: the LKjIP figures of one year recomputed from the document's inputs.
#include <sakip/evaluate/evaluasi.hpp>

#include <sakip/interrupt.hpp>
#include <sakip/measure/efisiensi.hpp>
#include <sakip/measure/ekspresi.hpp>
#include <sakip/measure/skala.hpp>

#include "audit/internal.hpp"
#include "evaluate/internal.hpp"
#include "evaluate/kaskade.hpp"
#include "model/index.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <utility>

namespace sakip {

using namespace evaluate_detail;

namespace {

bool legacy(const Hasil& h) { return h.status == Status::legacy_zero_over_zero; }

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
        // Σ of each printed breakdown of a recorded input.
        if (const RealisasiIndikator* r = idx.realisasi(tahun, ind.id))
            for (const RincianInput& ri : r->rincian) {
                if (ri.baris.empty()) continue;
                JumlahRincian j{ri.input, ri.baris.size(), std::nullopt};
                try {
                    Decimal sum;
                    for (const Rincian& b : ri.baris) sum += b.jumlah.value;
                    j.jumlah = sum;
                } catch (const interrupted&) {
                    throw;
                } catch (const error& ex) {
                    const std::string of = ri.input + " (" + ind.id + " " + std::to_string(tahun) + ")";
                    catat_masalah(out, ex,
                                  {"/realisasi/" + std::to_string(tahun) + "/" + detail::json_pointer_escape(ind.id) +
                                       "/rincian/" + detail::json_pointer_escape(ri.input),
                                   "jumlah rincian " + of, "the sum of the breakdown of " + of});
                }
                e.rincian.push_back(std::move(j));
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

    // ---- budget (anggaran.cpp)
    const Dpa* dpa = doc.find_dpa(tahun);
    std::optional<Rupiah> bl;  // the base of shares
    if (dpa != nullptr) evaluate_anggaran(out, *dpa, pol, bl);

    // ---- PK tables: the printed "Jumlah" of each, and the cascade
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
        // ---- the PK cascade: each PK's amounts against the rows of the PKs below it (kaskade.cpp)
        catat_posisi(out.pk, out.posisi.pk, id_of);
        evaluate_kaskade(out, doc, pks->second);
    }

    catat_posisi(out.program, out.posisi.program, kode_of);
    catat_posisi_anggaran(out);

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
        es.jumlah_capaian = jumlah(std::span<const Hasil>(members), pol.places, pol.rounding);
        if (any_legacy) {
            es.rata_rata.trace.policy.emplace_back("a member is the legacy 0/0 = 100 % (zero_over_zero=seratus)");
            if (es.rata_rata.defined()) es.rata_rata.status = Status::legacy_zero_over_zero;
            es.jumlah_capaian.trace.policy.emplace_back("a member is the legacy 0/0 = 100 % (zero_over_zero=seratus)");
            if (es.jumlah_capaian.defined()) es.jumlah_capaian.status = Status::legacy_zero_over_zero;
        }
        std::string alasan_rencana, alasan_realisasi;  // why the sasaran's sums are unknown
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
            // Σ of one side (rencana or realisasi) of the programs' amounts, each printed or rolled up;
            // unknown, with the programs that lack it, when one does.
            auto jumlah_program = [&](std::optional<Rupiah> EvaluasiProgram::*sisi, const std::string& nama,
                                      std::string& alasan) -> std::optional<Rupiah> {
                std::string tanpa;
                std::vector<Rupiah> terms;
                for (const std::string& code : es.program) {
                    const EvaluasiProgram* p = out.find_program(code);
                    if (p != nullptr && p->*sisi)
                        terms.push_back(*(p->*sisi));
                    else
                        tanpa += (tanpa.empty() ? "" : ", ") + ("program " + code);
                }
                if (!tanpa.empty()) {
                    alasan = "Σ " + nama + " incomplete: " + tanpa + " without " + nama;
                    return std::nullopt;
                }
                return jumlah_rupiah(out, terms,
                                     {sp, "jumlah " + nama + " program sasaran " + s.id,
                                      "the sum of the " + nama + " of sasaran " + s.id + "'s programs"});
            };
            if (es.program.empty()) {
                alasan_rencana = alasan_realisasi = "no program of the DPA supports sasaran " + s.id;
            } else {
                es.rencana = jumlah_program(&EvaluasiProgram::rencana, "rencana", alasan_rencana);
                es.realisasi = jumlah_program(&EvaluasiProgram::realisasi, "realisasi", alasan_realisasi);
            }
        }
        es.serapan = persen_rupiah(out, {sp, "serapan sasaran " + s.id, "absorption of sasaran " + s.id}, es.realisasi,
                                   es.rencana, "Σ realisasi / Σ rencana × 100 (programs of the sasaran)", "serapan",
                                   "penyerapan anggaran P = RA / PA × 100 %", "Σ realisasi", "Σ rencana",
                                   alasan_realisasi, alasan_rencana);
        es.porsi = persen_rupiah(out, {sp, "porsi sasaran " + s.id, "share of sasaran " + s.id}, es.rencana, bl,
                                 "Σ rencana (programs of the sasaran) / belanja langsung × 100", "porsi",
                                 "share of the total", "Σ rencana", "belanja langsung", alasan_rencana);
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
    out.jumlah_capaian = jumlah(std::span<const Hasil>(all_capaian), pol.places, pol.rounding);
    catat_posisi(out.sasaran, out.posisi.sasaran, id_of);
    return out;
}

}  // namespace sakip
