// The report's own scale in the evaluation and the audit: the kategori of a report are judged on the
// scale it printed; the scale used is never a silent choice (rules skala.bawaan, skala.celah,
// skala.tidak_terbaca).
#include <doctest/doctest.h>

#include "common.hpp"

#include <sakip/evaluate/evaluasi.hpp>

#include <string>

using namespace audit_test;
using sakip::Severity;
using sakip::SkalaDipakai;

namespace {

// The small document with its printed scale replaced by `skala` (the JSON of laporan.2020.skala) and
// S1.I1's inputs by a = `a`, b = 90 (target 85 %).
sakip::Dokumen with_scale(const std::string& skala, const std::string& a = "32") {
    std::string text = small_doc;
    const auto from = text.find("\"skala\": {");
    const auto to = text.find("\"angka\": {}");
    REQUIRE(from != std::string::npos);
    text.replace(from, to - from, "\"skala\": " + skala + ",\n      ");
    const std::string inputs = R"("a": "32", "b": "90")";
    text.replace(text.find(inputs), inputs.size(), "\"a\": \"" + a + "\", \"b\": \"90\"");
    return sakip::load_json(text, "small");
}

const char* const sampang = R"({"t31": {"sumber": "Tabel 3.1", "kelas": [
  {"interval": "91 – 100", "kriteria": "Sangat Baik"}, {"interval": "76 – 90", "kriteria": "Baik"},
  {"interval": "66 – 75", "kriteria": "Cukup"}, {"interval": "51 – 65", "kriteria": "Kurang"},
  {"interval": "≤ 50", "kriteria": "Sangat Kurang"}]}})";

}  // namespace

TEST_CASE("the small document: its printed scale is used, and the gaps it had to close are said once") {
    const auto doc = base();
    const auto ev = sakip::evaluate(doc, 2020);
    CHECK(ev.skala.asal == SkalaDipakai::Asal::laporan);
    CHECK(ev.skala.pointer == "/laporan/2020/skala/t311");
    const auto f = sakip::audit(doc);
    REQUIRE(f.size() == 1);
    CHECK(f[0].rule == "skala.celah");
    CHECK(f[0].severity == Severity::info);
    CHECK(f[0].location == "/laporan/2020/skala/t311");
    CHECK(f[0].message.find("celah antara 75 dan 76 (75 < x < 76) masuk Baik (batas_atas)") != std::string::npos);
    CHECK(f[0].message_en.find("the gap between 75 and 76 (75 < x < 76) is Baik (batas_atas)") != std::string::npos);
    CHECK(f[0].trace == "≤ 50 Sangat Kurang | (50, 65] Kurang | (65, 75] Cukup | (75, 100] Baik | > 100 Baik Sekali");
}

TEST_CASE("a report labelled Sangat Baik … Sangat Kurang: its correct Sangat Baik is not flagged") {
    // S1.I1: realisasi 90 / 90 = 100 %, target 85 % → capaian 117,65 %: Sangat Baik (> 90) on its own scale.
    auto doc = with_scale(sampang, "90");
    add_angka(doc, "k_ok", "kategori", "/renstra/indikator/S1.I1", "Sangat Baik");
    add_angka(doc, "k_case", "kategori", "/renstra/indikator/S1.I1", "sangat baik");
    add_angka(doc, "k_wrong", "kategori", "/renstra/indikator/S1.I1", "Baik");
    add_angka(doc, "k_other", "kategori", "/renstra/indikator/S1.I1", "Sangat Tinggi");
    const auto ev = sakip::evaluate(doc, 2020);
    CHECK(ev.find_indikator("S1.I1")->kategori == "Sangat Baik");
    const auto f = sakip::audit(doc);
    CHECK(at(f, loc("k_ok")).empty());
    CHECK(at(f, loc("k_case")).empty());
    REQUIRE(at(f, loc("k_wrong")).size() == 1);
    CHECK(at(f, loc("k_wrong"))[0].rule == "kategori.scale");
    CHECK(at(f, loc("k_wrong"))[0].message.find("skala laporan (t31) memberi \"Sangat Baik\" (91 – 100)") !=
          std::string::npos);
    REQUIRE(at(f, loc("k_other")).size() == 1);
    CHECK(at(f, loc("k_other"))[0].rule == "kategori.label");
    // No silent fallback to permendagri_86_2017 any more.
    CHECK(with_rule(f, "skala.bawaan").empty());
    CHECK(with_rule(f, "skala.celah").size() == 1);
}

