// The baseline of bench_inline: the same operations as out-of-line calls into another translation
// unit (inline_baseline.cpp, compiled as the library's decimal.cpp was), i.e. what a caller got before
// the exact core became header-only. Nothing here is inlined into the caller (no LTO in the bench
// preset, and each function is noinline).
#pragma once

#include <sakip/decimal/decimal.hpp>

namespace bench {

sakip::Decimal add(const sakip::Decimal& a, const sakip::Decimal& b);
sakip::Decimal percent(const sakip::Decimal& part, const sakip::Decimal& whole);
bool less(const sakip::Decimal& a, const sakip::Decimal& b);

}  // namespace bench
