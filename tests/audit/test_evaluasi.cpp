// The evaluation as the one place of budget figures: find_anggaran by the printed ref, porsi,
// sub kegiatan, fisik, PK totals and counts (values checked by hand).
#include "common.hpp"

#include <doctest/doctest.h>

using audit_test::rp;
using audit_test::v;

TEST_CASE("evaluate: budget items by the pointer printed figures use") {
    const sakip::Dokumen doc = audit_test::base();
    const auto ev = sakip::evaluate(doc, 2020);
    const auto* p = ev.find_anggaran("/dpa/2020/program/01");
    REQUIRE(p != nullptr);
    CHECK(p == ev.find_program("01"));
    CHECK(p->nama == "program 01");
    CHECK(v(p->serapan) == "99.50");  // 99 500 000 / 100 000 000
    CHECK(v(p->fisik) == "100.00");
    const auto* k = ev.find_anggaran("/dpa/2020/program/01/kegiatan/0102");
    REQUIRE(k != nullptr);
    CHECK(k->nama_en == "kegiatan 0102");
    CHECK(v(k->serapan) == "99.17");  // 59 500 000 / 60 000 000 = 99,1666…
    CHECK(ev.find_anggaran("/dpa/2020/program/01/kegiatan/9999") == nullptr);
    CHECK(ev.find_anggaran("/dpa/2020/program/99") == nullptr);
    CHECK(ev.find_anggaran("/renstra/sasaran/S1") == nullptr);
    const auto* all = ev.find_anggaran("/dpa/2020/program");
    REQUIRE(all != nullptr);
    CHECK(rp(all->rencana) == "100000000.00");
    CHECK(v(all->serapan) == v(ev.serapan));
    const auto* bel = ev.find_anggaran("/dpa/2020/belanja");
    REQUIRE(bel != nullptr);
    CHECK(bel->nama == "total belanja");
    CHECK(rp(bel->rencana) == "100000000.00");  // the one stated kind, belanja langsung
    const auto* bl = ev.find_anggaran("/dpa/2020/belanja/langsung");
    REQUIRE(bl != nullptr);
    // porsi: kegiatan 0103 (40 000 000) in belanja langsung (100 000 000) = 40 %.
    const auto* k3 = ev.find_anggaran("/dpa/2020/program/01/kegiatan/0103");
    REQUIRE(k3 != nullptr);
    const sakip::Hasil share = sakip::porsi(*k3, *bl);
    CHECK(v(share) == "40.00");
    CHECK(share.trace.formula == "rencana kegiatan 0103 / rencana belanja langsung × 100");
    sakip::EvaluasiAnggaran none;
    none.nama_en = "nothing";
    CHECK(sakip::porsi(none, *bl).status == sakip::Status::missing);
    CHECK(ev.jumlah_kegiatan == 2);
    CHECK(v(ev.fisik) == "100.00");
    // PK totals: camat's program table 100 000 000, sekcam's kegiatan table 60 000 000 + 40 000 000.
    REQUIRE(ev.find_pk("camat") != nullptr);
    CHECK(v(ev.find_pk("camat")->program) == "100000000.00");
    CHECK(v(ev.find_pk("sekcam")->kegiatan) == "100000000.00");
    CHECK(v(ev.find_pk("sekcam")->program) == "0.00");  // no program rows
    CHECK(ev.find_pk("lurah") == nullptr);
    // Counts over the evaluation: S1.I1 35,56 % of 85 % is not met; S1.I2 is 0/0 (excluded).
    const auto met = sakip::jumlah_indikator(
        ev, "", [](const sakip::EvaluasiIndikator& e) { return *e.capaian.exact >= sakip::Rasional(100); }, "met");
    CHECK(v(met) == "0");
    CHECK(met.trace.excluded == 1);
}

TEST_CASE("evaluate: sub kegiatan, their sums, and the Kajuara totals") {
    sakip::Dokumen doc = audit_test::base();
    sakip::Kegiatan& k = doc.dpa.at(2020).program.at(0).kegiatan.at(0);
    sakip::SubKegiatan a, b;
    a.kode = sakip::Kode::parse("1.01.01.2.01.0001");
    a.rencana = sakip::Amount::parse("25.000.000");
    a.realisasi = sakip::Amount::parse("20.000.000");
    b.kode = sakip::Kode::parse("1.01.01.2.01.0002");
    b.rencana = sakip::Amount::parse("30.000.000");
    b.realisasi = sakip::Amount::parse("30.000.000");
    k.sub_kegiatan = {a, b};
    const auto ev = sakip::evaluate(doc, 2020);
    const auto* s = ev.find_anggaran("/dpa/2020/program/01/kegiatan/0102/sub_kegiatan/1.01.01.2.01.0001");
    REQUIRE(s != nullptr);
    CHECK(s->nama == "sub kegiatan 1.01.01.2.01.0001");
    CHECK(v(s->serapan) == "80.00");  // 20 / 25
    const auto* kk = ev.find_anggaran("/dpa/2020/program/01/kegiatan/0102");
    CHECK(rp(kk->jumlah_rencana_sub_kegiatan) == "55000000.00");
    CHECK(rp(kk->jumlah_realisasi_sub_kegiatan) == "50000000.00");
    // The kegiatan states 60 000 000 / 59 500 000: its sub kegiatan sum to 55 000 000 / 50 000 000.
    const auto f = sakip::audit(doc);
    const auto sum = audit_test::with_rule(f, "budget.sum");
    REQUIRE(sum.size() == 2);
    CHECK(sum[0].location == "/dpa/2020/program/01/kegiatan/0102/realisasi");
    CHECK(sum[0].expected == "50000000");
    CHECK(sum[1].location == "/dpa/2020/program/01/kegiatan/0102/rencana");
    CHECK(sum[1].expected == "55000000");

    const sakip::Dokumen kajuara = sakip::load(std::string(SAKIP_SOURCE_DIR) + "/examples/data/kajuara-2020.json");
    const auto ek = sakip::evaluate(kajuara, 2020);
    REQUIRE(ek.jumlah_belanja);
    CHECK(rp(ek.jumlah_belanja->rencana) == "13578653418.00");  // Tabel 2.4.1: BTL + BL
    const auto* bl = ek.find_anggaran("/dpa/2020/belanja/langsung");
    REQUIRE(bl != nullptr);
    const auto share = sakip::porsi(*bl, *ek.jumlah_belanja);
    CHECK(share.exact->to_string() == "15467300000/2263108903");
    CHECK(v(share) == "6.83");  // printed 6,84 (percent.recomputed in the golden findings)
}
