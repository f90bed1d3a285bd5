// The CSV reader of DPA line items (include/sakip/io/csv.hpp).
#include <sakip/decimal/decimal.hpp>
#include <sakip/decimal/rupiah.hpp>
#include <sakip/error.hpp>
#include <sakip/io/csv.hpp>

#include "io/csv_record.hpp"

#include <deque>
#include <string>

namespace sakip {

namespace {

using detail::CsvCursor;
using detail::is_digit;  // the one ASCII-digit test, of the decimal reader

}  // namespace

namespace {

std::string where(std::size_t line, std::string_view column) {
    return "line " + std::to_string(line) + ", column " + std::string(column);
}

Pesan integer_sen() { return {"diharapkan jumlah bilangan bulat dalam sen", "expected an integer amount in sen"}; }

// The place first: the field may hold a NUL, where what() ends.
[[noreturn]] void throw_int64_sen(std::string_view s, std::size_t line, std::string_view column) {
    const std::string place = where(line, column);
    throw overflow_error(place + ": jumlah \"" + std::string(s) + "\" tidak muat dalam int64 sen / " + place +
                         ": amount \"" + std::string(s) + "\" does not fit in int64 sen");
}

std::int64_t parse_sen_integer(std::string_view s, std::size_t line, std::string_view column) {
    std::size_t i = 0;
    const bool negative = !s.empty() && s[0] == '-';
    if (negative) ++i;
    if (i == s.size()) throw parse_error(integer_sen(), std::string(s), i, where(line, column));
    std::uint64_t magnitude = 0;
    const std::uint64_t limit = negative ? std::uint64_t{1} << 63 : (std::uint64_t{1} << 63) - 1;
    for (; i < s.size(); ++i) {
        if (!is_digit(s[i])) {
            throw parse_error(integer_sen(), std::string(s), i, where(line, column));
        }
        const auto d = static_cast<std::uint64_t>(s[i] - '0');
        if (magnitude > (limit - d) / 10) {
            throw_int64_sen(s, line, column);
        }
        magnitude = magnitude * 10 + d;
    }
    return negative ? static_cast<std::int64_t>(0 - magnitude) : static_cast<std::int64_t>(magnitude);
}

std::int64_t parse_printed(std::string_view s, std::size_t line, std::string_view column) {
    try {
        return Rupiah::parse_sen(s);
    } catch (const overflow_error&) {
        // The place first: the field may hold a NUL, where what() ends.
        throw_int64_sen(s, line, column);
    } catch (const parse_error&) {
        const std::string origin = where(line, column);
        ParseOptions with_origin;
        with_origin.origin = origin;
        (void)Rupiah::parse_sen(s, with_origin);  // throws again, naming the line and column
        throw;
    }
}

}  // namespace

LineItems read_line_items_csv(std::string_view text) {
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // UTF-8 BOM
    CsvCursor c{text, 0, 1};
    std::vector<std::string_view> fields;
    // A deque: growing it keeps the earlier strings in place, so the views of this record's earlier
    // unescaped fields stay valid (a vector moved them, and a short string's characters with it:
    // found by fuzz_csv as a heap-use-after-free).
    std::deque<std::string> scratch;
    std::size_t line = 1;
    if (!detail::read_csv_record(c, fields, scratch, line, ','))
        throw parse_error(Pesan{"CSV kosong: tidak ada baris judul", "empty CSV: no header row"}, "", 0, "line 1");
    std::vector<std::string> header(fields.begin(), fields.end());
    constexpr std::size_t none = static_cast<std::size_t>(-1);
    std::size_t col_kode = none, col_pagu = none, col_real = none;
    bool pagu_sen = false, real_sen = false;
    // Each of the three columns once: two headers for one column ("kode" and "code", "pagu" and
    // "pagu_sen", a name repeated) would leave one of them silently unread.
    const auto take = [&](std::size_t& col, std::size_t i, const char* what) {
        if (col != none) {
            throw parse_error(Pesan{"judul CSV menyebut kolom " + std::string(what) + " dua kali (\"" + header[col] +
                                        "\" dan \"" + header[i] + "\")",
                                    "CSV header names the " + std::string(what) + " column twice (\"" + header[col] +
                                        "\" and \"" + header[i] + "\")"},
                              std::string(text.substr(0, text.find('\n'))), 0, "line 1");
        }
        col = i;
    };
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string& h = header[i];
        if (h == "kode" || h == "code") {
            take(col_kode, i, "kode");
        } else if (h == "pagu_sen" || h == "pagu") {
            take(col_pagu, i, "pagu");
            pagu_sen = h == "pagu_sen";
        } else if (h == "realisasi_sen" || h == "realisasi") {
            take(col_real, i, "realisasi");
            real_sen = h == "realisasi_sen";
        }
    }
    if (col_kode == none)
        throw parse_error(Pesan{"judul CSV tidak memiliki kolom \"kode\"", "CSV header has no \"kode\" column"},
                          std::string(text.substr(0, text.find('\n'))), 0, "line 1");
    if (col_pagu == none)
        throw parse_error(Pesan{"judul CSV tidak memiliki kolom \"pagu_sen\" atau \"pagu\"",
                                "CSV header has no \"pagu_sen\" or \"pagu\" column"},
                          std::string(text.substr(0, text.find('\n'))), 0, "line 1");

    LineItems out;
    while (detail::read_csv_record(c, fields, scratch, line, ',')) {
        if (fields.size() == 1 && fields[0].empty()) continue;  // blank line
        if (fields.size() != header.size()) {
            const std::string expected = std::to_string(header.size()), found = std::to_string(fields.size());
            throw parse_error(Pesan{"diharapkan " + expected + " isian, ditemukan " + found,
                                    "expected " + expected + " fields, found " + found},
                              std::string(fields.empty() ? std::string_view{} : fields[0]), 0,
                              "line " + std::to_string(line));
        }
        const std::string_view kode = fields[col_kode];
        if (kode.empty()) throw parse_error(Pesan{"kode kosong", "empty code"}, "", 0, where(line, header[col_kode]));
        out.kode.emplace_back(kode);
        const std::string_view p = fields[col_pagu];
        out.pagu_sen.push_back(pagu_sen ? parse_sen_integer(p, line, header[col_pagu])
                                        : parse_printed(p, line, header[col_pagu]));
        if (col_real != none) {
            const std::string_view r = fields[col_real];
            out.realisasi_sen.push_back(real_sen ? parse_sen_integer(r, line, header[col_real])
                                                 : parse_printed(r, line, header[col_real]));
        }
    }
    return out;
}

}  // namespace sakip
