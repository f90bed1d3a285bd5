// Ordinal scales, averages, efficiency, trends, AKIP and the batch kernel.
#include <doctest/doctest.h>

#include "support/exact.hpp"

#include <sakip/measure.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

using namespace sakip;
using test_support::D;
using test_support::persen;

namespace {

Rasional pct(long long hundredths) { return Rasional(Rasional::integer(hundredths), 100); }

}  // namespace

TEST_CASE("permendagri_86_2017 bands and the gap-closing rule") {
    const Skala& s = skala("permendagri_86_2017");
    CHECK(kategori(D("91")) == "Sangat Tinggi");
    CHECK(kategori(D("90.5")) == "Sangat Tinggi");
    CHECK(kategori(D("90")) == "Tinggi");
    CHECK(kategori(D("76")) == "Tinggi");
    CHECK(kategori(D("75.5")) == "Tinggi");
    CHECK(kategori(D("75")) == "Sedang");
    CHECK(kategori(D("65.01")) == "Sedang");
    CHECK(kategori(D("65")) == "Rendah");
    CHECK(kategori(D("50.5")) == "Rendah");
    CHECK(kategori(D("50")) == "Sangat Rendah");
    CHECK(kategori(D("-3")) == "Sangat Rendah");
    CHECK(kategori(D("250")) == "Sangat Tinggi");
    CHECK(s.deskripsi().find("batas_atas") != std::string::npos);
    // Read from its printed form by skala_tercetak: the gaps at 50/51, 65/66, 75/76 and 90/91 (its ends
    // are printed open: "≤ 50", "≥ 91").
    CHECK(s.catatan().size() == 4);
    CHECK(s.pita().size() == 5);
    CHECK(s.pita()[3].to_string() == "(75, 90]");
}

TEST_CASE("the seed's Tabel 3.1.1 is data now: read from its printed classes, the bands of lkjip_kajuara_2020") {
    // The classes exactly as examples/data/kajuara-2020.json holds them (printed order: highest first).
    const Skala s = skala_tercetak("tabel_3_1_1", "Skala Pengukuran Ordinal (Tabel 3.1.1)",
                                   {{"> 100 %", "Baik Sekali"},
                                    {"76 % ≤ 100 %", "Baik"},
                                    {"66 % ≤ 75 %", "Cukup"},
                                    {"51 % ≤ 65 %", "Kurang"},
                                    {"≤ 50%", "Sangat Kurang"}});
    CHECK(kategori(D("103.09"), s) == "Baik Sekali");
    CHECK(kategori(D("100"), s) == "Baik");
    CHECK(kategori(D("100.01"), s) == "Baik Sekali");
    CHECK(kategori(D("83.77"), s) == "Baik");
    // The seed's text calls 41,83 % "Cukup"; by its own scale it is Sangat Kurang.
    CHECK(kategori(D("41.83"), s) == "Sangat Kurang");
    CHECK(kategori(D("75.5"), s) == "Baik");
    CHECK(s.pita()[3].to_string() == "(75, 100]");
    CHECK(s.catatan().size() == 3);  // the gaps 50–51, 65–66, 75–76
    CHECK_THROWS_AS(skala("tidak_ada"), sakip::error);
    CHECK_THROWS_WITH_AS(skala("lkjip_kajuara_2020"), doctest::Contains("the shipped scales: permendagri_86_2017"),
                         sakip::error);
    CHECK(daftar_skala() == std::vector<std::string>{"permendagri_86_2017"});
}

TEST_CASE("dense sweep: every value from 0 to 150 in steps of 0,01 is in exactly one band") {
    for (const std::string& name : daftar_skala()) {
        const Skala& s = skala(name);
        for (long long v = 0; v <= 15000; ++v) {
            const Rasional x = pct(v);
            int hits = 0;
            for (const Pita& p : s.pita()) hits += p.contains(x) ? 1 : 0;
            if (hits != 1) FAIL(name << " value " << v << " in " << hits << " bands");
        }
        // and between the hundredths (e.g. 75,005)
        for (long long v = 7490; v <= 7510; ++v) {
            const Rasional x = Rasional(Rasional::integer(2 * v + 1), 200);
            int hits = 0;
            for (const Pita& p : s.pita()) hits += p.contains(x) ? 1 : 0;
            CHECK(hits == 1);
        }
    }
}

