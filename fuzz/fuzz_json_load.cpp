// Fuzzes sakip::load_json with whole documents: any input either loads or throws
// sakip::load_error (never crashes, never another exception). A loaded document must survive
// save -> load unchanged, and save must be a fixed point.
#include <sakip/error.hpp>
#include <sakip/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    sakip::Dokumen doc;
    try {
        doc = sakip::load_json(text, "<fuzz>");
    } catch (const sakip::load_error& e) {
        if (e.problems().empty()) std::abort();  // a load_error always says why
        return 0;
    }
    const std::string saved = sakip::save(doc);
    sakip::Dokumen again;
    try {
        again = sakip::load_json(saved, "<saved>");
    } catch (const sakip::load_error&) {
        std::abort();  // what save writes must load
    }
    if (!(again == doc)) std::abort();
    if (sakip::save(again) != saved) std::abort();
    return 0;
}
