// Fuzzes Decimal::parse: any input either parses or throws sakip::parse_error /
// sakip::overflow_error; a parsed value must survive to_string / to_sci_string -> Decimal unchanged.
#include <sakip/decimal.hpp>
#include <sakip/error.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const auto parsed = sakip::Decimal::parse_detailed(text);
        // The printed forms come back through the canonical reader (Decimal's constructor):
        // the Indonesian reader would take "1.500" as 1500 on purpose.
        const sakip::Decimal again(parsed.value.to_string());
        if (!(again == parsed.value)) std::abort();
        // to_string never prints an exponent, so a negative scale comes back as scale 0.
        if (parsed.value.scale() >= 0 && again.scale() != parsed.value.scale()) std::abort();
        const sakip::Decimal sci(parsed.value.to_sci_string());
        if (!(sci == parsed.value) || sci.scale() != parsed.value.scale()) std::abort();
        (void)parsed.value.quantize(2);
    } catch (const sakip::parse_error& e) {
        if (e.offset() > size) std::abort();  // the offset must point into the text
    } catch (const sakip::overflow_error&) {
    }
    return 0;
}
