// A tiny, safe expression language for IKU formulas of kind "ekspresi" (Iku::rumus.ekspresi). It is
// the one formula language of sakip: the loader checks a document's formulas with Ekspresi::parse
// (src/io/json_load.cpp) and the measures evaluate them with it (realisasi_iku), so a formula that
// loads always evaluates.
//
// Grammar (whitespace between tokens ignored):
//   expr    := term (('+' | '-' | '−') term)*
//   term    := unary (('*' | '×' | '/' | '÷') unary)*
//   unary   := ('-' | '−' | '+') unary | primary
//   primary := number | name | name '[n-1]' | name '[n]' | 'prev' '(' name ')' | '(' expr ')'
//   number  := digits [('.' | ',') digits]        "35.55" or "35,55" (no grouping, no exponent)
//   name    := [A-Za-z_][A-Za-z0-9_]*
// The previous year's input is written name[n-1] (canonical: the x(n−1) of the formula kinds, and the
// spelling of names() and the traces); prev(name) is the same reference (the alias docs/format.md
// first promised), and name[n] the same as name. `prev` not followed by '(' is an ordinary name.
// Arithmetic is exact (sakip::Rasional); a division by zero makes the result undefined (status
// undefined with the reason), never an exception. Limits: 4096 bytes, nesting depth 64, 512 tokens
// of operands/operators; beyond them, or on bad syntax, Ekspresi::parse throws sakip::parse_error
// with the byte offset. No function calls but prev, no variables assignment, no loops: evaluation is
// linear.
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
    // The names the expression reads, in first-use order, without duplicates, as the Lookup receives
    // them: "a" for this year's input a (also written a[n]), "b[n-1]" for last year's b (also prev(b)).
    std::vector<std::string> names() const;
    // The declared inputs the expression reads in either year, first-use order, no duplicates ("a", "b").
    std::vector<std::string> inputs() const;

    // The value of a name, or nullopt when it has no value (missing input).
    using Lookup = std::function<std::optional<Rasional>(std::string_view name)>;
    // Exact value. Status ok, missing (a name without value; reason names it) or undefined
    // (division by zero). trace.formula is the expression text; trace.inputs the names read.
    Hasil evaluate(const Lookup& lookup, int places = 2, Rounding rounding = Rounding::half_up) const;

    struct Node {
        enum class Kind { number, name, neg, add, sub, mul, div } kind = Kind::number;
        Rasional number;
        std::string name;   // kind name: the lookup key, "a" or "a[n-1]"
        std::string input;  // kind name: the input, "a"
        int left = -1;
        int right = -1;
    };

private:
    std::string text_;
    std::vector<Node> nodes_;
    int root_ = -1;
};

}  // namespace sakip
