// Loading and saving SAKIP documents in the sakip JSON format ("format": "sakip/1",
// docs/format.md, docs/schema/sakip.schema.json), and the schema itself.
//
// Loading validates everything it can and reports ALL problems at once, each with the JSON Pointer
// (RFC 6901) of the offending value: syntax, unknown fields, wrong types, JSON numbers where an
// amount string is required, malformed amounts, bad NIPs and codes, duplicate ids, dangling
// references, years outside the Renstra period, kegiatan codes not under their program's code.
//
// Limits: a document larger than 64 MiB (sakip::json_max_bytes) or nested deeper than 64 levels
// (sakip::json_max_depth) is refused with a load_error before any model is built. Loading takes time
// linear in the size of the text (objects of any number of keys). A NUL byte anywhere is a syntax
// error naming its offset.
//
// Saving is deterministic (fixed key order, two-space indentation, UTF-8, trailing newline) and
// lossless: every amount and reported figure is written back exactly as it was printed, so
// load_json(save(d)) == d and save(load_json(save(d))) == save(d).
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <sakip/error.hpp>
#include <sakip/model/dokumen.hpp>

namespace sakip {

inline constexpr std::size_t json_max_bytes = std::size_t{64} * 1024 * 1024;
inline constexpr int json_max_depth = 64;

// One problem found while loading: where (JSON Pointer, "" for the whole document), by which rule,
// and what, in Indonesian (`message`, shown by default) and English (`message_en`), as a Finding.
struct LoadProblem {
    std::string pointer;     // e.g. "/pk/2020/camat/program/3/anggaran"
    std::string rule;        // docs/format.md section 9: "value.amount", "ref.pk", "schema.type", ...
    std::string message;     // e.g. "tidak dapat membaca \"12abc\" sebagai rupiah: ..."
    std::string message_en;  // e.g. "cannot read \"12abc\" as rupiah: ..."
    // "<pointer>: <rule>: <message>" (the root pointer as ""), in English if asked.
    std::string to_string(bool english = false) const;
    friend bool operator==(const LoadProblem&, const LoadProblem&) = default;
};

// Thrown by load / load_json. problems() are in document order, duplicates removed; what() gives
// each problem on its own line as "<pointer>: <rule>: <message> / <message_en>".
class load_error : public error {
public:
    load_error(std::string origin, std::vector<LoadProblem> problems);
    const std::vector<LoadProblem>& problems() const noexcept { return problems_; }
    const std::string& origin() const noexcept { return origin_; }

private:
    std::vector<LoadProblem> problems_;
    std::string origin_;
};

// Reads and validates a document. `origin` names the input in messages (a file name).
Dokumen load_json(std::string_view text, std::string_view origin = "<json>");
// Reads the file to its end (pipes, /proc files and devices too; a regular file over json_max_bytes
// is refused from its size before it is read, anything else once json_max_bytes have been read) and
// calls load_json. An unreadable file or a directory is a load_error with the pointer "" and rule
// json.io whose message gives the reason ("... / cannot open k.json: No such file or directory").
// A signal that interrupts the open or a read asks the interrupt hook (sakip/interrupt.hpp).
Dokumen load(const std::filesystem::path& path);

// The document as sakip/1 JSON text: deterministic and lossless. An id given twice in one map of the
// model (a model built by hand) is a sakip::error naming the map.
std::string save(const Dokumen& doc);
// Writes save(doc) to `path` (sakip::error if the file cannot be written).
void save(const Dokumen& doc, const std::filesystem::path& path);

// The JSON Schema (draft 2020-12) of sakip/1, generated from the model's descriptions
// (sakip/model/describe.hpp); docs/schema/sakip.schema.json is this text. The loader is the exact
// rule: the schema cannot express references, codes under their parents or amount parsing.
std::string json_schema();

}  // namespace sakip