TEST_CASE("batas_bawah, a named option of the printed scale") {
    const std::string bawah = R"({"t31": {"sumber": "Tabel 3.1", "aturan_celah": "batas_bawah", "kelas": [
      {"interval": "≥ 42", "kriteria": "Tercapai"}, {"interval": "0 – 41,83", "kriteria": "Belum"}]}})";
    // capaian of S1.I1 = 35,555… / 85 × 100 = 41,830…: within 0 – 41,83? 41,8300… > 41,83, so the gap
    // (41,83, 42) decides: batas_bawah gives it to "Belum", batas_atas to "Tercapai".
    CHECK(sakip::evaluate(with_scale(bawah), 2020).find_indikator("S1.I1")->kategori == "Belum");
    std::string atas = bawah;
    atas.replace(atas.find("batas_bawah"), 11, "batas_atas");
    CHECK(sakip::evaluate(with_scale(atas), 2020).find_indikator("S1.I1")->kategori == "Tercapai");
}

TEST_CASE("no printed scale: the default is taken, and said") {
    auto doc = with_scale("{}");
    add_angka(doc, "k", "kategori", "/renstra/indikator/S1.I1", "Sangat Rendah");
    const auto ev = sakip::evaluate(doc, 2020);
    CHECK(ev.skala.asal == SkalaDipakai::Asal::bawaan);
    CHECK(ev.skala.skala.nama() == "permendagri_86_2017");
    const auto f = sakip::audit(doc);
    const auto found = with_rule(f, "skala.bawaan");
    REQUIRE(found.size() == 1);
    const auto& x = found[0];
    CHECK(x.severity == Severity::info);
    CHECK(x.location == "/laporan/2020");
    CHECK(x.message_en.find("default scale permendagri_86_2017") != std::string::npos);
    CHECK(at(f, loc("k")).empty());  // 41,83 % is Sangat Rendah on it
}

TEST_CASE("a printed scale that cannot be read: the named one, else the default, with a warning") {
    const std::string bad = R"({"t31": {"sumber": "Tabel 3.1", "baku": "permendagri_86_2017", "kelas": [
      {"interval": "kurang dari 50 persen", "kriteria": "Rendah"}, {"interval": "0 – 80", "kriteria": "A"}]}})";
    auto doc = with_scale(bad);
    add_angka(doc, "k", "kategori", "/renstra/indikator/S1.I1", "Sangat Rendah");
    const auto ev = sakip::evaluate(doc, 2020);
    CHECK(ev.skala.asal == SkalaDipakai::Asal::baku);
    CHECK(ev.skala.skala.nama() == "permendagri_86_2017");
    CHECK(ev.skala.masalah.find("kurang dari 50 persen") != std::string::npos);
    const auto f = sakip::audit(doc);
    const auto found = with_rule(f, "skala.tidak_terbaca");
    REQUIRE(found.size() == 1);
    const auto& x = found[0];
    CHECK(x.severity == Severity::warning);
    CHECK(x.location == "/laporan/2020/skala/t31");
    CHECK(x.message_en.find("kategori are judged on the scale permendagri_86_2017") != std::string::npos);
    CHECK(with_rule(f, "skala.bawaan").empty());  // the report named it
}

TEST_CASE("a scale chosen by the caller is used without a finding") {
    auto doc = base();
    sakip::AuditOptions o;
    o.skala = sakip::skala_tercetak("mine", "", {{"< 50", "Rendah"}, {"≥ 50", "Tinggi"}});
    add_angka(doc, "k", "kategori", "/renstra/indikator/S1.I1", "Rendah");
    const auto f = sakip::audit(doc, o);
    CHECK(f.empty());
}

TEST_CASE("the loader checks baku and aturan_celah, listing the valid values") {
    const std::string wrong = R"({"t31": {"sumber": "Tabel 3.1", "baku": "kajuara", "aturan_celah": "tengah"}})";
    try {
        (void)with_scale(wrong);
        FAIL("loaded");
    } catch (const sakip::load_error& e) {
        REQUIRE(e.problems().size() == 2);
        CHECK(e.problems()[0].pointer == "/laporan/2020/skala/t31/baku");
        CHECK(e.problems()[0].message.find("the shipped scales: permendagri_86_2017") != std::string::npos);
        CHECK(e.problems()[1].pointer == "/laporan/2020/skala/t31/aturan_celah");
        CHECK(e.problems()[1].message.find("valid: batas_atas, batas_bawah") != std::string::npos);
    }
    CHECK_THROWS_AS((void)with_scale(R"({"t31": {"sumber": "Tabel 3.1"}})"), sakip::load_error);
    // baku alone is enough.
    const auto named = with_scale(R"({"t31": {"sumber": "Bab III", "baku": "permendagri_86_2017"}})");
    CHECK(sakip::evaluate(named, 2020).skala.asal == SkalaDipakai::Asal::baku);
}