TEST_CASE("user-defined scales are validated") {
    std::vector<Pita> ok = {
        {"Kurang", std::nullopt, false, D("50"), false, "< 50"},
        {"Cukup", D("50"), true, D("100"), false, "50–99,99"},
        {"Tercapai", D("100"), true, D("100"), true, "100"},
        {"Melampaui", D("100"), false, std::nullopt, false, "> 100"},
    };
    Skala s("polman", "SIM Kinerja style", ok);
    CHECK(kategori(D("100"), s) == "Tercapai");
    CHECK(kategori(D("49.99"), s) == "Kurang");
    CHECK(kategori(D("50"), s) == "Cukup");
    auto gap = ok;
    gap[1].bawah_inklusif = false;  // 50 in no band
    CHECK_THROWS_WITH_AS(Skala("g", "", gap),
                         "skala \"g\": celah antara pita 1 (Kurang) dan 2 (Cukup): tidak satu pun memuat 50 / scale "
                         "\"g\": gap between bands 1 (Kurang) and 2 (Cukup): neither includes 50",
                         sakip::error);
    auto overlap = ok;
    overlap[0].atas_inklusif = true;  // 50 in two bands
    CHECK_THROWS_WITH_AS(Skala("o", "", overlap), doctest::Contains("overlap"), sakip::error);
    auto hole = ok;
    hole[1].bawah = D("51");
    CHECK_THROWS_WITH_AS(Skala("h", "", hole), doctest::Contains("gap"), sakip::error);
    auto empty = ok;
    empty[2].atas_inklusif = false;
    CHECK_THROWS_AS(Skala("e", "", empty), sakip::error);
    CHECK_THROWS_WITH_AS(Skala("n", "", {}), "skala \"n\": tidak ada pita / scale \"n\": no bands", sakip::error);
    // a bounded scale: values outside have no category
    Skala bounded("b", "",
                  {{"Rendah", D("0"), true, D("50"), true, ""}, {"Tinggi", D("50"), false, D("100"), true, ""}});
    CHECK_FALSE(kategori(D("-1"), bounded));
    CHECK_FALSE(kategori(D("100.01"), bounded));
    CHECK(kategori(D("0"), bounded) == "Rendah");
}

TEST_CASE("arithmetic mean: the seed's sasaran 1 average") {
    // capaian computed exactly (10000/97, 10000/94, 32/90/85) average to 83,77 as printed
    const Capaian a = capaian(D("100"), D("97"), Polaritas::positif);
    const Capaian b = capaian(D("100"), D("94"), Polaritas::positif);
    const Capaian c = capaian(rasio(Rasional(32), Rasional(90)).exact, D("85"), Polaritas::positif);
    const std::vector<Hasil> members = {a, b, c};
    RataRata r = rata_rata(members, MetodeRataRata::aritmetik);
    CHECK(persen(r) == "83.77");
    CHECK(r.trace.included == 3);
    // from the printed, rounded capaian
    const std::optional<Rasional> printed[] = {D("103.09"), D("106.38"), D("41.83")};
    CHECK(persen(rata_rata(printed, MetodeRataRata::aritmetik)) == "83.77");
    // undefined members are excluded and counted
    const std::optional<Rasional> some[] = {D("100"), std::nullopt, D("90")};
    r = rata_rata(some, MetodeRataRata::aritmetik);
    CHECK(persen(r) == "95.00");
    CHECK(r.trace.excluded == 1);
    CHECK(r.trace.included == 2);
    const std::optional<Rasional> none[] = {std::nullopt};
    CHECK(rata_rata(none, MetodeRataRata::aritmetik).status == Status::undefined);
    const std::optional<Rasional> signed_[] = {D("-10"), D("20")};
    CHECK(persen(rata_rata(signed_, MetodeRataRata::aritmetik)) == "5.00");
}

