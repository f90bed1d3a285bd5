// Uses only the header-only exact core (sakip::core): no sakip library is linked, so this program
// links only if Decimal, Rupiah, their reading and writing, percent and the measures are all
// inline. The figures are the Kajuara LKjIP 2020's (Tabel 3.3.1, 3.3.4 and 3.3.9) and hand-checked
// arithmetic; any difference makes the exit status non-zero.
#include <sakip/decimal/decimal.hpp>
#include <sakip/decimal/format.hpp>
#include <sakip/decimal/rupiah.hpp>
#include <sakip/decimal/sen_column.hpp>
#include <sakip/decimal/terbilang.hpp>
#include <sakip/measure/agregasi.hpp>
#include <sakip/measure/capaian.hpp>
#include <sakip/measure/efisiensi.hpp>
#include <sakip/measure/skala.hpp>

#include <array>
#include <cstdint>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace {

int failures = 0;

template <class A, class B>
void check(const char* what, const A& got, const B& want) {
    if (!(got == want)) {
        std::cout << "FAIL " << what << ": got " << got << ", want " << want << "\n";
        ++failures;
    }
}

std::string figure(const sakip::Hasil& h) { return h.value ? h.value->to_string() : "undefined"; }

}  // namespace

int main() {
    using sakip::Decimal;
    using sakip::Rasional;
    using sakip::Rupiah;

    // Decimal: exact + - *, explicit rounding, one rounding in percent.
    check("0.1 + 0.2", Decimal("0.1") + Decimal("0.2"), Decimal("0.3"));
    check("1.25 * 3 - 0.75", (Decimal("1.25") * 3 - Decimal("0.75")).to_string(), std::string("3.00"));
    check("2.675 half_up", Decimal("2.675").quantize(2).to_string(), std::string("2.68"));
    check("2.665 half_even", Decimal("2.665").quantize(2, sakip::Rounding::half_even).to_string(), std::string("2.66"));
    check("divide 1/3", sakip::divide(Decimal(1), Decimal(3), 4).to_string(), std::string("0.3333"));

    // Rupiah: reading the document's forms, writing PUEBI and the short form (Tabel 3.3.9, program 02).
    const Rupiah pagu = Rupiah::parse("88.799.000,00");
    const Rupiah realisasi = Rupiah::parse("Rp 85.563.728,-");
    check("pagu sen", pagu.sen(), Decimal::coefficient_type(8879900000));
    check("format puebi", realisasi.format(), std::string("Rp85.563.728,00"));
    check("format ringkas", (pagu - realisasi).format(sakip::RupiahFormat::ringkas()), std::string("Rp3.235.272"));
    check("format_angka", sakip::format_angka(Decimal("1234567.89")), std::string("1.234.567,89"));
    check("terbilang", sakip::terbilang(Rupiah::parse("900.500,50")),
          std::string("sembilan ratus ribu lima ratus rupiah lima puluh sen"));
    const std::array<std::int64_t, 3> sen{8879900000, 8556372800, -100};
    check("sum_sen", sakip::sum_sen(sen), Decimal::coefficient_type(17436272700));

    // percent and serapan: 85.563.728 / 88.799.000 × 100 = 96,356... → 96,36 %.
    check("percent", sakip::percent(realisasi.value(), pagu.value()), Decimal("96.36"));
    check("format_persen", sakip::format_persen(sakip::percent(realisasi.value(), pagu.value())),
          std::string("96,36 %"));
    check("serapan", figure(sakip::serapan(Rasional(realisasi.value()), Rasional(pagu.value()))), std::string("96.36"));

    // capaian: R 100 against T 97 → 103,09 %; negatif (2T − R)/T: R 3 against T 4 → 125,00 %; 0/0 undefined.
    const sakip::Capaian c = sakip::capaian(Rasional(100), Rasional(97), sakip::Polaritas::positif);
    check("capaian positif", figure(c), std::string("103.09"));
    check("capaian exact", c.exact->to_string(), std::string("10000/97"));
    check("capaian negatif", figure(sakip::capaian(Rasional(3), Rasional(4), sakip::Polaritas::negatif)),
          std::string("125.00"));
    check("capaian 0/0", figure(sakip::capaian(Rasional(0), Rasional(0), sakip::Polaritas::positif)),
          std::string("undefined"));

    // kategori on Permendagri 86/2017: 103,09 → Sangat Tinggi, 90 → Tinggi (upper bounds inclusive).
    check("kategori 103.09", sakip::kategori(Rasional(Decimal("103.09"))).value_or("-"), std::string("Sangat Tinggi"));
    check("kategori 90", sakip::kategori(Rasional(90)).value_or("-"), std::string("Tinggi"));

    // The sasaran mean of Tabel 3.3.1: (103,09 + 106,38 + 41,83) / 3 = 83,766... → 83,77; geometric
    // mean of 5/5 and 9/10 (PMK 22/2021) → 94,87 %.
    const std::vector<std::optional<Rasional>> capaian_sasaran{Rasional(Decimal("103.09")), Rasional(Decimal("106.38")),
                                                               Rasional(Decimal("41.83"))};
    const sakip::RataRata mean = sakip::rata_rata(capaian_sasaran, sakip::MetodeRataRata::aritmetik);
    check("rata-rata", figure(mean), std::string("83.77"));
    const std::vector<std::optional<Rasional>> rasio{Rasional(100), Rasional(90)};
    check("geometrik", figure(sakip::rata_rata(rasio, sakip::MetodeRataRata::geometrik)), std::string("94.87"));

    // efisiensi selisih (Tabel 3.3.4, "5 = 3 − 4"): 83,77 − 99,50 = −15,73.
    check("efisiensi", figure(sakip::efisiensi(Rasional(Decimal("83.77")), Rasional(Decimal("99.50")))),
          std::string("-15.73"));

    std::cout << "sakip::core (header-only, no library): " << (failures == 0 ? "ok" : "FAILED") << "\n";
    return failures == 0 ? 0 : 1;
}
