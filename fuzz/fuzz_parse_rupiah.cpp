// Fuzzes Rupiah::parse and its allocation-free twin parse_sen: both must agree, an error's message
// is whole (no control character), and a parsed amount must survive every format style -> parse
// unchanged, a negative one written with the minus before "Rp".
#include <sakip/decimal/rupiah.hpp>
#include <sakip/error.hpp>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

namespace {

void check_round_trip(const sakip::Rupiah& r, const sakip::RupiahFormat& style) {
    const std::string text = r.format(style);
    if (!(sakip::Rupiah::parse(text) == r)) std::abort();
    if (r.signum() < 0 && style.prefix && !style.plain && style.negative == sakip::RupiahFormat::Negative::minus &&
        text.rfind("-Rp", 0) != 0)
        std::abort();  // PUEBI: -Rp999, never Rp-999
}

void check_message(const sakip::error& e) {
    const char* w = e.what();
    for (std::size_t k = 0, n = std::strlen(w); k < n; ++k)
        if (static_cast<unsigned char>(w[k]) < 0x20 || w[k] == 0x7F) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    enum class Outcome { ok, overflow, invalid };
    Outcome parsed = Outcome::ok;
    sakip::Rupiah value;
    try {
        value = sakip::Rupiah::parse(text);
    } catch (const sakip::overflow_error& e) {
        check_message(e);
        parsed = Outcome::overflow;
    } catch (const sakip::error& e) {
        check_message(e);
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
    check_round_trip(value, sakip::RupiahFormat::ringkas());
    check_round_trip(-value, sakip::RupiahFormat::puebi());
    check_round_trip(-value, sakip::RupiahFormat::ringkas());
    return 0;
}