TEST_CASE("geometric mean: the PMK 22/2021 worked example") {
    const std::optional<Rasional> a[] = {Rasional(5, 5) * Rasional(100), Rasional(9, 10) * Rasional(100)};
    const std::optional<Rasional> b[] = {Rasional(2, 3) * Rasional(100), Rasional(4, 6) * Rasional(100),
                                         Rasional(5, 5) * Rasional(100)};
    const RataRata ga = rata_rata(a, MetodeRataRata::geometrik);
    const RataRata gb = rata_rata(b, MetodeRataRata::geometrik);
    CHECK(persen(ga) == "94.87");
    CHECK(persen(gb) == "76.31");
    CHECK_FALSE(ga.exact);  // irrational: kept as an exact root
    const std::optional<Akar> program[] = {ga.akar, gb.akar};
    const RataRata gp = rata_rata(program, MetodeRataRata::geometrik);
    CHECK(persen(gp) == "85.09");
    const std::optional<Akar> with_full[] = {gp.akar, Akar(Rasional(100))};
    CHECK(persen(rata_rata(with_full, MetodeRataRata::geometrik)) == "92.24");
    // exact roots come back rational
    const std::optional<Rasional> sq[] = {Rasional(4), Rasional(9)};
    const RataRata g6 = rata_rata(sq, MetodeRataRata::geometrik);
    CHECK(g6.exact == Rasional(6));
    CHECK(persen(g6) == "6.00");
    const std::optional<Rasional> neg[] = {Rasional(-4), Rasional(9)};
    CHECK(rata_rata(neg, MetodeRataRata::geometrik).status == Status::undefined);
    const std::optional<Rasional> zero[] = {Rasional(0), Rasional(9)};
    CHECK(persen(rata_rata(zero, MetodeRataRata::geometrik)) == "0.00");
    // many places: sqrt(2) = 1.41421356237309504880...
    const std::optional<Rasional> two[] = {Rasional(1), Rasional(2)};
    CHECK(rata_rata(two, MetodeRataRata::geometrik, 20).value->to_string() == "1.41421356237309504880");
    CHECK(rata_rata(two, MetodeRataRata::geometrik, 3, Rounding::up).value->to_string() == "1.415");
    CHECK(rata_rata(two, MetodeRataRata::geometrik, 3, Rounding::down).value->to_string() == "1.414");
    CHECK_THROWS_AS(rata_rata(program, MetodeRataRata::aritmetik), sakip::error);
    CHECK(parse_metode_rata_rata("geometrik") == MetodeRataRata::geometrik);
}

TEST_CASE("integer root") {
    using I = Rasional::integer;
    CHECK(iroot(I(0), 3) == 0);
    CHECK(iroot(I(26), 3) == 2);
    CHECK(iroot(I(27), 3) == 3);
    I big = boost::multiprecision::pow(I(10), 60) + 1;
    CHECK(iroot(big, 2) == boost::multiprecision::pow(I(10), 30));
    CHECK(iroot(big - 2, 2) == boost::multiprecision::pow(I(10), 30) - 1);
    for (unsigned n = 1; n < 8; ++n) {
        for (int x = 0; x < 300; ++x) {
            const I r = iroot(I(x), n);
            CHECK(boost::multiprecision::pow(r, n) <= x);
            CHECK(boost::multiprecision::pow(r + 1, n) > x);
        }
    }
}

TEST_CASE("serapan, pangsa and efficiency") {
    CHECK(persen(serapan(Rupiah(85563728).value(), Rupiah(88799000).value())) == "96.36");
    const std::vector<Anggaran> lines = {{Rupiah(100), Rupiah(99)}, {Rupiah(300), Rupiah(299)}};
    Hasil s = serapan(lines);
    CHECK(persen(s) == "99.50");
    CHECK(s.trace.formula == "Σ RA / Σ PA × 100");
    CHECK(serapan(Rasional(5), Rasional(0)).status == Status::undefined);
    CHECK(persen(pangsa(Rasional(1), Rasional(3))) == "33.33");
    // the seed's Tabel 3.3.4 "5 = 3 − 4": 83,77 − 99,50 = −15,73 (signed; the text prints 15,73)
    Hasil e = efisiensi(D("83.77"), D("99.50"));
    CHECK(persen(e) == "-15.73");
    CHECK(e.trace.variant == "selisih");
    CHECK(persen(efisiensi(D("100"), D("100"))) == "0.00");
    CHECK(persen(efisiensi(D("83.77"), D("99.50"), MetodeEfisiensi::rasio)) == "84.19");
    CHECK(efisiensi(D("83.77"), D("0"), MetodeEfisiensi::rasio).status == Status::undefined);
    CHECK(parse_metode_efisiensi("rasio") == MetodeEfisiensi::rasio);
}

