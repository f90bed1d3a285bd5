// Fuzzes Rupiah::parse and its allocation-free twin parse_sen: both must agree, and a
// parsed amount must survive every format style -> parse unchanged.
#include <sakip/error.hpp>
#include <sakip/rupiah.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

void check_round_trip(const sakip::Rupiah& r, const sakip::RupiahFormat& style) {
    if (!(sakip::Rupiah::parse(r.format(style)) == r)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    enum class Outcome { ok, overflow, invalid };
    Outcome parsed = Outcome::ok;
    sakip::Rupiah value;
    try {
        value = sakip::Rupiah::parse(text);
    } catch (const sakip::overflow_error&) {
        parsed = Outcome::overflow;
    } catch (const sakip::error&) {
        parsed = Outcome::invalid;
    }
    Outcome sen_outcome = Outcome::ok;
    std::int64_t sen = 0;
    try {
        sen = sakip::Rupiah::parse_sen(text);
    } catch (const sakip::overflow_error&) {
        sen_outcome = Outcome::overflow;
    } catch (const sakip::error&) {
        sen_outcome = Outcome::invalid;
    }
    // parse_sen is limited to int64 sen, so it may overflow where Rupiah::parse still holds
    // the value; otherwise both must reach the same verdict and the same amount.
    if (sen_outcome == Outcome::overflow) {
        if (parsed == Outcome::invalid) std::abort();
        return 0;
    }
    if (parsed != sen_outcome) std::abort();
    if (parsed != Outcome::ok) return 0;
    if (!(sakip::Rupiah::from_sen(sen) == value)) std::abort();
    check_round_trip(value, sakip::RupiahFormat::puebi());
    check_round_trip(value, sakip::RupiahFormat::dokumen());
    check_round_trip(value, sakip::RupiahFormat::canonical());
    return 0;
}
