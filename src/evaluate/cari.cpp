// sakip::evaluate: finding a figure of an evaluation by its key, the share of one budget item in
// another, counts of indicators, and the years and scale of a document.
#include "evaluate/internal.hpp"

#include <sakip/measure/efisiensi.hpp>
#include <sakip/measure/skala.hpp>

#include <algorithm>
#include <set>

namespace sakip {

using namespace evaluate_detail;

const EvaluasiIndikator* EvaluasiTahun::find_indikator(std::string_view id) const noexcept {
    return find_posisi(indikator, posisi.indikator, id, id_of);
}
const EvaluasiSasaran* EvaluasiTahun::find_sasaran(std::string_view id) const noexcept {
    return find_posisi(sasaran, posisi.sasaran, id, id_of);
}
const EvaluasiProgram* EvaluasiTahun::find_program(std::string_view kode) const noexcept {
    return find_posisi(program, posisi.program, kode, kode_of);
}
const EvaluasiAnggaran* EvaluasiTahun::find_kegiatan(std::string_view kode) const noexcept {
    if (auto it = posisi.kegiatan.find(kode); it != posisi.kegiatan.end()) {
        const Posisi::Letak& l = it->second;
        if (l.program < program.size() && l.kegiatan < program[l.program].kegiatan.size() &&
            program[l.program].kegiatan[l.kegiatan].kode == kode)
            return &program[l.program].kegiatan[l.kegiatan];
    }
    for (const auto& p : program)  // an evaluation changed after evaluate() filled posisi
        for (const auto& k : p.kegiatan)
            if (k.kode == kode) return &k;
    return nullptr;
}

const EvaluasiPk* EvaluasiTahun::find_pk(std::string_view id) const noexcept {
    return find_posisi(pk, posisi.pk, id, id_of);
}

const EvaluasiAnggaran* EvaluasiTahun::find_anggaran(std::string_view pointer) const noexcept {
    if (jumlah_program && jumlah_program->pointer == pointer) return &*jumlah_program;
    if (jumlah_belanja && jumlah_belanja->pointer == pointer) return &*jumlah_belanja;
    for (const auto& b : belanja)
        if (b.pointer == pointer) return &b;
    // "/dpa/<y>/program/<kode>[/kegiatan/<kode>[/sub_kegiatan/<kode>]]": the program by its code,
    // then its items whose pointer starts the rest.
    const std::string_view head = "/program/";
    const auto at = pointer.find(head);
    if (at == std::string_view::npos) return nullptr;
    const std::string_view rest = pointer.substr(at + head.size());
    const EvaluasiProgram* p = find_program(rest.substr(0, rest.find('/')));
    if (p == nullptr || !pointer.starts_with(p->pointer)) return nullptr;
    if (pointer == p->pointer) return p;
    if (auto it = posisi.anggaran.find(pointer); it != posisi.anggaran.end()) {
        const Posisi::Letak& l = it->second;
        if (l.program < program.size() && &program[l.program] == p && l.kegiatan < p->kegiatan.size()) {
            const EvaluasiAnggaran& k = p->kegiatan[l.kegiatan];
            if (l.sub_kegiatan == Posisi::Letak::npos && k.pointer == pointer) return &k;
            if (l.sub_kegiatan < k.sub_kegiatan.size() && k.sub_kegiatan[l.sub_kegiatan].pointer == pointer)
                return &k.sub_kegiatan[l.sub_kegiatan];
        }
    }
    for (const auto& k : p->kegiatan) {
        if (pointer == k.pointer) return &k;
        if (!pointer.starts_with(k.pointer)) continue;
        for (const auto& sk : k.sub_kegiatan)
            if (pointer == sk.pointer) return &sk;
    }
    return nullptr;
}

namespace evaluate_detail {

void catat_posisi_anggaran(EvaluasiTahun& e) {
    for (std::size_t p = 0; p < e.program.size(); ++p)
        for (std::size_t k = 0; k < e.program[p].kegiatan.size(); ++k) {
            const EvaluasiAnggaran& kg = e.program[p].kegiatan[k];
            e.posisi.anggaran.emplace(kg.pointer, EvaluasiTahun::Posisi::Letak{p, k});  // the first of a pointer
            e.posisi.kegiatan.emplace(kg.kode, EvaluasiTahun::Posisi::Letak{p, k});     // the first of a code
            for (std::size_t s = 0; s < kg.sub_kegiatan.size(); ++s)
                e.posisi.anggaran.emplace(kg.sub_kegiatan[s].pointer, EvaluasiTahun::Posisi::Letak{p, k, s});
        }
}

}  // namespace evaluate_detail

Hasil porsi(const EvaluasiAnggaran& bagian, const EvaluasiAnggaran& total, const CapaianPolicy& policy) {
    const std::string a = "rencana " + bagian.nama_en, b = "rencana " + total.nama_en;
    const std::string formula = a + " / " + b + " × 100";
    if (bagian.rencana && total.rencana && !total.rencana->is_zero()) {
        Hasil h =
            pangsa(Rasional(bagian.rencana->value()), Rasional(total.rencana->value()), policy.places, policy.rounding);
        h.trace.formula = formula;
        h.trace.inputs.at(0).first = a;
        h.trace.inputs.at(1).first = b;
        return h;
    }
    Hasil h = detail::start(formula, "pangsa", "share of a total");
    h.trace.places = policy.places;
    h.trace.rounding = policy.rounding;
    if (bagian.rencana) h.trace.input(a, Rasional(bagian.rencana->value()));
    if (total.rencana) h.trace.input(b, Rasional(total.rencana->value()));
    if (!bagian.rencana || !total.rencana)
        detail::set_undefined(h, (!bagian.rencana ? a : b) + " not stated", Status::missing);
    else
        detail::set_undefined(h, b + " is 0");
    return h;
}

Hasil jumlah_indikator(const EvaluasiTahun& ev, std::string_view sasaran,
                       const std::function<bool(const EvaluasiIndikator&)>& pred, std::string formula) {
    Hasil h = detail::start(std::move(formula), "", "");
    long n = 0;
    std::string list;
    std::size_t excluded = 0;
    for (const auto& e : ev.indikator) {
        if (!sasaran.empty() && e.sasaran != sasaran) continue;
        if (!e.capaian.exact) {
            ++excluded;
            continue;
        }
        if (pred(e)) {
            ++n;
            list += (list.empty() ? "" : ", ") + e.id;
        }
    }
    h.trace.excluded = excluded;
    h.trace.reason = "counted: " + (list.empty() ? std::string("none") : list) +
                     (excluded ? "; capaian undefined: " + std::to_string(excluded) : "");
    h.exact = Rasional(n);
    h.value = Decimal(n);
    h.status = Status::ok;
    return h;
}

SkalaDipakai skala_laporan(const Dokumen& doc, int tahun) {
    SkalaDipakai out;
    const Laporan* lap = doc.find_laporan(tahun);
    if (lap == nullptr) return out;
    const std::string base = "/laporan/" + std::to_string(tahun) + "/skala/";
    const SkalaTercetak* named = nullptr;
    for (const SkalaTercetak& st : lap->skala) {
        if (st.kelas.empty()) {
            if (!st.baku.empty() && named == nullptr) named = &st;
            continue;
        }
        std::vector<KelasCetak> kelas;
        kelas.reserve(st.kelas.size());
        for (const KelasSkala& k : st.kelas) kelas.push_back(KelasCetak{k.interval, k.kriteria});
        std::string about = st.judul.empty() ? st.sumber : st.judul + " (" + st.sumber + ")";
        try {
            const AturanCelah rule =
                st.aturan_celah.empty() ? AturanCelah::batas_atas : parse_aturan_celah(st.aturan_celah);
            out.skala = skala_tercetak(st.id, std::move(about), kelas, rule);
            out.asal = SkalaDipakai::Asal::laporan;
            out.pointer = base + st.id;
            out.masalah.clear();
            out.masalah_en.clear();
            return out;
        } catch (const error& e) {
            // Bilingual already; the first unreadable printed scale is the one named.
            if (out.masalah.empty()) {
                out.masalah = "skala tercetak " + base + st.id + " tidak terbaca: " + e.what();
                out.masalah_en = "the printed scale " + base + st.id + " cannot be read: " + e.what();
                out.pointer = base + st.id;
            }
            if (!st.baku.empty() && named == nullptr) named = &st;
        }
    }
    if (named != nullptr) {
        out.skala = skala(named->baku);
        out.asal = SkalaDipakai::Asal::baku;
        out.pointer = base + named->id;
    }
    return out;
}

std::vector<int> tahun_dokumen(const Dokumen& doc) {
    std::set<int> years;
    for (const auto& [y, r] : doc.realisasi) years.insert(y);
    for (const auto& [y, l] : doc.laporan) years.insert(y);
    return {years.begin(), years.end()};
}

void cek_tahun(const Dokumen& doc, int tahun) {
    const std::vector<int> years = tahun_dokumen(doc);
    if (std::binary_search(years.begin(), years.end(), tahun)) return;
    std::string list;
    for (int y : years) list += (list.empty() ? "" : ", ") + std::to_string(y);
    const std::string y = std::to_string(tahun);
    if (years.empty())
        throw error("tahun " + y + " tidak dilaporkan: dokumen tidak memuat realisasi maupun laporan / year " + y +
                    " is not reported: the document has no realisasi or laporan");
    throw error("tahun " + y + " tidak dilaporkan dalam dokumen; tahun yang ada (realisasi, laporan): " + list +
                " / year " + y + " is not reported in the document; its years (realisasi, laporan): " + list);
}

}  // namespace sakip
