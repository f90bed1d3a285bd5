#include <sakip/sakip.hpp>

#include <iostream>

int main() {
    auto rencana = sakip::Rupiah::parse("Rp 88.799.000,00");  // Tabel 3.3.9, program 02
    auto realisasi = sakip::Rupiah::parse("85.563.728");
    auto serapan = sakip::percent(realisasi.value(), rencana.value());  // exact, half-up
    std::cout << rencana.format() << " -> " << serapan << " %\n";       // the LKjIP printed 96,35
    std::cout << realisasi.terbilang({.capitalize = true}) << '\n';
    return serapan == sakip::Decimal("96.36") ? 0 : 1;
}
