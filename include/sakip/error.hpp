// sakip error hierarchy. Every failure is a sakip::error (a std::runtime_error) so callers and the
// Python bindings can catch one type; arithmetic never wraps, saturates or yields inf/NaN: it throws.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

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

// A text that is not a valid amount. what() quotes the text (quoted()), gives the byte offset of the first bad
// character and, if known, where the text came from, e.g.
//   invalid digit grouping in "27.00.000" at offset 5 (from Tabel 2.2.1)
class parse_error : public error {
public:
    parse_error(std::string message, std::string text, std::size_t offset, std::string origin = {});
    const std::string& text() const noexcept { return text_; }
    std::size_t offset() const noexcept { return offset_; }
    const std::string& origin() const noexcept { return origin_; }
    // The message without the quoted text/offset/origin ("invalid digit grouping").
    const std::string& reason() const noexcept { return reason_; }

private:
    std::string reason_;
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

}  // namespace sakip
