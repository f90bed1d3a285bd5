// Fuzzes the DPA line-item CSV reader (sakip::read_line_items_csv, the in-memory entry point that
// sakip.read_line_items_csv feeds with a file's bytes): any text either gives consistent columns or
// throws one of the two documented errors, parse_error (origin "line N[, column C]", offset inside
// the quoted text) or overflow_error (an amount beyond int64 sen, its message starting with the line:
// a field may hold a NUL, where what() ends). Anything else
// escaping, or a crash, hang or leak under ASan/UBSan, is a finding.
#include <sakip/error.hpp>
#include <sakip/io/csv.hpp>
#include <sakip/kabupaten/rollup.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const sakip::LineItems items = sakip::read_line_items_csv(text);
        if (items.pagu_sen.size() != items.kode.size()) std::abort();
        if (!items.realisasi_sen.empty() && items.realisasi_sen.size() != items.kode.size()) std::abort();
        for (const std::string& k : items.kode) {
            if (k.empty()) std::abort();  // an empty code is an error, never a row
        }
    } catch (const sakip::parse_error& e) {
        if (e.origin().rfind("line ", 0) != 0) std::abort();  // every error names its line
        if (e.offset() > e.text().size()) std::abort();
    } catch (const sakip::overflow_error& e) {
        if (std::string_view(e.what()).rfind("line ", 0) != 0) std::abort();  // the place comes first
    }
    return 0;
}