TEST_CASE("PMK 214/2017 efficiency and nilai efisiensi") {
    // PAK 1.000.000 with CK 100 % and RAK 900.000; PAK 500.000 with CK 80 % and RAK 400.000:
    // Σ PAK·CK = 1.400.000, Σ RAK = 1.300.000 → E = 100.000 / 1.400.000 = 7,14 %
    const std::vector<KeluaranPmk214> k = {{Rasional(1000000), Rasional(100), Rasional(900000)},
                                           {Rasional(500000), Rasional(80), Rasional(400000)}};
    Hasil e = efisiensi_pmk214(k);
    CHECK(persen(e) == "7.14");
    CHECK(*e.exact == Rasional(50, 7));
    Hasil ne = nilai_efisiensi_pmk214(*e.exact);  // 50 + 7,142857/20 × 50 = 67,857142...
    CHECK(persen(ne) == "67.86");
    CHECK(ne.status == Status::ok);
    CHECK(persen(nilai_efisiensi_pmk214(Rasional(20))) == "100.00");
    CHECK(persen(nilai_efisiensi_pmk214(Rasional(0))) == "50.00");
    CHECK(persen(nilai_efisiensi_pmk214(Rasional(-20))) == "0.00");
    Hasil capped = nilai_efisiensi_pmk214(Rasional(30));
    CHECK(capped.status == Status::capped);
    CHECK(persen(capped) == "100.00");
    CHECK(nilai_efisiensi_pmk214(Rasional(-30)).status == Status::capped);
    CHECK(efisiensi_pmk214(std::vector<KeluaranPmk214>{}).status == Status::undefined);
}

TEST_CASE("trends") {
    CHECK(persen(selisih_tahunan(D("41.83"), D("35"))) == "6.83");
    CHECK(selisih_tahunan(std::nullopt, D("35")).status == Status::missing);
    CHECK(persen(perubahan_persen(D("41.83"), D("35"))) == "19.51");
    CHECK(persen(kesenjangan_target_akhir(D("35.55"), D("85"))) == "49.45");
    CHECK(persen(kesenjangan_target_akhir(D("6.5"), D("5"), Polaritas::negatif)) == "1.50");
    CHECK(persen(laju_linear(D("35.55"), D("85"), 3)) == "16.48");
    // 100 → 121 in 2 years: exactly 10 % a year
    Hasil m = laju_majemuk(D("100"), D("121"), 2);
    CHECK(persen(m) == "10.00");
    CHECK(m.exact == Rasional(10));
    // 100 → 200 in 3 years: 2^(1/3) − 1 = 25,992104989...%
    m = laju_majemuk(D("100"), D("200"), 3);
    CHECK(persen(m) == "25.99");
    CHECK_FALSE(m.exact);
    // decline: 100 → 81 in 2 years = −10 %; 100 → 50 in 1 year = −50 %
    CHECK(persen(laju_majemuk(D("100"), D("81"), 2)) == "-10.00");
    CHECK(persen(laju_majemuk(D("100"), D("50"), 3)) == "-20.63");  // 0,5^(1/3) = 0,7937005...
    CHECK(laju_majemuk(D("0"), D("50"), 3).status == Status::undefined);
    CHECK_THROWS_AS(laju_linear(D("1"), D("2"), 0), sakip::error);
}

TEST_CASE("Akar rounding with a negative offset rounds the signed value") {
    // 100 × 0,5^(1/3) − 100 = −20,629947...: half_up −20,63, down −20,62, floor −20,63, ceiling −20,62
    const Akar a(Rasional(1, 2), 3);
    CHECK(a.round(2, Rounding::half_up, 100, -100).to_string() == "-20.63");
    CHECK(a.round(2, Rounding::down, 100, -100).to_string() == "-20.62");
    CHECK(a.round(2, Rounding::floor, 100, -100).to_string() == "-20.63");
    CHECK(a.round(2, Rounding::ceiling, 100, -100).to_string() == "-20.62");
    // an exact tie: sqrt(1/4) × 1 − 0 = 0,5 at 0 places
    const Akar half(Rasional(1, 4), 2);
    CHECK(half.round(0, Rounding::half_up).to_string() == "1");
    CHECK(half.round(0, Rounding::half_even).to_string() == "0");
    CHECK(half.round(0, Rounding::half_down).to_string() == "0");
    CHECK(half.round(0, Rounding::half_up, 1, -1).to_string() == "-1");  // −0,5 → −1
}

