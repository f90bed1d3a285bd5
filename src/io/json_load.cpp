// The loader's reading of dokumen, instansi, rpjmd, renstra and iku (format.md sections 4 and 5): the
// fields of each object, in order, with their value checks and the reference checks they register.
// The other jobs of the loader: json_read.hpp lists them.
#include "io/json_read.hpp"

#include <sakip/measure/ekspresi.hpp>

namespace sakip::json_read {

// ---- sections ---------------------------------------------------------------------------------------

TandaTangan read_tanda_tangan(Ctx& c, const J& j, const std::string& ptr) {
    Obj o(c, j, ptr, type_tag<TandaTangan>{});
    TandaTangan t;
    opt_string(c, o, "bagian", t.bagian);
    opt_string(c, o, "label", t.label);
    opt_string(c, o, "jabatan", t.jabatan);
    req_string(c, o, "nama", t.nama);
    opt_string(c, o, "pangkat", t.pangkat);
    opt_nip(c, o, "nip", t.nip);
    opt_int(c, o, "baris", t.baris);
    o.finish();
    return t;
}

void opt_tanda_tangan(Ctx& c, Obj& o, std::vector<TandaTangan>& out) {
    if (const J* j = o.get("tanda_tangan"))
        each_item(c, *j, o.at("tanda_tangan"),
                  [&](const J& e, const std::string& p) { out.push_back(read_tanda_tangan(c, e, p)); });
}

InfoDokumen read_dokumen(Ctx& c, const J& j, const std::string& ptr) {
    Obj o(c, j, ptr, type_tag<InfoDokumen>{});
    InfoDokumen d;
    req_string(c, o, "jenis", d.jenis);
    req_string(c, o, "judul", d.judul);
    if (const J* t = o.get("tahun")) {
        int y = 0;
        if (read_tahun(c, *t, o.at("tahun"), y)) d.tahun = y;
    }
    opt_string(c, o, "tempat", d.tempat);
    opt_tanggal(c, o, "tanggal", d.tanggal);
    opt_id(c, o, "penandatangan", d.penandatangan);
    ref_pejabat(c, d.penandatangan, o.at("penandatangan"));
    opt_tanda_tangan(c, o, d.tanda_tangan);
    opt_string(c, o, "sumber", d.sumber);
    opt_catatan(c, o, d.catatan);
    o.finish();
    return d;
}

Instansi read_instansi(Ctx& c, const J& j, const std::string& ptr) {
    Obj o(c, j, ptr, type_tag<Instansi>{});
    Instansi ins;
    req_string(c, o, "nama", ins.nama);
    req_string(c, o, "pemda", ins.pemda);
    opt_string(c, o, "tempat", ins.tempat);
    if (const J* u = o.get("unit")) {
        each_member(c, *u, o.at("unit"), [&](const std::string& id, const J& v, const std::string& p) {
            check_id(c, id, p);
            Obj uo(c, v, p, type_tag<Unit>{});
            Unit x;
            x.id = id;
            req_string(c, uo, "nama", x.nama);
            if (const J* jn = uo.req("jenis")) {
                static const std::set<std::string, std::less<>> jenis = {
                    "sekretariat", "subbagian", "bidang", "seksi", "kelurahan", "desa", "uptd", "lainnya"};
                if (read_string(c, *jn, uo.at("jenis"), x.jenis) && !jenis.count(x.jenis))
                    c.add(uo.at("jenis"), "schema.type",
                          not_one_of("unit jenis", x.jenis,
                                     "sekretariat, subbagian, bidang, seksi, kelurahan, desa, uptd, lainnya"));
            }
            opt_id(c, uo, "induk", x.induk);
            if (!x.induk.empty()) {
                std::string ip = uo.at("induk");
                c.later([id, ip](const Index& ix, Ctx& c2, std::size_t s) {
                    auto it = ix.unit_induk.find(id);
                    std::string cur = it == ix.unit_induk.end() ? std::string() : it->second;
                    if (!ix.unit.count(cur)) {
                        c2.add_at(s, ip, "ref.unit", {"tidak ada unit " + quote(cur), "no unit " + quote(cur)});
                        return;
                    }
                    if (auto loop = ix.unit_loop.find(id); loop != ix.unit_loop.end() && !loop->second.empty())
                        c2.add_at(s, ip, "ref.unit",
                                  {"unit " + quote(id) + " menjadi leluhurnya sendiri (induk berputar)",
                                   "unit " + quote(id) + " is its own ancestor (induk cycle)"});
                });
            }
            opt_catatan(c, uo, x.catatan);
            uo.finish();
            ins.unit.push_back(std::move(x));
        });
    }
    if (const J* pj = o.get("pejabat")) {
        each_member(c, *pj, o.at("pejabat"), [&](const std::string& id, const J& v, const std::string& p) {
            check_id(c, id, p);
            Obj po(c, v, p, type_tag<Pejabat>{});
            Pejabat x;
            x.id = id;
            req_string(c, po, "nama", x.nama);
            req_string(c, po, "jabatan", x.jabatan);
            opt_string(c, po, "instansi", x.instansi);
            opt_id(c, po, "unit", x.unit);
            ref_unit(c, x.unit, po.at("unit"));
            opt_string(c, po, "pangkat", x.pangkat);
            opt_string(c, po, "golongan", x.golongan);
            opt_nip(c, po, "nip", x.nip);
            opt_catatan(c, po, x.catatan);
            po.finish();
            ins.pejabat.push_back(std::move(x));
        });
    }
    opt_catatan(c, o, ins.catatan);
    o.finish();
    return ins;
}

std::optional<Periode> read_periode(Ctx& c, Obj& o) {
    const J* j = o.req("periode");
    if (!j) return std::nullopt;
    Obj po(c, *j, o.at("periode"), type_tag<Periode>{});
    Periode p;
    bool ok = po.ok();
    if (const J* a = po.req("awal"))
        ok = read_tahun(c, *a, po.at("awal"), p.awal) && ok;
    else
        ok = false;
    if (const J* b = po.req("akhir"))
        ok = read_tahun(c, *b, po.at("akhir"), p.akhir) && ok;
    else
        ok = false;
    po.finish();
    if (!ok) return std::nullopt;
    if (p.awal > p.akhir) {
        const std::string awal = std::to_string(p.awal), akhir = std::to_string(p.akhir);
        c.add(
            o.at("periode"), "year.range",
            {"periode awal " + awal + " sesudah akhir " + akhir, "periode awal " + awal + " is after akhir " + akhir});
        return std::nullopt;
    }
    return p;
}

void read_kode_list(Ctx& c, const J& j, const std::string& ptr, std::vector<Kode>& out) {
    each_item(c, j, ptr, [&](const J& e, const std::string& p) {
        if (auto k = read_kode(c, e, p)) {
            ref_program_any(c, *k, p);
            out.push_back(std::move(*k));
        }
    });
}

Rpjmd read_rpjmd(Ctx& c, const J& j, const std::string& ptr) {
    Obj o(c, j, ptr, type_tag<Rpjmd>{});
    Rpjmd r;
    opt_string(c, o, "nama", r.nama);
    if (auto p = read_periode(c, o)) r.periode = *p;
    req_string(c, o, "visi", r.visi);
    if (const J* m = o.req("misi")) {
        if (m->is_array() && m->empty()) c.add(o.at("misi"), "schema.type", not_empty("misi"));
        std::set<int> nomor;
        each_item(c, *m, o.at("misi"), [&](const J& e, const std::string& p) {
            Obj mo(c, e, p, type_tag<Misi>{});
            Misi x;
            if (const J* n = mo.req("nomor"))
                if (read_int(c, *n, mo.at("nomor"), 1, 1000000, x.nomor) && !nomor.insert(x.nomor).second)
                    c.add(mo.at("nomor"), "ref.misi",
                          {"misi nomor " + std::to_string(x.nomor) + " tidak unik",
                           "misi nomor " + std::to_string(x.nomor) + " is not unique"});
            req_string(c, mo, "teks", x.teks);
            mo.finish();
            if (mo.ok()) r.misi.push_back(std::move(x));
        });
    }
    if (const J* md = o.get("misi_didukung")) {
        each_item(c, *md, o.at("misi_didukung"), [&](const J& e, const std::string& p) {
            Obj mo(c, e, p, type_tag<MisiDidukung>{});
            MisiDidukung x;
            if (const J* n = mo.req("misi"))
                if (read_int(c, *n, mo.at("misi"), 1, 1000000, x.misi)) {
                    int nomor = x.misi;
                    std::string mp = mo.at("misi");
                    c.later([nomor, mp](const Index& ix, Ctx& c2, std::size_t s) {
                        if (!ix.misi.count(nomor))
                            c2.add_at(s, mp, "ref.misi",
                                      {"tidak ada misi nomor " + std::to_string(nomor) + " dalam RPJMD",
                                       "no misi nomor " + std::to_string(nomor) + " in the RPJMD"});
                    });
                }
            if (const J* pr = mo.get("program")) read_kode_list(c, *pr, mo.at("program"), x.program);
            opt_string(c, mo, "sumber", x.sumber);
            opt_catatan(c, mo, x.catatan);
            mo.finish();
            if (mo.ok()) r.misi_didukung.push_back(std::move(x));
        });
    }
    opt_catatan(c, o, r.catatan);
    o.finish();
    return r;
}

Renstra read_renstra(Ctx& c, const J& j, const std::string& ptr, std::optional<Periode>& periode) {
    Obj o(c, j, ptr, type_tag<Renstra>{});
    Renstra r;
    opt_string(c, o, "nama", r.nama);
    periode = read_periode(c, o);
    if (periode) r.periode = *periode;
    if (const J* tj = o.req("tujuan")) {
        each_member(c, *tj, o.at("tujuan"), [&](const std::string& id, const J& v, const std::string& p) {
            check_id(c, id, p);
            Obj to(c, v, p, type_tag<Tujuan>{});
            Tujuan t;
            t.id = id;
            req_string(c, to, "nama", t.nama);
            if (const J* ij = to.get("indikator")) {
                each_item(c, *ij, to.at("indikator"), [&](const J& e, const std::string& ip) {
                    std::string ind;
                    read_id_ref(c, e, ip, ind);
                    if (ind.empty()) return;
                    t.indikator.push_back(ind);
                    c.later([ind, id, ip](const Index& ix, Ctx& c2, std::size_t s) {
                        auto it = ix.indikator.find(ind);
                        if (it == ix.indikator.end()) {
                            c2.add_at(s, ip, "ref.renstra", not_in_renstra("indikator", ind));
                            return;
                        }
                        auto sa = ix.sasaran.find(it->second->sasaran);
                        if (sa != ix.sasaran.end() && sa->second != id)
                            c2.add_at(s, ip, "ref.renstra",
                                      {"indikator " + quote(ind) + " milik sasaran " + quote(it->second->sasaran) +
                                           " dari tujuan " + quote(sa->second) + ", bukan dari " + quote(id),
                                       "indikator " + quote(ind) + " belongs to sasaran " + quote(it->second->sasaran) +
                                           " of tujuan " + quote(sa->second) + ", not of " + quote(id)});
                    });
                });
            }
            opt_varian(c, to, "varian", t.varian);
            opt_catatan(c, to, t.catatan);
            to.finish();
            r.tujuan.push_back(std::move(t));
        });
    }
    if (const J* sj = o.req("sasaran")) {
        each_member(c, *sj, o.at("sasaran"), [&](const std::string& id, const J& v, const std::string& p) {
            check_id(c, id, p);
            Obj so(c, v, p, type_tag<Sasaran>{});
            Sasaran s;
            s.id = id;
            if (const J* t = so.req("tujuan")) {
                read_id_ref(c, *t, so.at("tujuan"), s.tujuan);
                if (!s.tujuan.empty()) {
                    std::string tid = s.tujuan, tp = so.at("tujuan");
                    c.later([tid, tp](const Index& ix, Ctx& c2, std::size_t sq) {
                        if (!ix.tujuan.count(tid)) c2.add_at(sq, tp, "ref.renstra", not_in_renstra("tujuan", tid));
                    });
                }
            }
            req_string(c, so, "nama", s.nama);
            opt_varian(c, so, "varian", s.varian);
            opt_catatan(c, so, s.catatan);
            so.finish();
            r.sasaran.push_back(std::move(s));
        });
    }
    if (const J* ij = o.req("indikator")) {
        each_member(c, *ij, o.at("indikator"), [&](const std::string& id, const J& v, const std::string& p) {
            check_id(c, id, p);
            Obj io(c, v, p, type_tag<Indikator>{});
            Indikator x;
            x.id = id;
            if (const J* s = io.req("sasaran")) {
                read_id_ref(c, *s, io.at("sasaran"), x.sasaran);
                ref_sasaran(c, x.sasaran, io.at("sasaran"), "ref.renstra");
            }
            req_string(c, io, "nama", x.nama);
            req_string(c, io, "satuan", x.satuan);
            if (const J* pj = io.req("polaritas")) {
                std::string name;
                if (read_string(c, *pj, io.at("polaritas"), name)) {
                    if (auto pol = parse_polaritas(name))
                        x.polaritas = *pol;
                    else
                        c.add(io.at("polaritas"), "schema.type",
                              not_one_of("polaritas", name, "positif, negatif, rentang, stabil"));
                }
            }
            opt_target(c, io, "kondisi_awal", x.kondisi_awal);
            if (x.kondisi_awal) check_polaritas(c, id, *x.kondisi_awal, io.at("kondisi_awal"));
            if (const J* tj = io.get("target")) {
                each_member(c, *tj, io.at("target"), [&](const std::string& yk, const J& tv, const std::string& tp) {
                    auto y = year_key(c, yk, tp);
                    if (y) check_year(c, *y, tp);
                    auto t = read_target(c, tv, tp);
                    if (t) check_polaritas(c, id, *t, tp);
                    if (y && t) x.target.emplace(*y, std::move(*t));
                });
            }
            opt_target(c, io, "target_akhir", x.target_akhir);
            if (x.target_akhir) check_polaritas(c, id, *x.target_akhir, io.at("target_akhir"));
            if (const J* pr = io.get("program")) read_kode_list(c, *pr, io.at("program"), x.program);
            opt_varian(c, io, "varian", x.varian);
            opt_catatan(c, io, x.catatan);
            io.finish();
            r.indikator.push_back(std::move(x));
        });
    }
    opt_catatan(c, o, r.catatan);
    o.finish();
    return r;
}

Iku read_iku(Ctx& c, const std::string& id, const J& j, const std::string& ptr) {
    Obj o(c, j, ptr, type_tag<Iku>{});
    Iku k;
    k.indikator = id;
    opt_string(c, o, "nama", k.nama, true);
    if (const J* rj = o.req("rumus")) {
        std::string rp = o.at("rumus");
        Obj ro(c, *rj, rp, type_tag<Rumus>{});
        std::string jenis;
        if (const J* jj = ro.req("jenis"))
            if (read_string(c, *jj, ro.at("jenis"), jenis)) {
                if (auto jr = parse_jenis_rumus(jenis))
                    k.rumus.jenis = *jr;
                else {
                    c.add(ro.at("jenis"), "schema.type",
                          not_one_of("rumus jenis", jenis,
                                     "rasio, perubahan_persen, penurunan_persen, jumlah, nilai, ekspresi"));
                    jenis.clear();
                }
            }
        auto name_field = [&](const char* f, std::string& out) {
            if (const J* nj = ro.req(f))
                if (read_string(c, *nj, ro.at(f), out) && check_name(c, out, ro.at(f), "input name"))
                    ref_iku_input(c, id, out, ro.at(f), "ref.iku");
        };
        if (jenis == "rasio") {
            name_field("pembilang", k.rumus.pembilang);
            name_field("penyebut", k.rumus.penyebut);
        } else if (jenis == "ekspresi") {
            if (const J* ej = ro.req("ekspresi"))
                if (read_string(c, *ej, ro.at("ekspresi"), k.rumus.ekspresi, true)) {
                    // The evaluator's own parser (format.md section 5): what loads, evaluates.
                    try {
                        for (const auto& n : Ekspresi::parse(k.rumus.ekspresi).inputs())
                            ref_iku_input(c, id, n, ro.at("ekspresi"), "ref.iku");
                    } catch (const parse_error& e) {
                        const std::string shown = "ekspresi " + quote(k.rumus.ekspresi),
                                          at = std::to_string(e.offset());
                        c.add(ro.at("ekspresi"), "ref.iku",
                              {shown + " pada posisi " + at + ": " + e.reason(),
                               shown + " at offset " + at + ": " + e.reason_en()});
                    }
                }
        } else if (!jenis.empty()) {
            name_field("input", k.rumus.input);
        }
        if (!jenis.empty()) ro.finish(/*variant=*/true);  // the fields of a rumus are its jenis's
    }
    if (const J* ij = o.req("input")) {
        if (ij->is_object() && ij->empty())
            c.add(o.at("input"), "schema.type",
                  {"input harus menyatakan sedikitnya satu input", "input must declare at least one input"});
        each_member(c, *ij, o.at("input"), [&](const std::string& name, const J& v, const std::string& p) {
            check_name(c, name, p, "input name");
            Obj io(c, v, p, type_tag<InputIku>{});
            InputIku x;
            x.nama = name;
            req_string(c, io, "uraian", x.uraian);
            opt_string(c, io, "satuan", x.satuan);
            io.finish();
            k.input.push_back(std::move(x));
        });
    }
    opt_varian(c, o, "rumus_tertulis", k.rumus_tertulis);
    opt_string(c, o, "sumber_data", k.sumber_data);
    if (const J* pj = o.get("penanggung_jawab")) {
        Obj po(c, *pj, o.at("penanggung_jawab"), type_tag<PenanggungJawab>{});
        PenanggungJawab pjw;
        if (const J* u = po.get("unit"))
            each_item(c, *u, po.at("unit"), [&](const J& e, const std::string& p) {
                std::string uid;
                read_id_ref(c, e, p, uid);
                ref_unit(c, uid, p);
                if (!uid.empty()) pjw.unit.push_back(uid);
            });
        opt_string(c, po, "teks", pjw.teks);
        if (po.ok() && pj->empty())
            c.add(o.at("penanggung_jawab"), "schema.required",
                  {"penanggung_jawab memerlukan unit atau teks", "penanggung_jawab needs unit or teks"});
        po.finish();
        if (po.ok()) k.penanggung_jawab = std::move(pjw);
    }
    opt_catatan(c, o, k.catatan);
    o.finish();
    return k;
}

}  // namespace sakip::json_read
