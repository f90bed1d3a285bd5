// Issue 13: one formula language. The previous year's input is name[n-1] (canonical) or prev(name)
// (alias); both are the same reference, parsed by the one Ekspresi parser the loader also uses.
#include <doctest/doctest.h>

#include <sakip/error.hpp>
#include <sakip/measure.hpp>

#include <optional>
#include <string>
#include <vector>

using sakip::Ekspresi;
using sakip::Hasil;
using sakip::JenisRumus;
using sakip::NilaiInput;
using sakip::Rasional;
using sakip::Rumus;
using sakip::Status;
using V = std::vector<std::string>;

namespace {

Rumus ekspresi(std::string text) {
    Rumus r;
    r.jenis = JenisRumus::ekspresi;
    r.ekspresi = std::move(text);
    return r;
}

struct Gagal {
    std::string reason;  // Indonesian
    std::string reason_en;
    std::size_t offset = 0;
};

Gagal gagal(const char* text) {
    try {
        (void)Ekspresi::parse(text);
    } catch (const sakip::parse_error& e) {
        return {e.reason(), e.reason_en(), e.offset()};
    }
    return {"parsed", "parsed", 9999};
}

}  // namespace

TEST_CASE("rumus: prev(x) and x[n-1] are one reference, keyed x[n-1]") {
    CHECK(Ekspresi::parse("(prev(p) - p) / prev(p) * 100").names() == V{"p[n-1]", "p"});
    CHECK(Ekspresi::parse("(p[n-1] - p) / p[n-1] * 100").names() == V{"p[n-1]", "p"});
    CHECK(Ekspresi::parse("prev(p) + p[n-1]").names() == V{"p[n-1]"});  // one input, read once
    CHECK(Ekspresi::parse("prev ( p ) + q[n]").names() == V{"p[n-1]", "q"});
    CHECK(Ekspresi::parse("q[n] + q").names() == V{"q"});
    // `prev` not followed by '(' is an ordinary name
    CHECK(Ekspresi::parse("prev + 1").names() == V{"prev"});
    CHECK(Ekspresi::parse("prev(prev)").names() == V{"prev[n-1]"});
    // inputs(): the declared inputs read in either year (what the loader checks against iku.input)
    CHECK(Ekspresi::parse("(prev(p) - q) / p[n-1] + r[n]").inputs() == V{"p", "q", "r"});
}

TEST_CASE("rumus: % penurunan from last year's and this year's counts") {
    const NilaiInput now{{"pelanggaran", Rasional(30)}};
    const NilaiInput before{{"pelanggaran", Rasional(40)}};
    // (40 − 30) / 40 × 100 = 25 %
    for (const char* text : {"(prev(pelanggaran) - pelanggaran) / prev(pelanggaran) * 100",
                             "(pelanggaran[n-1] - pelanggaran) / pelanggaran[n-1] × 100"}) {
        CAPTURE(text);
        const Hasil h = sakip::realisasi_iku(ekspresi(text), now, &before);
        REQUIRE(h.status == Status::ok);
        CHECK(*h.exact == Rasional(25));
        CHECK(h.value->to_string() == "25.00");
        CHECK(h.trace.formula == text);
        REQUIRE(h.trace.inputs.size() == 2);
        CHECK(h.trace.inputs[0].first == "pelanggaran[n-1]");
        CHECK(h.trace.inputs[0].second == Rasional(40));
        CHECK(h.trace.inputs[1].first == "pelanggaran");
        CHECK(h.trace.inputs[1].second == Rasional(30));
    }
    // 40 → 35: 12,5 %, rounded half up at 2 places to 12,50; exact stays 25/2
    const NilaiInput now35{{"pelanggaran", Rasional(35)}};
    const Hasil h =
        sakip::realisasi_iku(ekspresi("(prev(pelanggaran) - pelanggaran) / prev(pelanggaran) * 100"), now35, &before);
    CHECK(*h.exact == Rasional(25, 2));
    // the model's penurunan_persen is the same figure
    Rumus turun;
    turun.jenis = JenisRumus::penurunan_persen;
    turun.input = "pelanggaran";
    CHECK(*sakip::realisasi_iku(turun, now, &before).exact == Rasional(25));
}

TEST_CASE("rumus: no previous year, or a zero one, is not a value") {
    const Rumus r = ekspresi("(prev(p) - p) / prev(p) * 100");
    const NilaiInput now{{"p", Rasional(30)}};
    // the first year of the data: missing, naming the input; never 0
    Hasil h = sakip::realisasi_iku(r, now, nullptr);
    CHECK(h.status == Status::missing);
    CHECK_FALSE(h.exact);
    CHECK(h.trace.reason == "input 'p[n-1]' not reported");
    const NilaiInput other{{"q", Rasional(1)}};
    h = sakip::realisasi_iku(r, now, &other);
    CHECK(h.status == Status::missing);
    CHECK(h.trace.reason == "input 'p[n-1]' not reported");
    // last year 0: division by zero is undefined, not an exception
    const NilaiInput zero{{"p", Rasional(0)}};
    h = sakip::realisasi_iku(r, now, &zero);
    CHECK(h.status == Status::undefined);
    CHECK(h.trace.reason == "division by zero");
}

TEST_CASE("rumus: errors of the previous-year reference carry the offset") {
    CHECK(gagal("prev(").offset == 5);
    CHECK(gagal("prev(").reason == "prev( harus diikuti nama masukan");
    CHECK(gagal("prev(").reason_en == "prev( must be followed by an input name");
    CHECK(gagal("prev(1)").offset == 5);
    CHECK(gagal("prev()").offset == 5);
    CHECK(gagal("1 + prev(p").offset == 10);
    CHECK(gagal("1 + prev(p").reason == "')' untuk prev( yang dibuka pada posisi 4 tidak ditemukan");
    CHECK(gagal("1 + prev(p").reason_en == "missing ')' for the prev( opened at offset 4");
    CHECK(gagal("prev(p[n-1])").offset == 6);  // prev of a previous year: no
    CHECK(gagal("prev(p + q)").offset == 7);   // a name, not an expression
    CHECK(gagal("p [n-1]").offset == 2);       // the year follows the name directly
    CHECK(gagal("p[n-2]").offset == 1);
    CHECK(gagal("p[n-2]").reason == "hanya nama[n] dan nama[n-1] yang boleh mengikuti nama");
    CHECK(gagal("p[n-2]").reason_en == "only name[n] and name[n-1] may follow a name");
    CHECK(gagal("(p - 1").reason == "')' untuk '(' yang dibuka pada posisi 0 tidak ditemukan");
    CHECK(gagal("(p - 1").reason_en == "missing ')' for the '(' opened at offset 0");
    // The scanner's reason, one translation for both parsers.
    CHECK(gagal("1 + 2 $").reason == "karakter tidak diharapkan");
    CHECK(gagal("1 + 2 $").reason_en == "unexpected character");
    CHECK(gagal("1 + 2 $").offset == 6);
    CHECK(gagal("prev(p)[n-1]").offset == 7);
}
