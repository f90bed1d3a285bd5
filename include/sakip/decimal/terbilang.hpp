// terbilang: an amount in Indonesian words, as written beside figures in contracts, kuitansi and
// reports (PUEBI spellings: "sebelas", "seratus", "seribu", "satu juta", "miliar", "triliun" — not
// "milyar"/"trilyun").
#pragma once

#include <string>

#include <sakip/decimal/decimal.hpp>

namespace sakip {

class Rupiah;

struct TerbilangOptions {
    bool capitalize = false;    // "Sembilan ratus ribu ..." (first letter only)
    bool with_currency = true;  // Rupiah: "... rupiah ... sen"; false: "... koma lima" (Decimal: ignored)
};

// 900500.50 -> "sembilan ratus ribu lima ratus rupiah lima puluh sen"; 0 -> "nol rupiah";
// -5 -> "minus lima rupiah".
std::string terbilang(const Rupiah& amount, const TerbilangOptions& options = {});
// Words for a number: 11 -> "sebelas", 1000 -> "seribu", 10^9 -> "satu miliar", -7 -> "minus tujuh".
// Decimals are read digit by digit after "koma": 3.25 -> "tiga koma dua lima".
std::string terbilang(const Decimal& value, const TerbilangOptions& options = {});

}  // namespace sakip

// The definitions need the complete Rupiah: rupiah.hpp includes them (terbilang-inl.hpp).
#include <sakip/decimal/rupiah.hpp>
