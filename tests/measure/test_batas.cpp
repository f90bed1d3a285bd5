// Limits of the measures (issue 12): bounded roots, interruptible root and power loops, and
// parameters outside their range refused before any work.
#include <doctest/doctest.h>

#include <sakip/interrupt.hpp>
#include <sakip/measure.hpp>

#include <atomic>
#include <random>
#include <string>
#include <vector>

using namespace sakip;
using I = Rasional::integer;

namespace {

std::string message_of(auto&& f) {
    try {
        f();
    } catch (const std::exception& e) {
        return e.what();
    }
    return "(no exception)";
}

std::atomic<int> g_asked{0};
bool stop_hook() noexcept {
    ++g_asked;
    return true;
}
struct StopGuard {
    interrupt_hook previous = set_interrupt_hook(&stop_hook);
    StopGuard() { g_asked = 0; }
    ~StopGuard() { set_interrupt_hook(previous); }
};

}  // namespace

TEST_CASE("iroot is exact on large roots, high degrees and near perfect powers") {
    std::mt19937_64 rng(12);
    for (int i = 0; i < 300; ++i) {
        // x of 1..2000 bits, n of 1..300: roots of up to 2000 bits (the Newton path above 64 bits)
        const unsigned bits = 1 + static_cast<unsigned>(rng() % 2000);
        I x = 0;
        for (unsigned b = 0; b < bits; b += 64) x = (x << 64) | I(rng());
        x >>= (x.is_zero() ? 0 : static_cast<unsigned>(boost::multiprecision::msb(x) + 1 - bits) % 64);
        const unsigned n = 1 + static_cast<unsigned>(rng() % 300);
        const I r = iroot(x, n);
        CHECK(boost::multiprecision::pow(r, n) <= x);
        CHECK(boost::multiprecision::pow(r + 1, n) > x);
    }
    // perfect powers and their neighbours, where Newton's last step decides
    for (unsigned n : {2u, 3u, 7u, 64u, 65u, 1000u, 4096u}) {
        for (const I& base :
             std::vector<I>{2, 3, 1000003, (I(1) << 100) + 7, I(boost::multiprecision::pow(I(10), 40))}) {
            const I p = boost::multiprecision::pow(base, n);
            CHECK(iroot(p, n) == base);
            CHECK(iroot(p - 1, n) == base - 1);
            CHECK(iroot(p + 1, n) == base);
        }
    }
}

TEST_CASE("laju_majemuk: sisa_tahun above 100 is refused before any work") {
    CHECK(laju_majemuk_max_tahun == 100);
    CHECK(laju_majemuk(Rasional(50), Rasional(100), 100).value->to_string() == "0.70");  // 2^(1/100) = 1,00695…
    const std::string m = message_of([] { (void)laju_majemuk(Rasional(50), Rasional(100), 1000000); });
    CHECK(m ==
          "laju_majemuk: sisa_tahun 1000000 melebihi batas 100 tahun / sisa_tahun 1000000 above the limit of "
          "100 years");
    CHECK_THROWS_AS((void)laju_majemuk(Rasional(50), Rasional(100), 101), sakip::error);
}

TEST_CASE("rata_rata geometrik: more than 4096 members is refused before any work, 4096 is computed") {
    std::vector<std::optional<Rasional>> v(4097, Rasional(Rasional::integer(9731), 100));
    const std::string m =
        message_of([&] { (void)rata_rata(std::span<const std::optional<Rasional>>(v), MetodeRataRata::geometrik); });
    CHECK(m ==
          "rata_rata geometrik: 4097 anggota, derajat akar lebih dari batas 4096 / 4097 members, root degree above "
          "the limit 4096 (members × lcm of the nested degrees)");
    v.pop_back();
    v.back() = Rasional(Rasional::integer(9732), 100);
    // 97,31^(4095/4096) · 97,32^(1/4096) = 97,3100024413…
    const RataRata r = rata_rata(std::span<const std::optional<Rasional>>(v), MetodeRataRata::geometrik, 6);
    CHECK(r.value->to_string() == "97.310002");
    CHECK_FALSE(r.exact);
    // nested means multiply the degrees: 2 members of degree 4096 make 8192
    std::vector<std::optional<Akar>> nested(2, r.akar);
    CHECK_THROWS_AS((void)rata_rata(std::span<const std::optional<Akar>>(nested), MetodeRataRata::geometrik),
                    sakip::error);
    CHECK_THROWS_AS(Akar(Rasional(2), akar_max_degree + 1), sakip::error);
}

TEST_CASE("root and power loops stop at the interrupt hook") {
    StopGuard guard;
    CHECK_THROWS_AS((void)laju_majemuk(Rasional(50), Rasional(100), 100), sakip::interrupted);
    CHECK(g_asked.load() >= 1);
    std::vector<std::optional<Rasional>> v(300, Rasional(Rasional::integer(9731), 100));
    CHECK_THROWS_AS((void)rata_rata(std::span<const std::optional<Rasional>>(v), MetodeRataRata::geometrik),
                    sakip::interrupted);
    CHECK_THROWS_AS((void)iroot(I(1) << 5000, 3), sakip::interrupted);
}

TEST_CASE("places outside -1000..1000 are refused before a power of ten is built") {
    CHECK_THROWS_AS((void)Rasional(1, 3).round(100000000), sakip::overflow_error);
    CHECK_THROWS_AS((void)Akar(Rasional(2), 2).round(100000000), sakip::overflow_error);
    // a root whose result cannot fit 38 digits is refused from the sizes alone
    CHECK_THROWS_AS((void)Akar(Rasional(2), 4096).round(1000), sakip::overflow_error);
    CHECK(Rasional(1, 3).round(38).to_string() == "0.33333333333333333333333333333333333333");
}

TEST_CASE("a cap below 100 is refused before anything is computed") {
    CapaianPolicy p;
    p.cap = Decimal(std::string_view("-5"));
    CHECK(message_of([&] { (void)capaian(Rasional(130), Rasional(100), Polaritas::positif, p); }) ==
          "cap -5 kurang dari 100 / cap -5 below 100: a cap limits a capaian above 100 %");
    p.cap = Decimal(std::string_view("99.99"));
    CHECK_THROWS_AS((void)capaian_rentang(Rasional(1), Rasional(2), Rasional(3), p), sakip::error);
    p.cap = Decimal(std::string_view("100"));
    CHECK(capaian(Rasional(130), Rasional(100), Polaritas::positif, p).value->to_string() == "100.00");
}

TEST_CASE("realisasi_triwulan takes 1 to 4 quarters") {
    const std::optional<Rasional> five[] = {Rasional(1), Rasional(2), Rasional(3), Rasional(4), Rasional(5)};
    CHECK(message_of([&] { (void)realisasi_triwulan(five, AgregasiTriwulan::kumulatif); }) ==
          "realisasi_triwulan: 5 triwulan; setahun punya 1 sampai 4 triwulan / 5 quarters; a year has 1 to 4 "
          "(TW I–IV, None for one not reported)");
    CHECK_THROWS_AS((void)realisasi_triwulan({}, AgregasiTriwulan::kumulatif), sakip::error);
    CHECK(realisasi_triwulan(std::span(five, 4), AgregasiTriwulan::kumulatif).value->to_string() == "10.00");
}
