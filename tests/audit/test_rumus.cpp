// Issue 13: a document whose IKU is a "% penurunan" formula over this year's and last year's counts
// loads, evaluates and audits; its first year has no previous year and is undefined with a finding.
#include <doctest/doctest.h>

#include <sakip/audit/audit.hpp>
#include <sakip/evaluate/evaluasi.hpp>
#include <sakip/io/json.hpp>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

// fuzz/corpus/json_load/rumus-penurunan.json (also a seed of fuzz_json_load; python/tests/test_rumus.py
// reads it too): Pelanggaran Perda 40 in 2019, 30 in 2020, so (40 − 30) / 40 × 100 = 25 %; target
// 20 %, so the capaian of 2020 is 25 / 20 × 100 = 125 %. Here with `ekspresi` as the IKU formula and
// `printed2019` / `printed2020` as the laporan.angka entries of each year.
std::string penurunan_doc(const std::string& ekspresi, const std::string& printed2020,
                          const std::string& printed2019 = "") {
    std::ifstream in(std::string(SAKIP_SOURCE_DIR) + "/fuzz/corpus/json_load/rumus-penurunan.json");
    REQUIRE(in);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto replace = [&](const std::string& from, const std::string& to) {
        const std::size_t at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
    };
    replace("\"(prev(pelanggaran) - pelanggaran) / prev(pelanggaran) * 100\"", "\"" + ekspresi + "\"");
    replace(R"("2019": {"angka": {}})", R"("2019": {"angka": {)" + printed2019 + "}}");
    replace(R"("2020": {"angka": {}})", R"("2020": {"angka": {)" + printed2020 + "}}");
    return text;
}

std::string angka(const std::string& id, const std::string& ukuran, const std::string& teks) {
    return "\"" + id + R"(": {"sumber": "Tabel 3.2.1", "ref": "/renstra/indikator/S2.I2", "ukuran": ")" + ukuran +
           R"(", "teks": ")" + teks + "\"}";
}

const std::string prev_form = "(prev(pelanggaran) - pelanggaran) / prev(pelanggaran) * 100";
const std::string lag_form = "(pelanggaran[n-1] - pelanggaran) / pelanggaran[n-1] * 100";
const std::string correct = angka("r", "realisasi", "25%") + ", " + angka("c", "capaian", "125 %");

std::vector<sakip::Finding> rule(const std::vector<sakip::Finding>& all, const std::string& r) {
    std::vector<sakip::Finding> out;
    for (const auto& f : all)
        if (f.rule == r) out.push_back(f);
    return out;
}

}  // namespace

TEST_CASE("rumus: a % penurunan document loads and evaluates, in both spellings") {
    for (const std::string& form : {prev_form, lag_form}) {
        CAPTURE(form);
        const sakip::Dokumen doc = sakip::load_json(penurunan_doc(form, correct), "penurunan");
        const sakip::EvaluasiTahun ev = sakip::evaluate(doc, 2020);
        const auto* i = ev.find_indikator("S2.I2");
        REQUIRE(i != nullptr);
        REQUIRE(i->realisasi.status == sakip::Status::ok);
        CHECK(i->realisasi.exact->to_string() == "25");
        CHECK(i->realisasi.value->to_string() == "25.00");
        CHECK(i->sumber_realisasi == "iku");
        CHECK(i->capaian.exact->to_string() == "125");
        CHECK(ev.masalah.empty());
        CHECK(i->realisasi.trace.to_string().find("pelanggaran[n-1] = 40, pelanggaran = 30") != std::string::npos);
    }
}