TEST_CASE("AKIP grade edges (PermenPAN-RB 88/2021)") {
    auto g = [](const char* v) { return std::string(predikat_akip(D(v)).kode); };
    CHECK(g("100") == "AA");
    CHECK(g("90.01") == "AA");
    CHECK(g("90") == "A");
    CHECK(g("80.01") == "A");
    CHECK(g("80") == "BB");
    CHECK(g("70") == "B");
    CHECK(g("60") == "CC");
    CHECK(g("50") == "C");
    CHECK(g("30.01") == "C");
    CHECK(g("30") == "D");
    CHECK(g("0") == "D");
    CHECK(std::string(predikat_akip(D("80")).sebutan) == "Sangat Baik");
    CHECK_THROWS_AS(predikat_akip(D("100.01")), sakip::error);
    CHECK_THROWS_AS(predikat_akip(D("-0.01")), sakip::error);
}

TEST_CASE("AKIP score from answers") {
    CHECK(komponen_akip().size() == 4);
    Rasional total;
    for (const auto& k : komponen_akip()) total += Rasional(k.bobot);
    CHECK(total == Rasional(100));
    std::vector<JawabanAkip> answers;
    for (const auto& k : komponen_akip()) {
        answers.push_back({k.kode, SubKomponenAkip::pemenuhan, {"Y", "Y", "T", "Y"}});  // 3/4
        answers.push_back({k.kode, SubKomponenAkip::kualitas, {"A", "B", "C"}});        // 3/4
        answers.push_back({k.kode, SubKomponenAkip::pemanfaatan, {"B", "0.75"}});       // 3/4
    }
    HasilAkip h = nilai_akip(answers);
    CHECK(persen(h.nilai) == "75.00");
    REQUIRE(h.predikat);
    CHECK(std::string(h.predikat->kode) == "BB");
    CHECK(h.komponen.size() == 4);
    CHECK(persen(h.komponen[0].second) == "22.50");  // 30 × 3/4
    CHECK(persen(h.komponen[2].second) == "11.25");  // 15 × 3/4
    answers.pop_back();
    h = nilai_akip(answers);
    CHECK(h.nilai.status == Status::missing);
    CHECK(h.nilai.trace.reason.find("evaluasi_internal.pemanfaatan") != std::string::npos);
    CHECK_FALSE(h.predikat);
    answers.push_back({"tidak_ada", SubKomponenAkip::pemenuhan, {"Y"}});
    CHECK_THROWS_AS(nilai_akip(answers), sakip::error);
    CHECK(nilai_jawaban("C") == Rasional(1, 2));
    CHECK_THROWS_AS(nilai_jawaban("F"), sakip::error);
    CHECK_THROWS_AS(nilai_jawaban("1.5"), sakip::error);
}

