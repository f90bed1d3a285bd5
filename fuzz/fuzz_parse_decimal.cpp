// Fuzzes Decimal::parse: any input either parses or throws sakip::parse_error /
// sakip::overflow_error; a parsed value must survive to_string -> parse unchanged.
#include <sakip/decimal.hpp>
#include <sakip/error.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const auto parsed = sakip::Decimal::parse_detailed(text);
    const auto again = sakip::Decimal::parse(parsed.value.to_string());
    if (!(again == parsed.value) || again.scale() != parsed.value.scale()) std::abort();
    const auto sci = sakip::Decimal::parse(parsed.value.to_sci_string());
    if (!(sci == parsed.value)) std::abort();
    (void)parsed.value.quantize(2);
  } catch (const sakip::parse_error& e) {
    if (e.offset() > size) std::abort();  // the offset must point into the text
  } catch (const sakip::overflow_error&) {
  }
  return 0;
}