TEST_CASE("rumus: the first year has no previous year: undefined, with a finding, not 0") {
    const sakip::Dokumen doc = sakip::load_json(penurunan_doc(prev_form, correct), "penurunan");
    const sakip::EvaluasiTahun ev = sakip::evaluate(doc, 2019);
    const auto* i = ev.find_indikator("S2.I2");
    REQUIRE(i != nullptr);
    CHECK(i->realisasi.status == sakip::Status::undefined);
    CHECK_FALSE(i->realisasi.exact);
    CHECK(i->capaian.status == sakip::Status::undefined);
    REQUIRE(ev.masalah.size() == 1);
    CHECK(ev.masalah[0].pointer == "/realisasi/2019/S2.I2/input");
    CHECK(ev.masalah[0].message ==
          "realisasi S2.I2 2019 tidak dapat dihitung: rumus IKU membaca input yang tidak dilaporkan: "
          "pelanggaran[n-1] (2018)");
    CHECK(ev.masalah[0].message_en ==
          "realisasi of S2.I2 in 2019 cannot be computed: the IKU formula reads inputs the document does not "
          "report: pelanggaran[n-1] (2018)");

    // The audit reports it once, at the input; a figure printed for 2019 is compared with "undefined".
    const auto printed19 = angka("r19", "realisasi", "10%");
    const auto f = sakip::audit(sakip::load_json(penurunan_doc(prev_form, correct, printed19), "penurunan"));
    const auto x = rule(f, "input.incomputable");
    REQUIRE(x.size() == 1);
    CHECK(x[0].severity == sakip::Severity::error);
    CHECK(x[0].location == "/realisasi/2019/S2.I2/input");
    std::vector<sakip::Finding> at19;
    for (const auto& y : f)
        if (y.location == "/laporan/2019/angka/r19") at19.push_back(y);
    REQUIRE(at19.size() == 1);
    CHECK(at19[0].expected == "undefined");
    CHECK(f.size() == 2);  // nothing about 2020
}

TEST_CASE("rumus: the audit checks a printed previous-year figure") {
    // correct figures: no finding about 2020 (the only finding is the first year's input)
    auto f = sakip::audit(sakip::load_json(penurunan_doc(prev_form, correct), "penurunan"));
    REQUIRE(f.size() == 1);
    CHECK(f[0].rule == "input.incomputable");
    CHECK(f[0].location == "/realisasi/2019/S2.I2/input");

    // a wrong realisasi (the seed's mistake: ÷ this year, (40 − 30) / 30 = 33,33 %) and a capaian
    // computed from it are found, each with the recomputed value
    const std::string wrong = angka("r", "realisasi", "33,33%") + ", " + angka("c", "capaian", "166,67 %");
    f = sakip::audit(sakip::load_json(penurunan_doc(prev_form, wrong), "penurunan"));
    std::vector<sakip::Finding> at20;
    for (const auto& y : f)
        if (y.location.rfind("/laporan/2020/", 0) == 0) at20.push_back(y);
    REQUIRE(at20.size() == 2);  // in location order: c, then r
    CHECK(at20[0].location == "/laporan/2020/angka/c");
    CHECK(at20[0].rule == "percent.recomputed");
    CHECK(at20[0].severity == sakip::Severity::error);
    CHECK(at20[0].reported_value == "166.67");
    CHECK(at20[0].expected == "125.00");
    CHECK(at20[0].message == "capaian S2.I2 tercetak 166,67 %, hasil hitung 125,00 %");
    CHECK(at20[1].location == "/laporan/2020/angka/r");
    CHECK(at20[1].rule == "percent.recomputed");
    CHECK(at20[1].reported_value == "33.33");
    CHECK(at20[1].expected == "25.00");
    CHECK(at20[1].message == "realisasi S2.I2 tercetak 33,33 %, hasil hitung 25,00 %");
    CHECK(f.size() == 3);  // and the first year's input

    // audit_evaluate gives the same findings and the 2020 evaluation with them
    const auto ae = sakip::audit_evaluate(sakip::load_json(penurunan_doc(prev_form, wrong), "penurunan"), 2020);
    CHECK(ae.findings == f);
    CHECK(ae.evaluasi.find_indikator("S2.I2")->realisasi.exact->to_string() == "25");
}

