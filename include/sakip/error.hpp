// sakip error hierarchy. Every failure is a sakip::error (a std::runtime_error) so callers and the
// Python bindings can catch one type; arithmetic never wraps, saturates or yields inf/NaN: it throws.
// Header-only (the definitions are at the end), like the exact core that throws these errors.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace sakip {

// `text` in double quotes as messages show it: a control character (U+0000..U+001F, U+007F) is
// written \xNN, '"' and '\\' are escaped with '\\'; every other byte is kept. A message therefore
// never contains a NUL (which would cut what()) and shows exactly what the input held:
// quoted("1\0" "2") is "\"1\\x002\"".
std::string quoted(std::string_view text);

// The message of a parse_error (and of an overflow_error found while reading a text):
//   <reason> in "<text>" at offset <offset> (from <origin>)
// with the text quoted(), control characters of the origin escaped, and " at offset" and
// " (from …)" left out when offset is npos or origin is empty.
std::string parse_message(std::string_view reason, std::string_view text, std::size_t offset,
                          std::string_view origin = {});

class error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A message users read, in the two languages of the library: Indonesian (`id`, the language of the
// regulations, shown by default) and English (`en`). A one-line exception joins them as "id / en";
// a list of problems (sakip::LoadProblem) or findings keeps them apart so that a caller shows one.
// "id / en", or the one text when both are the same: how a one-line message shows two languages.
inline std::string join_languages(std::string_view id, std::string_view en) {
    return id == en ? std::string(id) : std::string(id) + " / " + std::string(en);
}

struct Pesan {
    std::string id;
    std::string en;
    std::string joined() const { return join_languages(id, en); }
    friend bool operator==(const Pesan&, const Pesan&) = default;
};

// A text that is not a valid amount. what() gives the reason in both languages, quotes the text
// (quoted()), gives the byte offset of the first bad character and, if known, where the text came
// from, e.g.
//   pengelompokan digit tidak sah / invalid digit grouping in "27.00.000" at offset 5 (from Tabel 2.2.1)
class parse_error : public error {
public:
    parse_error(Pesan reason, std::string text, std::size_t offset, std::string origin = {});
    const std::string& text() const noexcept { return text_; }
    std::size_t offset() const noexcept { return offset_; }
    const std::string& origin() const noexcept { return origin_; }
    // The reason without the quoted text/offset/origin: reason() in Indonesian ("pengelompokan digit
    // tidak sah"), reason_en() in English ("invalid digit grouping").
    const std::string& reason() const noexcept { return reason_.id; }
    const std::string& reason_en() const noexcept { return reason_.en; }
    const Pesan& pesan() const noexcept { return reason_; }

private:
    Pesan reason_;
    std::string text_;
    std::size_t offset_;
    std::string origin_;
};

// A result or operand beyond the supported range (38 significant digits, |scale| <= 1000).
class overflow_error : public error {
public:
    using error::error;
};

class division_by_zero : public error {
public:
    using error::error;
};

// Enum words (polaritas "Positif", rounding "HALF_UP", ...) are read without ASCII case; an unknown
// word is an error listing the valid ones.
namespace detail {
constexpr bool same_word(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}
// "polaritas \"Positip\" tidak dikenal; yang sah: positif, negatif / unknown polaritas \"Positip\";
// valid: positif, negatif" (`valid` is the list as shown, "positif, negatif").
[[noreturn]] inline void unknown_word(std::string_view what, std::string_view word, std::string_view valid) {
    throw error(std::string(what) + " " + quoted(word) + " tidak dikenal; yang sah: " + std::string(valid) +
                " / unknown " + std::string(what) + " " + quoted(word) + "; valid: " + std::string(valid));
}
}  // namespace detail

// ---- definitions ----------------------------------------------------------------------------------

namespace detail {

// Appends `text` with control characters as \xNN (and, if `quotes`, '"' and '\\' escaped).
inline void append_escaped(std::string& out, std::string_view text, bool quotes) {
    static constexpr char hex[] = "0123456789abcdef";
    for (char c : text) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x20 || b == 0x7F) {
            out += "\\x";
            out += hex[b >> 4];
            out += hex[b & 0xF];
        } else {
            if (quotes && (c == '"' || c == '\\')) out += '\\';
            out += c;
        }
    }
}

}  // namespace detail

inline std::string quoted(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    detail::append_escaped(out, text, true);
    out += '"';
    return out;
}

inline std::string parse_message(std::string_view reason, std::string_view text, std::size_t offset,
                                 std::string_view origin) {
    std::string w(reason);
    w += " in " + quoted(text);
    if (offset != std::string_view::npos) w += " at offset " + std::to_string(offset);
    if (!origin.empty()) {
        w += " (from ";
        detail::append_escaped(w, origin, false);
        w += ")";
    }
    return w;
}

inline parse_error::parse_error(Pesan reason, std::string text, std::size_t offset, std::string origin)
    : error(parse_message(reason.joined(), text, offset, origin)),
      reason_(std::move(reason)),
      text_(std::move(text)),
      offset_(offset),
      origin_(std::move(origin)) {}

}  // namespace sakip
