// The loader against hostile input (issue 12): very large objects, NUL bytes, figures whose ukuran
// does not fit their ref, and files that are not plain regular files.
#include <doctest/doctest.h>

#include "common.hpp"

#include <sakip/interrupt.hpp>
#include <sakip/model.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

#if defined(__unix__) || defined(__APPLE__)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using model_test::problems_of;
using model_test::rules_of;

namespace {

sakip::LoadProblem only_problem_of_file(const std::filesystem::path& path) {
    try {
        (void)sakip::load(path);
    } catch (const sakip::load_error& e) {
        REQUIRE(e.problems().size() == 1);
        return e.problems()[0];
    }
    FAIL("loaded " << path.string());
    return {};
}

// A complete document; `kegiatan` are more members of the program's kegiatan object (each with a
// leading comma), `angka` more members of laporan 2020's angka (each with a leading comma).
std::string document(const std::string& kegiatan = "", const std::string& angka = "") {
    return R"({
  "format": "sakip/1",
  "instansi": {"nama": "Kecamatan Contoh", "pemda": "Pemerintah Kabupaten Contoh",
    "pejabat": {"bupati": {"nama": "BUPATI", "jabatan": "Bupati"}, "camat": {"nama": "CAMAT", "jabatan": "Camat"}}},
  "renstra": {
    "periode": {"awal": 2018, "akhir": 2023},
    "tujuan": {"T1": {"nama": "Tujuan", "indikator": ["S1.I1"]}},
    "sasaran": {"S1": {"tujuan": "T1", "nama": "Sasaran"}},
    "indikator": {"S1.I1": {"sasaran": "S1", "nama": "Indikator", "satuan": "Persentase",
      "polaritas": "positif", "target": {"2020": "97%"}, "program": ["01"]}}},
  "iku": {"S1.I1": {"rumus": {"jenis": "rasio", "pembilang": "a", "penyebut": "b"},
    "input": {"a": {"uraian": "A"}, "b": {"uraian": "B"}}}},
  "dpa": {"2020": {"skema_kode": "permendagri_13_2006",
    "belanja": {"langsung": {"rencana": "100.000.000,00", "realisasi": "99.000.000,00"}},
    "program": {"01": {"uraian": "P", "rencana": "100.000.000,00", "realisasi": "99.000.000,00", "fisik": "100",
      "sasaran": ["S1"],
      "kegiatan": {"0102": {"uraian": "K", "rencana": "100.000.000,-", "realisasi": "99.000.000,-",
        "sub_kegiatan": {"010201": {"uraian": "S", "rencana": "100.000.000,-"}}})" +
           kegiatan + R"(}}}}},
  "pk": {"2020": {
    "camat": {"pihak_pertama": {"pejabat": "camat"}, "pihak_kedua": {"pejabat": "bupati"},
      "sasaran": [{"sasaran": "S1", "indikator": [{"indikator": "S1.I1", "target": "97%"}]}],
      "program": [{"uraian": "P", "program": "01", "anggaran": "100.000.000,-"}]}}},
  "realisasi": {"2020": {"S1.I1": {"input": {"a": "4434", "b": "4434"}}}},
  "laporan": {"2020": {"angka": {
    "x": {"sumber": "Tabel 3.3.9", "ref": "/dpa/2020/program/01", "ukuran": "serapan", "teks": "99,00"})" +
           angka + R"(}}}
})";
}

std::string kegiatan_members(int from, int to) {
    std::string out;
    for (int i = from; i < to; ++i) {
        char code[16];
        std::snprintf(code, sizeof code, "01%06d", i);
        out +=
            std::string(",\n\"") + code + "\": {\"uraian\": \"K" + std::to_string(i) + "\", \"rencana\": \"1.000,00\"}";
    }
    return out;
}

std::string angka_member(const std::string& id, const std::string& ref, const std::string& ukuran,
                         const std::string& more = "") {
    return ",\n\"" + id + "\": {\"sumber\": \"T\", \"ref\": \"" + ref + "\", \"ukuran\": \"" + ukuran + "\"" + more +
           ", \"teks\": \"1\"}";
}

}  // namespace

// Before: every key was looked up by a linear scan of its object (95 s for 200 000 keys).
TEST_CASE("very large objects load, keep their order and still name duplicate keys") {
    std::string flat = "{";
    for (int i = 0; i < 200000; ++i) flat += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":0";
    flat += "}";
    // Parsed completely: three missing fields, then every key an unknown field, in file order.
    const auto p = problems_of(flat);
    REQUIRE(p.size() == 200003);  // format, instansi, renstra missing; 200 000 unknown fields
    CHECK(p[3].pointer == "/k0");
    CHECK(p.back().pointer == "/k199999");

    std::string dup = "{\"format\": \"sakip/1\", \"x\": {";
    for (int i = 0; i < 100000; ++i) dup += "\"k" + std::to_string(i) + "\":0,";
    dup += "\"k99999\":1}}";
    std::vector<std::string> dups;
    for (const auto& q : problems_of(dup))
        if (q.rule == "json.duplicate_key") dups.push_back(q.pointer + ": " + q.message_en);
    CHECK(dups == std::vector<std::string>{"/x/k99999: duplicate key \"k99999\" in object"});

    // 20 000 kegiatan in one program: loaded in file order, found by code, referenced by laporan.
    const std::string big =
        document(kegiatan_members(0, 20000), angka_member("last", "/dpa/2020/program/01/kegiatan/01019999", "serapan"));
    const auto d = sakip::load_json(big);
    const auto& prog = d.find_dpa(2020)->program.at(0);
    REQUIRE(prog.kegiatan.size() == 20001);
    CHECK(prog.kegiatan.at(0).kode.text() == "0102");
    CHECK(prog.kegiatan.at(1).kode.text() == "01000000");
    CHECK(prog.kegiatan.back().kode.text() == "01019999");
    CHECK(prog.find_kegiatan(sakip::Kode::parse("01019999"))->uraian == "K19999");
    CHECK(sakip::load_json(sakip::save(d)) == d);  // save appends too (it was quadratic as well)

    // A duplicate kegiatan at the end is named.
    const std::string twice = document(kegiatan_members(0, 20000) + ",\n\"01000005\": {\"uraian\": \"again\"}");
    CHECK(rules_of(twice) == std::vector<std::string>{"/dpa/2020/program/01/kegiatan/01000005 json.duplicate_key"});
    // ... in a small object as well as a large one (the index starts after 16 members).
    CHECK(rules_of("{\"format\": \"sakip/1\", \"format\": \"sakip/1\", \"instansi\": 1, \"renstra\": 1}") ==
          std::vector<std::string>{"/format json.duplicate_key", "/instansi schema.type", "/renstra schema.type"});
    // A pointer through a large object resolves only to what is there.
    CHECK(rules_of(document(kegiatan_members(0, 100),
                            angka_member("gone", "/dpa/2020/program/01/kegiatan/01000100", "serapan"))) ==
          std::vector<std::string>{"/laporan/2020/angka/gone/ref laporan.ref"});
}

TEST_CASE("save refuses a model with an id twice instead of dropping one entry") {
    auto d = sakip::load_json(document());
    d.instansi.pejabat.push_back(d.instansi.pejabat.front());
    try {
        (void)sakip::save(d);
        FAIL("saved");
    } catch (const sakip::error& e) {
        CHECK(std::string(e.what()) ==
              "tidak dapat menyimpan: id \"bupati\" muncul dua kali di /instansi/pejabat / "
              "cannot save: id \"bupati\" appears twice in /instansi/pejabat");
    }
}

namespace {
std::string with_units_and_pks(const std::string& units, const std::string& pks) {
    std::string d = document();
    const std::string pemda = "\"pemda\": \"Pemerintah Kabupaten Contoh\",";
    d.replace(d.find(pemda), pemda.size(), pemda + " \"unit\": {" + units + "},");
    const std::string pk = "\"pk\": {\"2020\": {";
    d.replace(d.find(pk), pk.size(), pk + pks);
    return d;
}
std::string unit(const std::string& id, const std::string& induk) {
    return "\"" + id + "\": {\"nama\": \"U\", \"jenis\": \"lainnya\"" +
           (induk.empty() ? "" : ", \"induk\": \"" + induk + "\"") + "}";
}
std::string pk(const std::string& id, const std::string& atasan) {
    return "\"" + id +
           "\": {\"pihak_pertama\": {\"pejabat\": \"camat\"}, \"pihak_kedua\": {\"pejabat\": \"bupati\"}, " +
           "\"atasan\": \"" + atasan + "\"},";
}
}  // namespace

// Before: every unit and every PK walked its whole chain (quadratic: 8 000 PKs took a minute).
TEST_CASE("long induk and atasan chains load in linear time; cycles are still named") {
    std::string units = unit("u0", ""), pks;
    for (int i = 1; i < 20000; ++i) units += "," + unit("u" + std::to_string(i), "u" + std::to_string(i - 1));
    for (int i = 0; i < 20000; ++i) pks += pk("p" + std::to_string(i), i == 0 ? "camat" : "p" + std::to_string(i - 1));
    const auto d = sakip::load_json(with_units_and_pks(units, pks));
    CHECK(d.pk_tahun(2020).size() == 20001);
    CHECK(d.instansi.unit.size() == 20000);

    const auto p = problems_of(with_units_and_pks(
        unit("a", "b") + "," + unit("b", "c") + "," + unit("c", "a") + "," + unit("d", "a") + "," + unit("e", "d"),
        pk("q0", "q1") + pk("q1", "q2") + pk("q2", "q3") + pk("q3", "q2") + pk("q4", "camat")));
    std::vector<std::string> got;
    for (const auto& x : p) got.push_back(x.pointer + ": " + x.message_en);
    CHECK(got == std::vector<std::string>{
                     "/instansi/unit/a/induk: unit \"a\" is its own ancestor (induk cycle)",
                     "/instansi/unit/b/induk: unit \"b\" is its own ancestor (induk cycle)",
                     "/instansi/unit/c/induk: unit \"c\" is its own ancestor (induk cycle)",
                     "/instansi/unit/d/induk: unit \"d\" is its own ancestor (induk cycle)",
                     "/instansi/unit/e/induk: unit \"e\" is its own ancestor (induk cycle)",
                     "/pk/2020/q0/atasan: following atasan from \"q0\" loops back to \"q2\"",
                     "/pk/2020/q1/atasan: following atasan from \"q1\" loops back to \"q2\"",
                     "/pk/2020/q2/atasan: following atasan from \"q2\" loops back to \"q2\"",
                     "/pk/2020/q3/atasan: following atasan from \"q3\" loops back to \"q3\"",
                 });
}

// Before: nlohmann's lexer stopped at the NUL and the rest was never read.
TEST_CASE("a NUL byte anywhere is a syntax error naming its offset, line and column") {
    const std::string doc = document();
    CHECK(problems_of(doc).empty());
    const std::string tail = doc + std::string("\0garbage{{{", 11);
    const auto p = problems_of(tail);
    REQUIRE(p.size() == 1);
    CHECK(p[0].pointer.empty());
    CHECK(p[0].rule == "json.syntax");
    const auto lines = static_cast<std::size_t>(std::count(doc.begin(), doc.end(), '\n'));
    CHECK(p[0].message_en == "invalid JSON: NUL byte at offset " + std::to_string(doc.size()) + " (line " +
                                 std::to_string(lines + 1) + ", column 2); a JSON text cannot contain one");
    const auto in_string = problems_of(std::string("{\"format\": \"sakip\0/1\"}", 22));
    REQUIRE(in_string.size() == 1);
    CHECK(in_string[0].message_en ==
          "invalid JSON: NUL byte at offset 17 (line 1, column 18); a JSON text cannot contain one");
    CHECK(problems_of(doc + " \n\t\r\n").empty());  // trailing whitespace is fine
    CHECK(rules_of(doc + " x") == std::vector<std::string>{" json.syntax"});

    // The file path reads the whole file, NUL included.
    const auto path = std::filesystem::temp_directory_path() / "sakip-test-nul.json";
    {
        std::ofstream out(path, std::ios::binary);
        out << tail;
    }
    const auto f = only_problem_of_file(path);
    CHECK(f.rule == "json.syntax");
    CHECK(f.message_en.find("NUL byte at offset " + std::to_string(doc.size())) != std::string::npos);
    std::filesystem::remove(path);
}

// Before: such figures loaded and the audit silently skipped them.
TEST_CASE("a laporan figure whose ukuran does not fit its ref is a load error") {
    using V = std::vector<std::string>;
    auto fig = [](const std::string& ref, const std::string& ukuran, const std::string& more = "") {
        return problems_of(document("", angka_member("f", ref, ukuran, more)));
    };
    auto p = fig("/renstra/indikator/S1.I1", "serapan");
    REQUIRE(p.size() == 1);
    CHECK(p[0].pointer == "/laporan/2020/angka/f/ref");
    CHECK(p[0].rule == "laporan.ukuran");
    CHECK(p[0].message_en ==
          "ukuran \"serapan\" needs ref to be a sasaran (/renstra/sasaran/<id>), all programs (/dpa/<year>/program), "
          "a program (/dpa/<year>/program/<code>), a kegiatan (/dpa/<year>/program/<code>/kegiatan/<code>), a sub "
          "kegiatan (.../kegiatan/<code>/sub_kegiatan/<code>), all belanja (/dpa/<year>/belanja) or a belanja kind "
          "(/dpa/<year>/belanja/<kind>); \"/renstra/indikator/S1.I1\" is an indicator (/renstra/indikator/<id>)");
    p = fig("", "capaian");
    REQUIRE(p.size() == 1);
    CHECK(p[0].message_en ==
          "ukuran \"capaian\" needs ref to be an indicator (/renstra/indikator/<id>), a program "
          "(/dpa/<year>/program/<code>) or a kegiatan (/dpa/<year>/program/<code>/kegiatan/<code>); "
          "\"\" is none of these");
    CHECK(fig("/instansi", "capaian").at(0).rule == "laporan.ukuran");
    CHECK(fig("/renstra/indikator/S1.I1", "total_rencana").at(0).rule == "laporan.ukuran");
    // porsi: the whole (terhadap) must be an amount too.
    CHECK(rules_of(document("", angka_member("f", "/dpa/2020/program/01", "porsi",
                                             ", \"terhadap\": \"/renstra/indikator/S1.I1\""))) ==
          V{"/laporan/2020/angka/f/terhadap laporan.ukuran"});
    // An unknown ukuran or an unresolved ref is reported once, by its own rule.
    CHECK(rules_of(document("", angka_member("f", "/renstra/indikator/S1.I1", "serapn"))) ==
          V{"/laporan/2020/angka/f/ukuran schema.type"});
    CHECK(rules_of(document("", angka_member("f", "/renstra/indikator/S9", "serapan"))) ==
          V{"/laporan/2020/angka/f/ref laporan.ref"});

    // Every ukuran against every kind of ref: what the audit recomputes (src/audit/laporan.cpp) loads,
    // nothing else does.
    const std::map<std::string, std::string> refs = {
        {"indikator", "/renstra/indikator/S1.I1"},
        {"semua_indikator", "/renstra/indikator"},
        {"sasaran", "/renstra/sasaran/S1"},
        {"semua_sasaran", "/renstra/sasaran"},
        {"dpa", "/dpa/2020"},
        {"semua_program", "/dpa/2020/program"},
        {"program", "/dpa/2020/program/01"},
        {"kegiatan", "/dpa/2020/program/01/kegiatan/0102"},
        {"sub_kegiatan", "/dpa/2020/program/01/kegiatan/0102/sub_kegiatan/010201"},
        {"semua_belanja", "/dpa/2020/belanja"},
        {"belanja", "/dpa/2020/belanja/langsung"},
        {"baris_pk", "/pk/2020/camat/program"},
        {"input", "/realisasi/2020/S1.I1/input/a"},
        {"realisasi", "/realisasi/2020/S1.I1"},
        {"uraian", "/dpa/2020/program/01/uraian"},
        {"root", ""},
        {"instansi", "/instansi"},
        {"periode", "/renstra/periode"},
    };
    const std::set<std::string> anggaran = {"sasaran",      "semua_program", "program", "kegiatan",
                                            "sub_kegiatan", "semua_belanja", "belanja"};
    auto plus = [](std::set<std::string> s, std::initializer_list<std::string> more) {
        s.insert(more);
        return s;
    };
    const std::set<std::string> tahunan = {"dpa",          "semua_program", "program", "kegiatan",
                                           "sub_kegiatan", "semua_belanja", "belanja", "baris_pk",
                                           "input",        "realisasi",     "uraian"};
    const std::map<std::string, std::set<std::string>> fits = {
        {"target", {"indikator"}},
        {"realisasi", {"indikator"}},
        {"capaian", {"indikator", "program", "kegiatan"}},
        {"kategori", {"indikator"}},
        {"rata_rata_capaian", {"sasaran", "semua_indikator"}},
        {"efisiensi", {"sasaran"}},
        {"serapan", anggaran},
        {"porsi", anggaran},
        {"anggaran", anggaran},
        {"realisasi_anggaran", anggaran},
        {"total_rencana", plus(anggaran, {"baris_pk"})},
        {"total_realisasi", plus(anggaran, {"baris_pk"})},
        {"fisik", {"semua_program", "program"}},
        {"target_akhir", {"indikator"}},
        {"kondisi_awal", {"indikator"}},
        {"nilai_input", {"input"}},
        {"jumlah_kategori", {"sasaran", "semua_indikator"}},
        {"jumlah_indikator", {"sasaran", "semua_indikator"}},
        {"jumlah_indikator_tercapai", {"sasaran", "semua_indikator"}},
        {"jumlah_sasaran", {"semua_sasaran"}},
        {"jumlah_program", {"dpa", "semua_program"}},
        {"jumlah_kegiatan", {"dpa", "semua_program"}},
        {"jumlah_sub_kegiatan", {"dpa", "semua_program", "program", "kegiatan"}},
        {"total_capaian", {"sasaran", "semua_indikator"}},
        {"selisih_capaian", {"indikator"}},
        {"selisih_realisasi", {"indikator"}},
        {"perubahan_capaian", {"indikator"}},
        {"perubahan_realisasi", {"indikator"}},
        {"tahun", tahunan},
    };
    REQUIRE(fits.size() == sakip::ukuran_info().size());
    for (const sakip::InfoUkuran& u : sakip::ukuran_info()) {
        const std::string ukuran(u.nama);
        REQUIRE(fits.count(ukuran) == 1);
        std::string more;
        if (ukuran == "porsi") more = ", \"terhadap\": \"/dpa/2020/belanja/langsung\"";
        if (ukuran == "jumlah_kategori") more = ", \"kategori\": \"Baik\"";
        std::string angka;
        for (const auto& [kind, ref] : refs) angka += angka_member(kind, ref, ukuran, more);
        std::set<std::string> refused;
        for (const auto& q : problems_of(document("", angka))) {
            CHECK_MESSAGE(q.rule == "laporan.ukuran", q.to_string());
            refused.insert(q.pointer.substr(std::string("/laporan/2020/angka/").size(),
                                            q.pointer.size() - std::string("/laporan/2020/angka//ref").size()));
        }
        std::set<std::string> loaded;
        for (const auto& [kind, ref] : refs)
            if (!refused.count(kind)) loaded.insert(kind);
        CHECK_MESSAGE(loaded == fits.at(ukuran), ukuran);
    }
}

namespace {
bool always_stop() noexcept { return true; }
}  // namespace

TEST_CASE("loading a large document stops when the interrupt hook asks") {
    const std::string big = document(kegiatan_members(0, 2000));
    CHECK(sakip::load_json(big).find_dpa(2020)->program.at(0).kegiatan.size() == 2001);
    const auto previous = sakip::set_interrupt_hook(&always_stop);
    CHECK_THROWS_AS((void)sakip::load_json(big), sakip::interrupted);
    sakip::set_interrupt_hook(previous);
    CHECK(sakip::load_json(big).find_dpa(2020)->program.at(0).kegiatan.size() == 2001);
}

TEST_CASE("files: the reason a file cannot be read, directories, and files without a size") {
    auto missing = only_problem_of_file("/nonexistent/sakip.json");
    CHECK(missing.rule == "json.io");
    CHECK(missing.message == "tidak dapat membuka /nonexistent/sakip.json: No such file or directory");
    CHECK(missing.message_en == "cannot open /nonexistent/sakip.json: No such file or directory");
    auto dir = only_problem_of_file(std::filesystem::temp_directory_path());
    CHECK(dir.rule == "json.io");
    CHECK(dir.message_en.find("is a directory") != std::string::npos);
    CHECK(dir.message.find("adalah direktori") != std::string::npos);
#if defined(__linux__)
    // /proc files report a size of 0 but have content: it is read, and is not JSON.
    auto proc = only_problem_of_file("/proc/self/status");
    CHECK(proc.rule == "json.syntax");
    CHECK(proc.message_en.find("end of input") == std::string::npos);
    CHECK(proc.message_en.find("line 1, column 1") != std::string::npos);
    // An endless device is refused at the limit, while it is read.
    auto zero = only_problem_of_file("/dev/zero");
    CHECK(zero.rule == "json.limit");
    CHECK(zero.message_en == "file is more than 67108864 bytes; the limit is 67108864 (64 MiB)");
#endif
#if defined(__unix__) || defined(__APPLE__)
    // A FIFO (as `sakip audit <(cat doc.json)` passes): read to its end.
    const auto fifo = std::filesystem::temp_directory_path() / ("sakip-test-fifo-" + std::to_string(::getpid()));
    std::filesystem::remove(fifo);
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const std::string doc = document(kegiatan_members(0, 2000));  // more than a pipe buffer
    // The writer gives up after ten seconds if nobody opens the FIFO for reading (the loader failed).
    std::thread writer([&] {
        int fd = -1;
        for (int i = 0; i < 1000 && fd < 0; ++i) {
            fd = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK);
            if (fd < 0) std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        if (fd < 0) return;
        ::fcntl(fd, F_SETFL, 0);
        for (std::size_t done = 0; done < doc.size();) {
            const auto n = ::write(fd, doc.data() + done, doc.size() - done);
            if (n <= 0) break;
            done += static_cast<std::size_t>(n);
        }
        ::close(fd);
    });
    sakip::Dokumen d;
    CHECK_NOTHROW(d = sakip::load(fifo));
    writer.join();
    std::filesystem::remove(fifo);
    CHECK(d.find_dpa(2020)->program.at(0).kegiatan.size() == 2001);
#endif
}
