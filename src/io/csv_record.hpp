// One CSV record (RFC 4180: '"' quoting with doubled quotes, CRLF or LF) with a chosen separator:
// the one record reader of src/io (csv.cpp's line items, dpa_tabel.cpp's SIPD tables).
#pragma once

#include <sakip/error.hpp>

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace sakip::detail {

struct CsvCursor {
    std::string_view text;
    std::size_t pos = 0;
    std::size_t line = 1;  // 1-based line of the current record's start
};

// Reads one record's fields into `fields` (views into text, or into `scratch` for quoted fields
// with doubled quotes). Returns false at the end of the text.
inline bool read_csv_record(CsvCursor& c, std::vector<std::string_view>& fields, std::deque<std::string>& scratch,
                            std::size_t& record_line, char sep) {
    fields.clear();
    std::size_t scratch_used = 0;
    const std::string_view t = c.text;
    if (c.pos >= t.size()) return false;
    record_line = c.line;
    while (true) {
        std::size_t start = c.pos;
        if (c.pos < t.size() && t[c.pos] == '"') {
            ++c.pos;
            std::string value;
            bool simple = true;
            start = c.pos;
            while (true) {
                if (c.pos >= t.size()) {
                    throw parse_error(
                        Pesan{"isian berkutip tidak ditutup", "unterminated quoted field"},
                        std::string(t.substr(start - 1, 40)), 0,
                        "line " + std::to_string(record_line) + ", column " + std::to_string(fields.size() + 1));
                }
                const char ch = t[c.pos];
                if (ch == '"') {
                    if (c.pos + 1 < t.size() && t[c.pos + 1] == '"') {
                        if (simple) value.assign(t.substr(start, c.pos - start));
                        simple = false;
                        value.push_back('"');
                        c.pos += 2;
                        continue;
                    }
                    break;
                }
                if (ch == '\n') ++c.line;
                if (!simple) value.push_back(ch);
                ++c.pos;
            }
            if (simple) {
                fields.push_back(t.substr(start, c.pos - start));
            } else {
                if (scratch_used == scratch.size()) scratch.emplace_back();
                scratch[scratch_used] = std::move(value);
                fields.push_back(scratch[scratch_used++]);
            }
            ++c.pos;  // closing quote
            if (c.pos < t.size() && t[c.pos] != sep && t[c.pos] != '\n' && t[c.pos] != '\r') {
                throw parse_error(Pesan{"karakter tidak diharapkan setelah isian berkutip",
                                        "unexpected character after a quoted field"},
                                  std::string(1, t[c.pos]), 0,
                                  "line " + std::to_string(c.line) + ", column " + std::to_string(fields.size()));
            }
        } else {
            while (c.pos < t.size() && t[c.pos] != sep && t[c.pos] != '\n' && t[c.pos] != '\r') ++c.pos;
            fields.push_back(t.substr(start, c.pos - start));
        }
        if (c.pos >= t.size()) return true;
        if (t[c.pos] == sep) {
            ++c.pos;
            continue;
        }
        if (t[c.pos] == '\r') ++c.pos;
        if (c.pos < t.size() && t[c.pos] == '\n') ++c.pos;
        ++c.line;
        return true;
    }
}

}  // namespace sakip::detail
