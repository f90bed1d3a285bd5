// The loader's reading of the year-keyed sections (format.md sections 6-8: dpa, pk, realisasi,
// laporan, pohon_kinerja) and of the whole document (read_document), which reads every section and
// then runs the reference checks.
#include "io/json_read.hpp"

#include <sakip/measure/skala.hpp>

namespace sakip::json_read {

// ---- dpa --------------------------------------------------------------------------------------------

template <class Item>
void read_item_fields(Ctx& c, Obj& o, Item& x) {
    req_string(c, o, "uraian", x.uraian);
    opt_kode(c, o, "kode_lain", x.kode_lain);
    opt_amount(c, o, "rencana", x.rencana);
    opt_amount(c, o, "realisasi", x.realisasi);
    opt_besaran(c, o, "fisik", x.fisik);
}

std::optional<Kode> dpa_key(Ctx& c, const std::string& key, const std::string& ptr, SkemaKode skema, bool skema_known) {
    auto k = parse_kode(c, key, ptr);
    if (k && skema_known && k->skema() != skema) {
        const std::string sk(to_string(skema));
        c.add(ptr, "code.prefix",
              {"kode " + quote(key) + " bukan kode " + sk + " (skema_kode)",
               "code " + quote(key) + " is not a " + sk + " code (skema_kode)"});
        return std::nullopt;
    }
    return k;
}

Dpa read_dpa(Ctx& c, int tahun, const J& j, const std::string& ptr) {
    Obj o(c, j, ptr, type_tag<Dpa>{});
    Dpa d;
    d.tahun = tahun;
    bool skema_known = false;
    if (const J* sj = o.req("skema_kode")) {
        std::string s;
        if (read_string(c, *sj, o.at("skema_kode"), s)) {
            if (auto sk = parse_skema_kode(s)) {
                d.skema_kode = *sk;
                skema_known = true;
            } else {
                c.add(o.at("skema_kode"), "schema.type",
                      {"skema_kode " + quote(s) + " bukan permendagri_13_2006 atau permendagri_90_2019",
                       "skema_kode " + quote(s) + " is not permendagri_13_2006 or permendagri_90_2019"});
            }
        }
    }
    opt_string(c, o, "sumber", d.sumber);
    if (const J* bj = o.get("belanja")) {
        Obj bo(c, *bj, o.at("belanja"), type_tag<Belanja>{});
        auto pos = [&](const std::string& k, std::optional<BelanjaPos>& out) {
            const J* pj = bo.get(k.c_str());
            if (!pj) return;
            Obj po(c, *pj, bo.at(k), type_tag<BelanjaPos>{});
            std::optional<Amount> rencana, realisasi;
            if (const J* r = po.req("rencana")) rencana = read_amount(c, *r, po.at("rencana"));
            opt_amount(c, po, "realisasi", realisasi);
            po.finish();
            if (rencana) out = BelanjaPos{std::move(*rencana), std::move(realisasi)};
        };
        for_each_belanja(d.belanja, pos);
        bo.finish();
    }
    const bool p90 = d.skema_kode == SkemaKode::permendagri_90_2019;
    std::map<std::string, std::string> seen_program, seen_kegiatan, seen_sub;  // norm -> printed
    auto unique = [&](std::map<std::string, std::string>& seen, const Kode& k, const std::string& p, const char* what) {
        auto [it, fresh] = seen.emplace(k.str(), k.text());
        if (!fresh)
            c.add(p, "code.unique",
                  {"kode " + std::string(what) + " " + quote(k.text()) + " sama dengan " + quote(it->second) +
                       " setelah dinormalkan",
                   std::string(what) + " code " + quote(k.text()) + " equals " + quote(it->second) +
                       " after normalisation"});
        return fresh;
    };
    // The lists are reserved to their final size: a Kegiatan is some 650 bytes, and growing a vector of
    // 160 000 of them by doubling held two copies at the peak.
    if (const J* pj = o.req("program")) {
        if (pj->is_object()) d.program.reserve(pj->size());
        each_member(c, *pj, o.at("program"), [&](const std::string& key, const J& v, const std::string& p) {
            auto pk = dpa_key(c, key, p, d.skema_kode, skema_known);
            Obj po(c, v, p, type_tag<Program>{});
            Program prog;
            if (pk) {
                prog.kode = *pk;
                unique(seen_program, *pk, p, "program");
            }
            read_item_fields(c, po, prog);
            if (const J* sj = po.get("sasaran"))
                each_item(c, *sj, po.at("sasaran"), [&](const J& e, const std::string& sp) {
                    std::string sid;
                    read_id_ref(c, e, sp, sid);
                    ref_sasaran(c, sid, sp, "ref.dpa_sasaran");
                    if (!sid.empty()) prog.sasaran.push_back(sid);
                });
            opt_varian(c, po, "varian", prog.varian);
            opt_catatan(c, po, prog.catatan);
            if (const J* kj = po.get("kegiatan")) {
                if (kj->is_object()) prog.kegiatan.reserve(kj->size());
                each_member(
                    c, *kj, po.at("kegiatan"), [&](const std::string& kkey, const J& kv, const std::string& kp) {
                        auto kk = dpa_key(c, kkey, kp, d.skema_kode, skema_known);
                        if (kk && pk && !(kk->is_under(*pk) && (!p90 || kk->segments() == pk->segments() + 2))) {
                            c.add(kp, "code.prefix",
                                  {"kode kegiatan " + quote(kkey) + " tidak berada di bawah kode programnya " +
                                       quote(key) +
                                       (p90 ? " (kode kegiatan adalah kode programnya ditambah dua segmen)" : ""),
                                   "kegiatan code " + quote(kkey) + " is not under its program code " + quote(key) +
                                       (p90 ? " (a kegiatan code is its program code plus two segments)" : "")});
                        }
                        Obj ko(c, kv, kp, type_tag<Kegiatan>{});
                        Kegiatan keg;
                        if (kk) {
                            keg.kode = *kk;
                            unique(seen_kegiatan, *kk, kp, "kegiatan");
                        }
                        read_item_fields(c, ko, keg);
                        opt_varian(c, ko, "varian", keg.varian);
                        opt_catatan(c, ko, keg.catatan);
                        if (const J* sj = ko.get("sub_kegiatan")) {
                            if (sj->is_object()) keg.sub_kegiatan.reserve(sj->size());
                            each_member(
                                c, *sj, ko.at("sub_kegiatan"),
                                [&](const std::string& skey, const J& sv, const std::string& sp) {
                                    auto sk = dpa_key(c, skey, sp, d.skema_kode, skema_known);
                                    if (sk && kk &&
                                        !(sk->is_under(*kk) && (!p90 || sk->segments() == kk->segments() + 1))) {
                                        c.add(sp, "code.prefix",
                                              {"kode sub kegiatan " + quote(skey) +
                                                   " tidak berada di bawah kode kegiatannya " + quote(kkey) +
                                                   (p90 ? " (kode sub kegiatan adalah kode kegiatannya ditambah satu "
                                                          "segmen)"
                                                        : ""),
                                               "sub kegiatan code " + quote(skey) + " is not under its kegiatan code " +
                                                   quote(kkey) +
                                                   (p90 ? " (a sub kegiatan code is its kegiatan code plus one segment)"
                                                        : "")});
                                    }
                                    Obj so(c, sv, sp, type_tag<SubKegiatan>{});
                                    SubKegiatan sub;
                                    if (sk) {
                                        sub.kode = *sk;
                                        unique(seen_sub, *sk, sp, "sub kegiatan");
                                    }
                                    read_item_fields(c, so, sub);
                                    opt_varian(c, so, "varian", sub.varian);
                                    opt_catatan(c, so, sub.catatan);
                                    so.finish();
                                    keg.sub_kegiatan.push_back(std::move(sub));
                                });
                        }
                        ko.finish();
                        prog.kegiatan.push_back(std::move(keg));
                    });
            }
            po.finish();
            d.program.push_back(std::move(prog));
        });
    }
    opt_catatan(c, o, d.catatan);
    o.finish();
    return d;
}

// ---- pk ---------------------------------------------------------------------------------------------

Pihak read_pihak(Ctx& c, Obj& o, const char* k) {
    Pihak p;
    const J* j = o.req(k);
    if (!j) return p;
    Obj po(c, *j, o.at(k), type_tag<Pihak>{});
    if (const J* pj = po.req("pejabat")) {
        read_id_ref(c, *pj, po.at("pejabat"), p.pejabat);
        ref_pejabat(c, p.pejabat, po.at("pejabat"));
    }
    opt_string(c, po, "jabatan", p.jabatan);
    opt_tanda_tangan(c, po, p.tanda_tangan);
    po.finish();
    return p;
}

PkBaris read_baris(Ctx& c, int tahun, const J& j, const std::string& ptr) {
    Obj o(c, j, ptr, type_tag<PkBaris>{});
    PkBaris b;
    opt_int(c, o, "nomor", b.nomor);
    req_string(c, o, "uraian", b.uraian);
    opt_kode(c, o, "program", b.program);
    opt_kode(c, o, "kegiatan", b.kegiatan);
    opt_kode(c, o, "sub_kegiatan", b.sub_kegiatan);
    if (b.program || b.kegiatan || b.sub_kegiatan) {
        auto prog = b.program, keg = b.kegiatan, sub = b.sub_kegiatan;
        std::string pp = o.at("program"), kp = o.at("kegiatan"), sp = o.at("sub_kegiatan");
        c.later([=](const Index& ix, Ctx& c2, std::size_t s) {
            auto it = ix.dpa.find(tahun);
            if (it == ix.dpa.end()) {
                c2.add_at(s,
                          prog  ? pp
                          : keg ? kp
                                : sp,
                          "ref.pk",
                          {"tidak ada DPA " + std::to_string(tahun) + " untuk mencari kode baris ini",
                           "no DPA for " + std::to_string(tahun) + " to find the row's codes in"});
                return;
            }
            const DpaIndex& d = it->second;
            if (prog && !d.program.count(prog->str()))
                c2.add_at(s, pp, "ref.pk", not_in_dpa("program", prog->text(), tahun));
            if (keg) {
                auto k = d.kegiatan.find(keg->str());
                if (k == d.kegiatan.end())
                    c2.add_at(s, kp, "ref.pk", not_in_dpa("kegiatan", keg->text(), tahun));
                else if (prog && k->second != prog->str())
                    c2.add_at(s, kp, "ref.pk", belongs("kegiatan", keg->text(), "program", k->second, prog->text()));
            }
            if (sub) {
                auto k = d.sub_kegiatan.find(sub->str());
                if (k == d.sub_kegiatan.end())
                    c2.add_at(s, sp, "ref.pk", not_in_dpa("sub kegiatan", sub->text(), tahun));
                else if (keg && k->second != keg->str())
                    c2.add_at(s, sp, "ref.pk",
                              belongs("sub kegiatan", sub->text(), "kegiatan", k->second, keg->text()));
            }
        });
    }
    opt_string(c, o, "indikator", b.indikator, true);
    opt_target(c, o, "target", b.target);
    opt_amount(c, o, "anggaran", b.anggaran);
    opt_catatan(c, o, b.catatan);
    o.finish();
    return b;
}

PerjanjianKinerja read_pk(Ctx& c, int tahun, const std::string& id, const J& j, const std::string& ptr) {
    Obj o(c, j, ptr, type_tag<PerjanjianKinerja>{});
    PerjanjianKinerja pk;
    pk.id = id;
    pk.tahun = tahun;
    opt_string(c, o, "judul", pk.judul);
    opt_string(c, o, "tempat", pk.tempat);
    opt_tanggal(c, o, "tanggal", pk.tanggal);
    pk.pihak_pertama = read_pihak(c, o, "pihak_pertama");
    pk.pihak_kedua = read_pihak(c, o, "pihak_kedua");
    if (const J* aj = o.get("atasan")) {
        std::string ap = o.at("atasan");
        if (read_string(c, *aj, ap, pk.atasan) && check_name(c, pk.atasan, ap, "PK id")) {
            std::string atasan = pk.atasan;
            c.later([tahun, id, atasan, ap](const Index& ix, Ctx& c2, std::size_t s) {
                if (atasan == id) {
                    c2.add_at(s, ap, "ref.pk",
                              {"PK tidak dapat menjadi atasannya sendiri", "a PK cannot be its own atasan"});
                    return;
                }
                auto yit = ix.pk.find(tahun);
                if (yit == ix.pk.end() || !yit->second.count(atasan)) {
                    c2.add_at(s, ap, "ref.pk",
                              {"tidak ada PK " + quote(atasan) + " pada tahun " + std::to_string(tahun),
                               "no PK " + quote(atasan) + " in year " + std::to_string(tahun)});
                    return;
                }
                const auto& loops = ix.pk_loop.at(tahun);
                if (auto loop = loops.find(id); loop != loops.end() && !loop->second.empty())
                    c2.add_at(s, ap, "ref.pk",
                              {"rantai atasan dari " + quote(id) + " kembali ke " + quote(loop->second),
                               "following atasan from " + quote(id) + " loops back to " + quote(loop->second)});
            });
        }
    }
    if (const J* sj = o.get("sasaran")) {
        each_item(c, *sj, o.at("sasaran"), [&](const J& e, const std::string& p) {
            Obj so(c, e, p, type_tag<PkSasaran>{});
            PkSasaran s;
            if (const J* x = so.req("sasaran")) {
                read_id_ref(c, *x, so.at("sasaran"), s.sasaran);
                ref_sasaran(c, s.sasaran, so.at("sasaran"), "ref.pk");
            }
            opt_string(c, so, "teks", s.teks, true);
            if (const J* ij = so.req("indikator")) {
                if (ij->is_array() && ij->empty()) c.add(so.at("indikator"), "schema.type", not_empty("indikator"));
                each_item(c, *ij, so.at("indikator"), [&](const J& ie, const std::string& ip) {
                    Obj io(c, ie, ip, type_tag<PkIndikator>{});
                    PkIndikator r;
                    const J* ind = io.get("indikator");
                    const J* nama = io.get("nama");
                    if (io.ok() && (ind != nullptr) == (nama != nullptr))
                        c.add(ip, "schema.required",
                              {"beri tepat satu dari \"indikator\" dan \"nama\"",
                               "give exactly one of \"indikator\" and \"nama\""});
                    if (ind) {
                        read_id_ref(c, *ind, io.at("indikator"), r.indikator);
                        if (!r.indikator.empty()) {
                            std::string rid = r.indikator, sid = s.sasaran, rp = io.at("indikator");
                            c.later([rid, sid, rp](const Index& ix, Ctx& c2, std::size_t sq) {
                                auto it = ix.indikator.find(rid);
                                if (it == ix.indikator.end())
                                    c2.add_at(sq, rp, "ref.pk", not_in_renstra("indikator", rid));
                                else if (!sid.empty() && it->second->sasaran != sid)
                                    c2.add_at(sq, rp, "ref.pk",
                                              belongs("indikator", rid, "sasaran", it->second->sasaran, sid));
                            });
                        }
                    }
                    if (nama) read_string(c, *nama, io.at("nama"), r.nama, true);
                    opt_string(c, io, "teks", r.teks, true);
                    opt_target(c, io, "target", r.target);
                    if (r.target && !r.indikator.empty()) check_polaritas(c, r.indikator, *r.target, io.at("target"));
                    opt_string(c, io, "satuan", r.satuan);
                    opt_catatan(c, io, r.catatan);
                    io.finish();
                    s.indikator.push_back(std::move(r));
                });
            }
            opt_catatan(c, so, s.catatan);
            so.finish();
            pk.sasaran.push_back(std::move(s));
        });
    }
    auto rows = [&](const char* k, std::vector<PkBaris>& out) {
        if (const J* rj = o.get(k))
            each_item(c, *rj, o.at(k),
                      [&](const J& e, const std::string& p) { out.push_back(read_baris(c, tahun, e, p)); });
    };
    rows("program", pk.program);
    rows("kegiatan", pk.kegiatan);
    rows("sub_kegiatan", pk.sub_kegiatan);
    opt_string(c, o, "sumber", pk.sumber);
    opt_catatan(c, o, pk.catatan);
    o.finish();
    return pk;
}

// ---- realisasi, laporan, pohon kinerja ----------------------------------------------------------------

RealisasiIndikator read_realisasi(Ctx& c, int tahun, const std::string& id, const J& j, const std::string& ptr) {
    Obj o(c, j, ptr, type_tag<RealisasiIndikator>{});
    RealisasiIndikator r;
    r.indikator = id;
    r.tahun = tahun;
    const J* ij = o.get("input");
    const J* nj = o.get("nilai");
    if (o.ok() && !ij && !nj)
        c.add(ptr, "schema.required",
              {"beri \"input\" atau \"nilai\" (atau keduanya)", "give \"input\" or \"nilai\" (or both)"});
    if (ij)
        each_member(c, *ij, o.at("input"), [&](const std::string& name, const J& v, const std::string& p) {
            if (check_name(c, name, p, "input name")) ref_iku_input(c, id, name, p, "ref.realisasi");
            if (auto b = read_besaran(c, v, p, true)) r.input.push_back(InputNilai{name, std::move(*b)});
        });
    if (nj) r.nilai = read_besaran(c, *nj, o.at("nilai"), true);
    if (const J* rj = o.get("rincian"))
        each_member(c, *rj, o.at("rincian"), [&](const std::string& name, const J& v, const std::string& p) {
            if (check_name(c, name, p, "input name")) ref_iku_input(c, id, name, p, "ref.realisasi");
            RincianInput ri;
            ri.input = name;
            each_item(c, v, p, [&](const J& e, const std::string& ep) {
                Obj eo(c, e, ep, type_tag<Rincian>{});
                Rincian x;
                req_string(c, eo, "uraian", x.uraian);
                std::optional<Besaran> jml;
                if (const J* jj = eo.req("jumlah")) jml = read_besaran(c, *jj, eo.at("jumlah"));
                eo.finish();
                if (jml) {
                    x.jumlah = std::move(*jml);
                    ri.baris.push_back(std::move(x));
                }
            });
            r.rincian.push_back(std::move(ri));
        });
    opt_string(c, o, "sumber", r.sumber);
    opt_catatan(c, o, r.catatan);
    o.finish();
    return r;
}

Laporan read_laporan(Ctx& c, int tahun, const J& j, const std::string& ptr) {
    Obj o(c, j, ptr, type_tag<Laporan>{});
    Laporan l;
    l.tahun = tahun;
    if (const J* sj = o.get("skala"))
        each_member(c, *sj, o.at("skala"), [&](const std::string& id, const J& v, const std::string& p) {
            check_id(c, id, p);
            Obj so(c, v, p, type_tag<SkalaTercetak>{});
            SkalaTercetak s;
            s.id = id;
            opt_string(c, so, "judul", s.judul);
            req_string(c, so, "sumber", s.sumber);
            opt_int(c, so, "baris", s.baris);
            opt_string(c, so, "dasar", s.dasar);
            opt_string(c, so, "baku", s.baku);
            if (!s.baku.empty()) {
                try {
                    (void)skala(s.baku);
                } catch (const error& e) {
                    c.add(so.at("baku"), "schema.type", both(e));
                }
            }
            opt_string(c, so, "aturan_celah", s.aturan_celah);
            if (!s.aturan_celah.empty()) {
                try {
                    (void)parse_aturan_celah(s.aturan_celah);
                } catch (const error& e) {
                    c.add(so.at("aturan_celah"), "schema.type", both(e));
                }
            }
            const J* kj = so.get("kelas");
            if (kj == nullptr && s.baku.empty())
                c.add(p, "schema.required",
                      {"skala memerlukan kelas (kelas-kelas yang dicetak) atau baku (skala yang dirujuknya)",
                       "a scale needs kelas (its printed classes) or baku (the scale it names)"});
            if (kj != nullptr) {
                if (kj->is_array() && kj->empty()) c.add(so.at("kelas"), "schema.type", not_empty("kelas"));
                each_item(c, *kj, so.at("kelas"), [&](const J& e, const std::string& kp) {
                    Obj ko(c, e, kp, type_tag<KelasSkala>{});
                    KelasSkala k;
                    opt_int(c, ko, "nomor", k.nomor);
                    req_string(c, ko, "interval", k.interval);
                    req_string(c, ko, "kriteria", k.kriteria);
                    opt_string(c, ko, "singkatan", k.singkatan);
                    ko.finish();
                    s.kelas.push_back(std::move(k));
                });
            }
            opt_catatan(c, so, s.catatan);
            so.finish();
            l.skala.push_back(std::move(s));
        });
    if (const J* aj = o.get("angka")) {
        if (aj->is_object()) l.angka.reserve(aj->size());
        each_member(c, *aj, o.at("angka"), [&](const std::string& id, const J& v, const std::string& p) {
            check_id(c, id, p);
            Obj ao(c, v, p, type_tag<Angka>{});
            Angka a;
            a.id = id;
            req_string(c, ao, "sumber", a.sumber);
            opt_int(c, ao, "baris", a.baris);
            bool ref_ok = false;
            const InfoUkuran* info = nullptr;  // the ukuran's row of the model's table
            if (const J* rj = ao.req("ref")) ref_ok = read_pointer(c, *rj, ao.at("ref"), a.ref);
            if (const J* uj = ao.req("ukuran")) {
                if (read_string(c, *uj, ao.at("ukuran"), a.ukuran)) info = find_ukuran(a.ukuran);
                if (info == nullptr && uj->is_string())
                    c.add(ao.at("ukuran"), "schema.type",
                          {"ukuran " + quote(a.ukuran) + " tidak dikenal", "unknown ukuran " + quote(a.ukuran)});
            }
            if (ref_ok && info != nullptr) check_ukuran_ref(c, a.ukuran, "ref", a.ref, ao.at("ref"));
            if (const J* tj = ao.get("tahun")) {
                int y = 0;
                if (read_tahun(c, *tj, ao.at("tahun"), y)) {
                    a.tahun = y;
                    check_year(c, y, ao.at("tahun"));
                }
            }
            // The fields only some ukuran take (the model's table says which).
            auto takes = [&](const char* field, const J* v) {
                return check_ukuran_field(c, info, field, v != nullptr, ao.ok(), p, ao.at(field));
            };
            const J* tj = ao.get("terhadap");
            if (takes("terhadap", tj) && read_pointer(c, *tj, ao.at("terhadap"), a.terhadap))
                check_ukuran_ref(c, a.ukuran, "terhadap", a.terhadap, ao.at("terhadap"));
            const J* kj = ao.get("kategori");
            if (takes("kategori", kj)) read_string(c, *kj, ao.at("kategori"), a.kategori, true);
            // A year-on-year change: the earlier year and the direction of the words.
            const J* bj = ao.get("tahun_banding");
            if (int y = 0; takes("tahun_banding", bj) && read_tahun(c, *bj, ao.at("tahun_banding"), y)) {
                a.tahun_banding = y;
                check_year(c, y, ao.at("tahun_banding"));
            }
            if (const J* rj = ao.get("arah"); takes("arah", rj)) {
                if (read_string(c, *rj, ao.at("arah"), a.arah)) {
                    if (detail::same_word(a.arah, "naik") || detail::same_word(a.arah, "turun"))
                        a.arah = detail::same_word(a.arah, "naik") ? "naik" : "turun";
                    else
                        c.add(ao.at("arah"), "schema.type",
                              {"arah " + quote(a.arah) + " tidak dikenal (yang sah: naik, turun)",
                               "unknown arah " + quote(a.arah) + " (valid: naik, turun)"});
                }
            }
            if (const J* xj = ao.req("teks")) read_string(c, *xj, ao.at("teks"), a.teks);
            opt_string(c, ao, "konteks", a.konteks);
            opt_catatan(c, ao, a.catatan);
            ao.finish();
            l.angka.push_back(std::move(a));
        });
    }
    o.finish();
    return l;
}

PohonKinerja read_pohon(Ctx& c, int tahun, const J& j, const std::string& ptr) {
    Obj o(c, j, ptr, type_tag<PohonKinerja>{});
    PohonKinerja pk;
    pk.tahun = tahun;
    opt_string(c, o, "sumber", pk.sumber);
    opt_string(c, o, "misi", pk.misi);
    if (const J* x = o.get("tujuan")) read_strings(c, *x, o.at("tujuan"), pk.tujuan);
    if (const J* x = o.get("sasaran")) read_strings(c, *x, o.at("sasaran"), pk.sasaran);
    if (const J* x = o.get("program"))
        each_item(c, *x, o.at("program"), [&](const J& e, const std::string& p) {
            Obj po(c, e, p, type_tag<PohonProgram>{});
            PohonProgram pp;
            req_string(c, po, "nama", pp.nama);
            opt_kode(c, po, "program", pp.program);
            if (pp.program) ref_program_any(c, *pp.program, po.at("program"));
            if (const J* k = po.get("kegiatan")) read_strings(c, *k, po.at("kegiatan"), pp.kegiatan);
            po.finish();
            pk.program.push_back(std::move(pp));
        });
    if (const J* x = o.get("penanggung_jawab")) read_strings(c, *x, o.at("penanggung_jawab"), pk.penanggung_jawab);
    opt_catatan(c, o, pk.catatan);
    o.finish();
    return pk;
}

template <class F>
void each_year(Ctx& c, Obj& o, const char* k, F f) {
    if (const J* j = o.get(k))
        each_member(c, *j, o.at(k), [&](const std::string& key, const J& v, const std::string& p) {
            auto y = year_key(c, key, p);
            if (y) check_year(c, *y, p);
            f(y, v, p);
        });
}

Dokumen read_document(Ctx& c, const J& root) {
    Dokumen d;
    Index ix;
    Obj o(c, root, "", type_tag<Dokumen>{});
    if (!o.ok()) return d;
    if (const J* f = o.req("format")) {
        std::string v;
        if (read_string(c, *f, "/format", v) && v != "sakip/1")
            c.add("/format", "format.version",
                  {"format " + quote(v) + " bukan \"sakip/1\"", "format " + quote(v) + " is not \"sakip/1\""});
    }
    if (const J* j = o.get("dokumen")) d.dokumen = read_dokumen(c, *j, "/dokumen");
    if (const J* j = o.req("instansi")) d.instansi = read_instansi(c, *j, "/instansi");
    if (const J* j = o.get("rpjmd")) d.rpjmd = read_rpjmd(c, *j, "/rpjmd");
    if (const J* j = o.req("renstra")) d.renstra = read_renstra(c, *j, "/renstra", ix.periode);
    if (const J* j = o.get("iku"))
        each_member(c, *j, "/iku", [&](const std::string& id, const J& v, const std::string& p) {
            check_id(c, id, p);
            c.later([id, p](const Index& x, Ctx& c2, std::size_t s) {
                if (!x.indikator.count(id)) c2.add_at(s, p, "ref.iku", not_in_renstra("indikator", id));
            });
            d.iku.push_back(read_iku(c, id, v, p));
        });
    each_year(c, o, "dpa", [&](std::optional<int> y, const J& v, const std::string& p) {
        Dpa dp = read_dpa(c, y.value_or(0), v, p);
        if (y) d.dpa.emplace(*y, std::move(dp));
    });
    each_year(c, o, "pk", [&](std::optional<int> y, const J& v, const std::string& p) {
        std::vector<PerjanjianKinerja> list;
        each_member(c, v, p, [&](const std::string& id, const J& pv, const std::string& pp) {
            check_name(c, id, pp, "PK id");
            list.push_back(read_pk(c, y.value_or(0), id, pv, pp));
        });
        if (y) d.pk.emplace(*y, std::move(list));
    });
    each_year(c, o, "realisasi", [&](std::optional<int> y, const J& v, const std::string& p) {
        std::vector<RealisasiIndikator> list;
        each_member(c, v, p, [&](const std::string& id, const J& rv, const std::string& rp) {
            check_id(c, id, rp);
            c.later([id, rp](const Index& x, Ctx& c2, std::size_t s) {
                if (!x.iku.count(id))
                    c2.add_at(s, rp, "ref.realisasi",
                              {"indikator " + quote(id) + " tidak punya entri iku",
                               "indikator " + quote(id) + " has no iku entry"});
            });
            list.push_back(read_realisasi(c, y.value_or(0), id, rv, rp));
        });
        if (y) d.realisasi.emplace(*y, std::move(list));
    });
    each_year(c, o, "laporan", [&](std::optional<int> y, const J& v, const std::string& p) {
        Laporan l = read_laporan(c, y.value_or(0), v, p);
        if (y) d.laporan.emplace(*y, std::move(l));
    });
    each_year(c, o, "pohon_kinerja", [&](std::optional<int> y, const J& v, const std::string& p) {
        PohonKinerja pk = read_pohon(c, y.value_or(0), v, p);
        if (y) d.pohon_kinerja.emplace(*y, std::move(pk));
    });
    opt_catatan(c, o, d.catatan);
    o.finish();
    if (d.dokumen && d.dokumen->tahun) check_year(c, *d.dokumen->tahun, "/dokumen/tahun");

    ix.build(d);
    for (auto& chk : c.checks) chk.run(ix, c, chk.seq);
    return d;
}

}  // namespace sakip::json_read
