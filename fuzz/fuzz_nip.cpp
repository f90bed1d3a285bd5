// Fuzzes sakip::Nip::parse / try_parse: both agree; a parsed NIP has a consistent structure and
// its formatted form parses back to the same NIP.
#include <sakip/error.hpp>
#include <sakip/model/nip.hpp>

#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::string why;
    const std::optional<sakip::Nip> tried = sakip::Nip::try_parse(text, &why);
    std::optional<sakip::Nip> parsed;
    try {
        parsed = sakip::Nip::parse(text, "fuzz");
    } catch (const sakip::parse_error& e) {
        if (e.offset() > size) std::abort();
    }
    if (tried.has_value() != parsed.has_value()) std::abort();
    if (!parsed) {
        if (why.empty()) std::abort();
        return 0;
    }
    if (!(*tried == *parsed)) std::abort();
    const sakip::Nip& n = *parsed;
    if (n.digits().size() != 18) std::abort();
    if (n.bulan_lahir() < 1 || n.bulan_lahir() > 12 || n.hari_lahir() < 1 || n.hari_lahir() > 31) std::abort();
    if (n.bulan_tmt() < 1 || n.bulan_tmt() > 12) std::abort();
    if (n.jenis_kelamin() != 1 && n.jenis_kelamin() != 2) std::abort();
    if (n.nomor_urut() < 1 || n.nomor_urut() > 999) std::abort();
    if (!(sakip::Nip::parse(n.format()) == n)) std::abort();
    if (!(sakip::Nip::parse(n.digits()) == n)) std::abort();
    return 0;
}
