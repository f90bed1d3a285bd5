// sakip::save: the model as sakip/1 JSON (docs/format.md section 11): fields in the documented
// order, map entries in model order, absent optionals omitted, printed texts written back verbatim,
// 2-space indentation, UTF-8, final newline. Deterministic and lossless.
#include <sakip/io/json.hpp>
#include <sakip/model.hpp>

#include <nlohmann/json.hpp>

#include <fstream>
#include <string>
#include <unordered_set>
#include <utility>

namespace sakip {

namespace {

using J = nlohmann::ordered_json;

// An id-keyed collection, entries in model order. ordered_json's operator[] finds a key by a linear
// scan (saving was quadratic in the size of a map), so entries are appended; an id given twice (a
// model built by hand: a loaded one never has one) is an error instead of an entry overwritten.
class Map {
public:
    explicit Map(std::string where) : where_(std::move(where)) {}
    void add(const std::string& id, J value) {
        if (!ids_.insert(id).second)
            throw error("tidak dapat menyimpan: id \"" + id + "\" muncul dua kali di " + where_ +
                        " / cannot save: id \"" + id + "\" appears twice in " + where_);
        J::object_t::Container& members = obj_.get_ref<J::object_t&>();
        members.emplace_back(id, std::move(value));
    }
    J done() { return std::move(obj_); }

private:
    J obj_ = J::object();
    std::unordered_set<std::string> ids_;
    std::string where_;
};

void put(J& o, const char* k, const std::string& v) {
    if (!v.empty()) o[k] = v;
}
void put(J& o, const char* k, const std::optional<int>& v) {
    if (v) o[k] = *v;
}
void put_list(J& o, const char* k, const std::vector<std::string>& v) {
    if (!v.empty()) o[k] = v;
}
void put(J& o, const char* k, const std::optional<Amount>& v) {
    if (v) o[k] = v->text;
}
void put(J& o, const char* k, const std::optional<Besaran>& v) {
    if (v) o[k] = v->text;
}
void put(J& o, const char* k, const std::optional<Kode>& v) {
    if (v) o[k] = v->text();
}
void put(J& o, const char* k, const std::optional<NipTercetak>& v) {
    if (v) o[k] = v->text;
}

J target(const Target& t) {
    if (const auto* r = t.rentang()) {
        J o = J::object();
        o["bawah"] = r->bawah.text;
        o["atas"] = r->atas.text;
        return o;
    }
    return t.besaran()->text;
}
void put(J& o, const char* k, const std::optional<Target>& v) {
    if (v) o[k] = target(*v);
}

void put(J& o, const char* k, const std::vector<Varian>& v) {
    if (v.empty()) return;
    J a = J::array();
    for (const auto& x : v) a.push_back(J{{"teks", x.teks}, {"sumber", x.sumber}});
    o[k] = std::move(a);
}

void put_kodes(J& o, const char* k, const std::vector<Kode>& v) {
    if (v.empty()) return;
    J a = J::array();
    for (const auto& x : v) a.push_back(x.text());
    o[k] = std::move(a);
}

J periode(const Periode& p) { return J{{"awal", p.awal}, {"akhir", p.akhir}}; }

J tanda_tangan(const TandaTangan& t) {
    J o = J::object();
    put(o, "bagian", t.bagian);
    put(o, "label", t.label);
    put(o, "jabatan", t.jabatan);
    o["nama"] = t.nama;
    put(o, "pangkat", t.pangkat);
    put(o, "nip", t.nip);
    put(o, "baris", t.baris);
    return o;
}
void put(J& o, const char* k, const std::vector<TandaTangan>& v) {
    if (v.empty()) return;
    J a = J::array();
    for (const auto& x : v) a.push_back(tanda_tangan(x));
    o[k] = std::move(a);
}

J dokumen(const InfoDokumen& d) {
    J o = J::object();
    o["jenis"] = d.jenis;
    o["judul"] = d.judul;
    put(o, "tahun", d.tahun);
    put(o, "tempat", d.tempat);
    put(o, "tanggal", d.tanggal);
    put(o, "penandatangan", d.penandatangan);
    put(o, "tanda_tangan", d.tanda_tangan);
    put(o, "sumber", d.sumber);
    put_list(o, "catatan", d.catatan);
    return o;
}

J instansi(const Instansi& in) {
    J o = J::object();
    o["nama"] = in.nama;
    o["pemda"] = in.pemda;
    put(o, "tempat", in.tempat);
    if (!in.unit.empty()) {
        Map m("/instansi/unit");
        for (const auto& u : in.unit) {
            J x = J::object();
            x["nama"] = u.nama;
            x["jenis"] = u.jenis;
            put(x, "induk", u.induk);
            put_list(x, "catatan", u.catatan);
            m.add(u.id, std::move(x));
        }
        o["unit"] = m.done();
    }
    if (!in.pejabat.empty()) {
        Map m("/instansi/pejabat");
        for (const auto& p : in.pejabat) {
            J x = J::object();
            x["nama"] = p.nama;
            x["jabatan"] = p.jabatan;
            put(x, "instansi", p.instansi);
            put(x, "unit", p.unit);
            put(x, "pangkat", p.pangkat);
            put(x, "golongan", p.golongan);
            put(x, "nip", p.nip);
            put_list(x, "catatan", p.catatan);
            m.add(p.id, std::move(x));
        }
        o["pejabat"] = m.done();
    }
    put_list(o, "catatan", in.catatan);
    return o;
}

J rpjmd(const Rpjmd& r) {
    J o = J::object();
    put(o, "nama", r.nama);
    o["periode"] = periode(r.periode);
    o["visi"] = r.visi;
    J misi = J::array();
    for (const auto& m : r.misi) misi.push_back(J{{"nomor", m.nomor}, {"teks", m.teks}});
    o["misi"] = std::move(misi);
    if (!r.misi_didukung.empty()) {
        J a = J::array();
        for (const auto& m : r.misi_didukung) {
            J x = J::object();
            x["misi"] = m.misi;
            put_kodes(x, "program", m.program);
            put(x, "sumber", m.sumber);
            put_list(x, "catatan", m.catatan);
            a.push_back(std::move(x));
        }
        o["misi_didukung"] = std::move(a);
    }
    put_list(o, "catatan", r.catatan);
    return o;
}

J renstra(const Renstra& r) {
    J o = J::object();
    put(o, "nama", r.nama);
    o["periode"] = periode(r.periode);
    Map tujuan("/renstra/tujuan"), sasaran("/renstra/sasaran"), indikator("/renstra/indikator");
    for (const auto& t : r.tujuan) {
        J x = J::object();
        x["nama"] = t.nama;
        put_list(x, "indikator", t.indikator);
        put(x, "varian", t.varian);
        put_list(x, "catatan", t.catatan);
        tujuan.add(t.id, std::move(x));
    }
    for (const auto& s : r.sasaran) {
        J x = J::object();
        x["tujuan"] = s.tujuan;
        x["nama"] = s.nama;
        put(x, "varian", s.varian);
        put_list(x, "catatan", s.catatan);
        sasaran.add(s.id, std::move(x));
    }
    for (const auto& i : r.indikator) {
        J x = J::object();
        x["sasaran"] = i.sasaran;
        x["nama"] = i.nama;
        x["satuan"] = i.satuan;
        x["polaritas"] = std::string(to_string(i.polaritas));
        put(x, "kondisi_awal", i.kondisi_awal);
        if (!i.target.empty()) {
            J t = J::object();
            for (const auto& [y, v] : i.target) t[std::to_string(y)] = target(v);
            x["target"] = std::move(t);
        }
        put(x, "target_akhir", i.target_akhir);
        put_kodes(x, "program", i.program);
        put(x, "varian", i.varian);
        put_list(x, "catatan", i.catatan);
        indikator.add(i.id, std::move(x));
    }
    o["tujuan"] = tujuan.done();
    o["sasaran"] = sasaran.done();
    o["indikator"] = indikator.done();
    put_list(o, "catatan", r.catatan);
    return o;
}

J iku(const Iku& k) {
    J o = J::object();
    put(o, "nama", k.nama);
    J r = J::object();
    r["jenis"] = std::string(to_string(k.rumus.jenis));
    switch (k.rumus.jenis) {
        case JenisRumus::rasio:
            r["pembilang"] = k.rumus.pembilang;
            r["penyebut"] = k.rumus.penyebut;
            break;
        case JenisRumus::ekspresi:
            r["ekspresi"] = k.rumus.ekspresi;
            break;
        default:
            r["input"] = k.rumus.input;
            break;
    }
    o["rumus"] = std::move(r);
    Map in("/iku/" + k.indikator + "/input");
    for (const auto& i : k.input) {
        J x = J::object();
        x["uraian"] = i.uraian;
        put(x, "satuan", i.satuan);
        in.add(i.nama, std::move(x));
    }
    o["input"] = in.done();
    put(o, "rumus_tertulis", k.rumus_tertulis);
    put(o, "sumber_data", k.sumber_data);
    if (k.penanggung_jawab) {
        J p = J::object();
        put_list(p, "unit", k.penanggung_jawab->unit);
        put(p, "teks", k.penanggung_jawab->teks);
        o["penanggung_jawab"] = std::move(p);
    }
    put_list(o, "catatan", k.catatan);
    return o;
}

template <class Item>
void item_fields(J& x, const Item& it) {
    x["uraian"] = it.uraian;
    put(x, "kode_lain", it.kode_lain);
    put(x, "rencana", it.rencana);
    put(x, "realisasi", it.realisasi);
    put(x, "fisik", it.fisik);
}

J dpa(const Dpa& d) {
    J o = J::object();
    o["skema_kode"] = std::string(to_string(d.skema_kode));
    put(o, "sumber", d.sumber);
    if (!d.belanja.empty()) {
        J b = J::object();
        auto pos = [&](const char* k, const std::optional<BelanjaPos>& p) {
            if (!p) return;
            J x = J::object();
            x["rencana"] = p->rencana.text;
            put(x, "realisasi", p->realisasi);
            b[k] = std::move(x);
        };
        pos("tidak_langsung", d.belanja.tidak_langsung);
        pos("langsung", d.belanja.langsung);
        pos("operasi", d.belanja.operasi);
        pos("modal", d.belanja.modal);
        pos("tidak_terduga", d.belanja.tidak_terduga);
        pos("transfer", d.belanja.transfer);
        o["belanja"] = std::move(b);
    }
    const std::string dpa_at = "/dpa/" + std::to_string(d.tahun) + "/program";
    Map prog(dpa_at);
    for (const auto& p : d.program) {
        J x = J::object();
        item_fields(x, p);
        put_list(x, "sasaran", p.sasaran);
        put(x, "varian", p.varian);
        put_list(x, "catatan", p.catatan);
        if (!p.kegiatan.empty()) {
            Map keg(dpa_at + "/" + p.kode.text() + "/kegiatan");
            for (const auto& k : p.kegiatan) {
                J kx = J::object();
                item_fields(kx, k);
                put(kx, "varian", k.varian);
                put_list(kx, "catatan", k.catatan);
                if (!k.sub_kegiatan.empty()) {
                    Map sub(dpa_at + "/" + p.kode.text() + "/kegiatan/" + k.kode.text() + "/sub_kegiatan");
                    for (const auto& s : k.sub_kegiatan) {
                        J sx = J::object();
                        item_fields(sx, s);
                        put(sx, "varian", s.varian);
                        put_list(sx, "catatan", s.catatan);
                        sub.add(s.kode.text(), std::move(sx));
                    }
                    kx["sub_kegiatan"] = sub.done();
                }
                keg.add(k.kode.text(), std::move(kx));
            }
            x["kegiatan"] = keg.done();
        }
        prog.add(p.kode.text(), std::move(x));
    }
    o["program"] = prog.done();
    put_list(o, "catatan", d.catatan);
    return o;
}

J pihak(const Pihak& p) {
    J o = J::object();
    o["pejabat"] = p.pejabat;
    put(o, "jabatan", p.jabatan);
    put(o, "tanda_tangan", p.tanda_tangan);
    return o;
}

J baris(const PkBaris& b) {
    J o = J::object();
    put(o, "nomor", b.nomor);
    o["uraian"] = b.uraian;
    put(o, "program", b.program);
    put(o, "kegiatan", b.kegiatan);
    put(o, "sub_kegiatan", b.sub_kegiatan);
    put(o, "indikator", b.indikator);
    put(o, "target", b.target);
    put(o, "anggaran", b.anggaran);
    put_list(o, "catatan", b.catatan);
    return o;
}

J pk(const PerjanjianKinerja& p) {
    J o = J::object();
    put(o, "judul", p.judul);
    put(o, "tempat", p.tempat);
    put(o, "tanggal", p.tanggal);
    o["pihak_pertama"] = pihak(p.pihak_pertama);
    o["pihak_kedua"] = pihak(p.pihak_kedua);
    put(o, "atasan", p.atasan);
    if (!p.sasaran.empty()) {
        J a = J::array();
        for (const auto& s : p.sasaran) {
            J x = J::object();
            x["sasaran"] = s.sasaran;
            put(x, "teks", s.teks);
            J ind = J::array();
            for (const auto& i : s.indikator) {
                J r = J::object();
                put(r, "indikator", i.indikator);
                put(r, "nama", i.nama);
                put(r, "teks", i.teks);
                put(r, "target", i.target);
                put(r, "satuan", i.satuan);
                put_list(r, "catatan", i.catatan);
                ind.push_back(std::move(r));
            }
            x["indikator"] = std::move(ind);
            put_list(x, "catatan", s.catatan);
            a.push_back(std::move(x));
        }
        o["sasaran"] = std::move(a);
    }
    auto rows = [&](const char* k, const std::vector<PkBaris>& v) {
        if (v.empty()) return;
        J a = J::array();
        for (const auto& b : v) a.push_back(baris(b));
        o[k] = std::move(a);
    };
    rows("program", p.program);
    rows("kegiatan", p.kegiatan);
    rows("sub_kegiatan", p.sub_kegiatan);
    put(o, "sumber", p.sumber);
    put_list(o, "catatan", p.catatan);
    return o;
}

J realisasi(const RealisasiIndikator& r) {
    J o = J::object();
    if (!r.input.empty()) {
        Map in("/realisasi/" + std::to_string(r.tahun) + "/" + r.indikator + "/input");
        for (const auto& i : r.input) in.add(i.nama, i.nilai.text);
        o["input"] = in.done();
    }
    put(o, "nilai", r.nilai);
    if (!r.rincian.empty()) {
        Map m("/realisasi/" + std::to_string(r.tahun) + "/" + r.indikator + "/rincian");
        for (const auto& ri : r.rincian) {
            J a = J::array();
            for (const auto& b : ri.baris) a.push_back(J{{"uraian", b.uraian}, {"jumlah", b.jumlah.text}});
            m.add(ri.input, std::move(a));
        }
        o["rincian"] = m.done();
    }
    put(o, "sumber", r.sumber);
    put_list(o, "catatan", r.catatan);
    return o;
}

J laporan(const Laporan& l) {
    J o = J::object();
    if (!l.skala.empty()) {
        Map m("/laporan/" + std::to_string(l.tahun) + "/skala");
        for (const auto& s : l.skala) {
            J x = J::object();
            put(x, "judul", s.judul);
            x["sumber"] = s.sumber;
            put(x, "baris", s.baris);
            put(x, "dasar", s.dasar);
            J kelas = J::array();
            for (const auto& k : s.kelas) {
                J kx = J::object();
                put(kx, "nomor", k.nomor);
                kx["interval"] = k.interval;
                kx["kriteria"] = k.kriteria;
                put(kx, "singkatan", k.singkatan);
                kelas.push_back(std::move(kx));
            }
            x["kelas"] = std::move(kelas);
            put_list(x, "catatan", s.catatan);
            m.add(s.id, std::move(x));
        }
        o["skala"] = m.done();
    }
    if (!l.angka.empty()) {
        Map m("/laporan/" + std::to_string(l.tahun) + "/angka");
        for (const auto& a : l.angka) {
            J x = J::object();
            x["sumber"] = a.sumber;
            put(x, "baris", a.baris);
            x["ref"] = a.ref;
            x["ukuran"] = a.ukuran;
            put(x, "tahun", a.tahun);
            put(x, "terhadap", a.terhadap);
            put(x, "kategori", a.kategori);
            x["teks"] = a.teks;
            put(x, "konteks", a.konteks);
            put_list(x, "catatan", a.catatan);
            m.add(a.id, std::move(x));
        }
        o["angka"] = m.done();
    }
    return o;
}

J pohon(const PohonKinerja& p) {
    J o = J::object();
    put(o, "sumber", p.sumber);
    put(o, "misi", p.misi);
    put_list(o, "tujuan", p.tujuan);
    put_list(o, "sasaran", p.sasaran);
    if (!p.program.empty()) {
        J a = J::array();
        for (const auto& pp : p.program) {
            J x = J::object();
            x["nama"] = pp.nama;
            put(x, "program", pp.program);
            put_list(x, "kegiatan", pp.kegiatan);
            a.push_back(std::move(x));
        }
        o["program"] = std::move(a);
    }
    put_list(o, "penanggung_jawab", p.penanggung_jawab);
    put_list(o, "catatan", p.catatan);
    return o;
}

template <class M, class F>
void put_years(J& o, const char* k, const M& m, F f) {
    if (m.empty()) return;
    J x = J::object();
    for (const auto& [y, v] : m) x[std::to_string(y)] = f(v);
    o[k] = std::move(x);
}

}  // namespace

std::string save(const Dokumen& d) {
    J o = J::object();
    o["format"] = d.format;
    if (d.dokumen) o["dokumen"] = dokumen(*d.dokumen);
    o["instansi"] = instansi(d.instansi);
    if (d.rpjmd) o["rpjmd"] = rpjmd(*d.rpjmd);
    o["renstra"] = renstra(d.renstra);
    if (!d.iku.empty()) {
        Map m("/iku");
        for (const auto& k : d.iku) m.add(k.indikator, iku(k));
        o["iku"] = m.done();
    }
    put_years(o, "dpa", d.dpa, [](const Dpa& x) { return dpa(x); });
    put_years(o, "pk", d.pk, [](const std::vector<PerjanjianKinerja>& v) {
        Map m("/pk/" + (v.empty() ? std::string() : std::to_string(v.front().tahun)));
        for (const auto& p : v) m.add(p.id, pk(p));
        return m.done();
    });
    put_years(o, "realisasi", d.realisasi, [](const std::vector<RealisasiIndikator>& v) {
        Map m("/realisasi/" + (v.empty() ? std::string() : std::to_string(v.front().tahun)));
        for (const auto& r : v) m.add(r.indikator, realisasi(r));
        return m.done();
    });
    put_years(o, "laporan", d.laporan, [](const Laporan& x) { return laporan(x); });
    put_years(o, "pohon_kinerja", d.pohon_kinerja, [](const PohonKinerja& x) { return pohon(x); });
    put_list(o, "catatan", d.catatan);
    return o.dump(2, ' ', false, J::error_handler_t::strict) + "\n";
}

void save(const Dokumen& d, const std::filesystem::path& path) {
    const std::string text = save(d);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) throw error("cannot write " + path.string());
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.close();
    if (!out) throw error("cannot write " + path.string());
}

}  // namespace sakip
