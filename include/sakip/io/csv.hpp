// DPA line items (rincian belanja) read from CSV text, as columns for sakip::rollup
// (include/sakip/kabupaten/rollup.hpp): codes as text, amounts as int64 sen.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sakip {

// Line items read from CSV text (RFC 4180: comma separated, '"' quoting, CRLF or LF, a header
// row). Columns by header name: "kode" (or "code"); amounts either in sen as integers
// ("pagu_sen", "realisasi_sen") or as printed rupiah ("pagu", "realisasi", Rupiah::parse_sen);
// "uraian" and any other column are skipped; a column named twice (also "kode" with "code",
// "pagu" with "pagu_sen") is a parse_error on line 1. A malformed field throws sakip::parse_error whose
// origin names the line (1-based, the header is line 1) and the column ("line 17, column
// pagu_sen"); amounts beyond int64 sen throw sakip::overflow_error whose message starts with the
// place ("line 17, column pagu: jumlah ... tidak muat dalam int64 sen / line 17, column pagu: amount ...
// does not fit in int64 sen").
struct LineItems {
    std::vector<std::string> kode;
    std::vector<std::int64_t> pagu_sen;
    std::vector<std::int64_t> realisasi_sen;  // empty if the CSV has no realisasi column
};
LineItems read_line_items_csv(std::string_view text);

}  // namespace sakip
