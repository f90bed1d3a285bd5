// Fuzzes Decimal::parse: any input either parses or throws sakip::parse_error /
// sakip::overflow_error whose message is whole (no control character, so no NUL cuts it); a parsed
// value must survive to_string -> Decimal (the same value; the same scale unless plain and negative)
// and to_sci_string -> Decimal (the same value and scale: Python's str()).
#include <sakip/decimal/decimal.hpp>
#include <sakip/error.hpp>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

namespace {

// what() holds no control character (they are written \xNN), so nothing after a NUL is lost.
void check_message(const sakip::error& e) {
    const char* w = e.what();
    for (std::size_t k = 0, n = std::strlen(w); k < n; ++k)
        if (static_cast<unsigned char>(w[k]) < 0x20 || w[k] == 0x7F) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    sakip::Decimal value;
    try {
        value = sakip::Decimal::parse_detailed(text).value;
    } catch (const sakip::parse_error& e) {
        if (e.offset() > size) std::abort();  // the offset must point into the text
        if (e.text() != text) std::abort();   // the text as it was, NULs included
        check_message(e);
        return 0;
    } catch (const sakip::overflow_error& e) {
        check_message(e);
        return 0;
    }
    // Outside the try: reading a printed form back must not throw at all (9...9E+5 printed plainly
    // was 43 digits, an overflow_error the old catch took for an overflow of the input).
    // The printed forms come back through the canonical reader (Decimal's constructor): the
    // Indonesian reader would take "1.500" as 1500 on purpose.
    const std::string plain = value.to_string();
    const sakip::Decimal again(plain);
    if (!(again == value)) std::abort();
    // The plain form keeps the scale unless it is negative (1E+3 prints 1000); beyond 38 digits
    // to_string switches to the exponent form, which keeps it.
    if ((value.scale() >= 0 || plain.find('E') != std::string::npos) && !again.same_representation(value)) std::abort();
    const sakip::Decimal sci(value.to_sci_string());
    if (!sci.same_representation(value)) std::abort();
    try {
        (void)value.quantize(2);
    } catch (const sakip::overflow_error& e) {
        check_message(e);
    }
    return 0;
}
