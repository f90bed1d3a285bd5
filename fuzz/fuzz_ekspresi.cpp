// Fuzzes the IKU formula language: sakip::Ekspresi::parse on any text either succeeds or throws
// parse_error (offset inside the text); a parsed formula is evaluated with every name bound to
// values derived from the input (including zero, for division by zero) and with a missing name;
// evaluation never throws and re-parsing the text gives the same names.
#include <sakip/error.hpp>
#include <sakip/measure/ekspresi.hpp>

#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::optional<sakip::Ekspresi> e;
    try {
        e = sakip::Ekspresi::parse(text);
    } catch (const sakip::parse_error& err) {
        if (err.offset() > size) std::abort();
        return 0;
    }
    const auto names = e->names();
    if (sakip::Ekspresi::parse(text).names() != names) std::abort();
    const std::int64_t seed = size > 0 ? static_cast<std::int64_t>(data[0]) - 128 : 1;
    for (int variant = 0; variant < 3; ++variant) {
        const auto lookup = [&](std::string_view name) -> std::optional<sakip::Rasional> {
            if (variant == 2 && !names.empty() && name == names.front()) return std::nullopt;  // missing
            if (variant == 1) return sakip::Rasional(0);  // division by zero everywhere
            return sakip::Rasional(seed + static_cast<std::int64_t>(name.size()));
        };
        try {
            (void)e->evaluate(lookup);
        } catch (const sakip::overflow_error&) {
            // exact arithmetic beyond the supported range is reported, never wrapped
        }
    }
    return 0;
}
