// sakip error hierarchy. Every failure is a sakip::error (a std::runtime_error) so callers and the
// Python bindings can catch one type; arithmetic never wraps, saturates or yields inf/NaN: it throws.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace sakip {

class error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A text that is not a valid amount. what() quotes the text, gives the byte offset of the first bad
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