TEST_CASE("capaian_batch equals the scalar function") {
    std::mt19937_64 rng(20200);
    const std::size_t n = 20000;
    std::vector<std::int64_t> R(n), T(n), out(n);
    std::vector<std::uint8_t> def(n);
    std::uniform_int_distribution<std::int64_t> small(-50, 20000);
    std::uniform_int_distribution<std::int64_t> large(-1000000000000LL, 1000000000000000LL);
    for (std::size_t i = 0; i < n; ++i) {
        R[i] = (i % 3 == 0) ? large(rng) : small(rng);
        T[i] = (i % 5 == 0) ? large(rng) : small(rng);
        if (i % 97 == 0) T[i] = 0;
        if (i % 89 == 0) R[i] = 0;
    }
    R[0] = 10000;
    T[0] = 9700;
    for (Polaritas p : {Polaritas::positif, Polaritas::negatif, Polaritas::stabil}) {
        for (VarianNegatif v : {VarianNegatif::pengurangan, VarianNegatif::rasio_terbalik}) {
            capaian_batch(R.data(), T.data(), n, 2, p, out.data(), def.data(), v);
            CapaianPolicy policy;
            policy.negatif = v;
            for (std::size_t i = 0; i < n; ++i) {
                const Capaian c = capaian(Decimal(R[i]), Decimal(T[i]), p, policy);
                REQUIRE(static_cast<bool>(def[i]) == c.defined());
                if (c.defined()) {
                    REQUIRE(Decimal::from_parts(out[i], 2) == *c.value);
                }
            }
        }
    }
    capaian_batch(R.data(), T.data(), 1, 2, Polaritas::positif, out.data(), def.data());
    CHECK(out[0] == 10309);
    CHECK_THROWS_AS(capaian_batch(R.data(), T.data(), n, 2, Polaritas::rentang, out.data(), def.data()), sakip::error);
    std::int64_t huge = INT64_MAX, one = 1, o = 0;
    std::uint8_t d = 0;
    CHECK_THROWS_AS(capaian_batch(&huge, &one, 1, 0, Polaritas::positif, &o, &d), sakip::overflow_error);
}

TEST_CASE("Rasional basics") {
    CHECK(Rasional(D("0.50")) == Rasional(1, 2));
    CHECK(Rasional(D("1E+3")) == Rasional(1000));
    CHECK(Rasional(2, -4) == Rasional(-1, 2));
    CHECK(Rasional(-1, 2).to_string() == "-1/2");
    CHECK(Rasional(1, 3).round(2).to_string() == "0.33");
    CHECK(Rasional(-2675, 1000).round(2).to_string() == "-2.68");
    CHECK(Rasional(-2675, 1000).round(2, Rounding::half_even).to_string() == "-2.68");
    CHECK(Rasional(-2665, 1000).round(2, Rounding::half_even).to_string() == "-2.66");
    CHECK(Rasional(-2665, 1000).round(2, Rounding::floor).to_string() == "-2.67");
    CHECK(Rasional(1255).round(-1).to_string() == "1260");
    CHECK(Rasional(1, 8).to_decimal()->to_string() == "0.125");
    CHECK_FALSE(Rasional(1, 3).to_decimal());
    CHECK_THROWS_AS(Rasional(1) / Rasional(0), sakip::division_by_zero);
    CHECK(Rasional(1, 3) < Rasional(1, 2));
}

TEST_CASE("Rasional: the machine-word fast paths agree with Decimal division in every mode") {
    // Values below 2^64 take the word-sized gcd / floor-division route; Decimal::divide is an
    // independent implementation. Negative numerators, exact quotients and ties are all covered.
    const Rounding modes[] = {Rounding::half_up, Rounding::half_even, Rounding::half_down, Rounding::down,
                              Rounding::up,      Rounding::ceiling,   Rounding::floor};
    std::size_t checked = 0;
    for (long long n = -250; n <= 250; n += 7) {
        for (long long d = 1; d <= 40; ++d) {
            const Rasional r{Rasional::integer(n), Rasional::integer(d)};
            for (int places = 0; places <= 3; ++places)
                for (Rounding m : modes) {
                    const Decimal want = divide(Decimal(n), Decimal(d), places, m);
                    INFO(n, "/", d, " at ", places, " places, mode ", static_cast<int>(m));
                    CHECK(r.round(places, m) == want);
                    ++checked;
                }
        }
    }
    CHECK(checked == 72 * 40 * 4 * 7);
    // Reduction with a sign, on both routes: small, and beyond 64 bits.
    CHECK(Rasional(Rasional::integer(-6), Rasional::integer(4)).to_string() == "-3/2");
    const Rasional::integer big = Rasional::integer(1) << 70;
    CHECK(Rasional(-3 * big, 6 * big).to_string() == "-1/2");
    CHECK(Rasional(-(big + 1), Rasional::integer(1)).round(0).to_string() == "-1180591620717411303425");
    // Exact negative quotients keep their sign (a regression of the fast path).
    CHECK(Rasional(Rasional::integer(-100), Rasional::integer(2)).round(2).to_string() == "-50.00");
    CHECK(Rasional(Rasional::integer(-9), Rasional::integer(3)).round(0, Rounding::floor).to_string() == "-3");
}
