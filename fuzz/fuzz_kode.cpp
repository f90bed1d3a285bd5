// Fuzzes sakip::Kode::parse / try_parse (program, kegiatan and sub kegiatan codes of both
// schemes) and the line-item roll-up key: parsing agrees with try_parse, the normalised code
// parses back to itself, parent()/program() are ancestors, and sakip::rollup_key either returns
// a prefix of the code or throws parse_error with an offset inside the code.
#include <sakip/error.hpp>
#include <sakip/kabupaten/rollup.hpp>
#include <sakip/model/kode.hpp>

#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

namespace {

void check_kode(std::string_view text, std::size_t size) {
    std::string why;
    const std::optional<sakip::Kode> tried = sakip::Kode::try_parse(text, &why);
    std::optional<sakip::Kode> parsed;
    try {
        parsed = sakip::Kode::parse(text, "fuzz");
    } catch (const sakip::parse_error& e) {
        if (e.offset() > size) std::abort();
    }
    if (tried.has_value() != parsed.has_value()) std::abort();
    if (!parsed) return;
    const sakip::Kode& k = *parsed;
    if (!(*tried == k)) std::abort();
    const sakip::Kode again = sakip::Kode::parse(k.str());
    if (!(again == k) || again.str() != k.str()) std::abort();
    if (auto parent = k.parent()) {
        if (!k.is_under(*parent)) std::abort();
        if (parent->segments() >= k.segments()) std::abort();  // a kegiatan's parent is its program
    }
    if (auto program = k.program()) {
        if (!(k.is_under(*program) || *program == k)) std::abort();
    }
    if (k.is_under(k)) std::abort();
}

void check_rollup_key(std::string_view text) {
    for (auto level : {sakip::LevelRollup::instansi, sakip::LevelRollup::program, sakip::LevelRollup::kegiatan,
                       sakip::LevelRollup::sub_kegiatan, sakip::LevelRollup::rekening}) {
        try {
            const std::string_view key = sakip::rollup_key(text, level, 7);
            if (key.data() != text.data() || key.size() > text.size() || key.empty()) std::abort();
        } catch (const sakip::parse_error& e) {
            if (e.offset() > text.size()) std::abort();
            if (e.origin() != "row 7, column kode") std::abort();
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    check_kode(text, size);
    check_rollup_key(text);
    return 0;
}