TEST_CASE("rumus: the loader checks formulas with the evaluator's parser") {
    auto problems = [](const std::string& form) {
        std::vector<std::string> out;
        try {
            (void)sakip::load_json(penurunan_doc(form, ""), "penurunan");
        } catch (const sakip::load_error& e) {
            for (const auto& p : e.problems()) out.push_back(p.to_string(true));
        }
        return out;
    };
    using V = std::vector<std::string>;
    CHECK(problems(lag_form).empty());  // refused before issue 13
    CHECK(problems("pelanggaran[n] / 2").empty());
    CHECK(problems("35,55 + pelanggaran").empty());  // the evaluator's decimal comma
    CHECK(problems("(prev(pelanggaran) - pelanggaran) / prev(pelanggaran * 100") ==
          V{"/iku/S2.I2/rumus/ekspresi: ref.iku: ekspresi \"(prev(pelanggaran) - pelanggaran) / "
            "prev(pelanggaran * 100\" at offset 53: missing ')' for the prev( opened at offset 36"});
    CHECK(problems("pelanggaran[n-2]") ==
          V{"/iku/S2.I2/rumus/ekspresi: ref.iku: ekspresi \"pelanggaran[n-2]\" at offset 11: only name[n] and "
            "name[n-1] may follow a name"});
    CHECK(problems("prev(kasus) - pelanggaran") ==
          V{"/iku/S2.I2/rumus/ekspresi: ref.iku: input \"kasus\" is not declared in iku.S2.I2.input"});
    // beyond the evaluator's limits: refused at load, not at evaluate
    std::string many = "1";
    for (int i = 0; i < 600; ++i) many += "+1";
    const V big = problems(many);
    REQUIRE(big.size() == 1);
    CHECK(big[0].find("more than 512 terms") != std::string::npos);
}

TEST_CASE("rumus: a formula error makes the figure undefined with a finding, never an exception") {
    const std::string printed = angka("r", "realisasi", "25%");
    auto with_2019 = [&](const std::string& value) {
        std::string text = penurunan_doc(prev_form, printed);
        const std::string forty = R"("pelanggaran": "40")";
        text.replace(text.find(forty), forty.size(), R"("pelanggaran": ")" + value + "\"");
        return sakip::load_json(text, "penurunan");
    };
    // no violations last year: (0 − 30) / 0 is a division by zero; the printed 25 % is compared with
    // "undefined" (capaian.undefined), nothing is thrown
    sakip::Dokumen doc = with_2019("0");
    sakip::EvaluasiTahun ev = sakip::evaluate(doc, 2020);
    CHECK(ev.find_indikator("S2.I2")->realisasi.status == sakip::Status::undefined);
    CHECK(ev.find_indikator("S2.I2")->realisasi.trace.reason == "division by zero");
    auto f = sakip::audit(doc);
    auto u = rule(f, "capaian.undefined");
    REQUIRE(u.size() == 1);
    CHECK(u[0].location == "/laporan/2020/angka/r");
    CHECK(u[0].severity == sakip::Severity::error);
    CHECK(u[0].expected == "undefined");

    // last year 1E-38: (1E-38 − 30) / 1E-38 × 100 has more than 38 digits: input.incomputable
    doc = with_2019("0.00000000000000000000000000000000000001");
    ev = sakip::evaluate(doc, 2020);
    CHECK(ev.find_indikator("S2.I2")->realisasi.status == sakip::Status::undefined);
    REQUIRE(ev.masalah.size() == 1);
    CHECK(ev.masalah[0].pointer == "/realisasi/2020/S2.I2/input");
    f = sakip::audit(doc);
    CHECK(rule(f, "input.incomputable").size() == 2);  // 2020 beyond the limits, 2019 without 2018

    // a formula that never went through the loader (a model built in code): a bad text, an unknown
    // name; evaluate and audit report them, they do not throw
    doc = sakip::load_json(penurunan_doc(prev_form, printed), "penurunan");
    doc.iku[0].rumus.ekspresi = "(prev(pelanggaran) - pelanggaran";
    ev = sakip::evaluate(doc, 2020);
    CHECK(ev.find_indikator("S2.I2")->realisasi.status == sakip::Status::undefined);
    REQUIRE(ev.masalah.size() == 1);
    CHECK(ev.masalah[0].message_en.find("missing ')' for the '(' opened at offset 0") != std::string::npos);
    CHECK_NOTHROW((void)sakip::audit(doc));
    doc.iku[0].rumus.ekspresi = "kasus[n-1] - pelanggaran";
    ev = sakip::evaluate(doc, 2020);
    CHECK(ev.find_indikator("S2.I2")->realisasi.status == sakip::Status::undefined);
    REQUIRE(ev.masalah.size() == 1);
    CHECK(ev.masalah[0].message_en ==
          "realisasi of S2.I2 in 2020 cannot be computed: the IKU formula reads inputs the document does not "
          "report: kasus[n-1] (2019)");
    f = sakip::audit(doc);
    CHECK(rule(f, "input.incomputable").size() == 2);  // 2019 and 2020
}
