// Uses the installed sakip through find_package: exact absorption of program 02 (Tabel 3.3.9).
#include <sakip/sakip.hpp>

#include <iostream>

int main() {
    const auto rencana = sakip::Rupiah::parse("88.799.000,00");
    const auto realisasi = sakip::Rupiah::parse("85.563.728");
    const auto serapan = sakip::percent(realisasi.value(), rencana.value());
    std::cout << "sakip " << sakip::version_string << ": serapan " << serapan << " %\n";
    return serapan == sakip::Decimal("96.36") ? 0 : 1;
}
