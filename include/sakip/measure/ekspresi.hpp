// A tiny, safe expression language for IKU formulas of kind "ekspresi" (Iku::rumus.ekspresi).
//
// Grammar (whitespace ignored):
//   expr    := term (('+' | '-' | '−') term)*
//   term    := unary (('*' | '×' | '/' | '÷') unary)*
//   unary   := ('-' | '−' | '+') unary | primary
//   primary := number | name | '(' expr ')'
//   number  := digits [('.' | ',') digits]        "35.55" or "35,55" (no grouping, no exponent)
//   name    := [A-Za-z_][A-Za-z0-9_]* ['[n-1]' | '[n]']   name[n-1] reads the previous year's input
// Arithmetic is exact (sakip::Rasional); a division by zero makes the result undefined (status
// undefined with the reason), never an exception. Limits: 4096 bytes, nesting depth 64, 512 tokens
// of operands/operators; beyond them, or on bad syntax, Ekspresi::parse throws sakip::parse_error
// with the byte offset. No function calls, no variables assignment, no loops: evaluation is linear.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <sakip/measure/hasil.hpp>
#include <sakip/measure/rasional.hpp>

namespace sakip {

class Ekspresi {
public:
    static constexpr std::size_t max_length = 4096;
    static constexpr int max_depth = 64;
    static constexpr std::size_t max_nodes = 512;

    // Throws sakip::parse_error (reason, text, offset) on bad syntax or beyond the limits.
    static Ekspresi parse(std::string_view text);

    const std::string& text() const noexcept { return text_; }
    // The names the expression reads, in first-use order, without duplicates ("a", "b[n-1]").
    std::vector<std::string> names() const;

    // The value of a name, or nullopt when it has no value (missing input).
    using Lookup = std::function<std::optional<Rasional>(std::string_view name)>;
    // Exact value. Status ok, missing (a name without value; reason names it) or undefined
    // (division by zero). trace.formula is the expression text; trace.inputs the names read.
    Hasil evaluate(const Lookup& lookup, int places = 2, Rounding rounding = Rounding::half_up) const;

    struct Node {
        enum class Kind { number, name, neg, add, sub, mul, div } kind = Kind::number;
        Rasional number;
        std::string name;
        int left = -1;
        int right = -1;
    };

private:
    std::string text_;
    std::vector<Node> nodes_;
    int root_ = -1;
};

}  // namespace sakip
