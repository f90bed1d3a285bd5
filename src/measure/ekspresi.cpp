// The IKU expression language; see include/sakip/measure/ekspresi.hpp for the grammar and limits.
#include <sakip/measure/ekspresi.hpp>

#include <sakip/measure/hasil.hpp>
#include <sakip/measure/internal.hpp>
#include <sakip/measure/rasional.hpp>

#include <sakip/error.hpp>

#include <algorithm>
#include <string>
#include <utility>

namespace sakip {

namespace {

using Node = Ekspresi::Node;
using Kind = Node::Kind;

class Parser {
public:
    explicit Parser(std::string_view text) : text_(text) {}

    std::vector<Node> nodes;

    int parse() {
        if (text_.size() > Ekspresi::max_length) {
            const std::string n = std::to_string(Ekspresi::max_length);
            fail({"rumus lebih panjang dari " + n + " byte", "expression longer than " + n + " bytes"},
                 Ekspresi::max_length);
        }
        skip();
        if (pos_ == text_.size()) fail({"rumus kosong", "empty expression"}, 0);
        const int root = expr(0);
        skip();
        if (pos_ != text_.size()) fail(detail::alasan::character.pesan(), pos_);
        return root;
    }

private:
    [[noreturn]] void fail(Pesan reason, std::size_t offset) const {
        throw parse_error(std::move(reason), std::string(text_), offset);
    }

    void skip() {
        while (pos_ < text_.size() &&
               (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n' || text_[pos_] == '\r')) {
            ++pos_;
        }
    }

    bool accept(std::string_view token) {
        if (text_.substr(pos_, token.size()) == token) {
            pos_ += token.size();
            return true;
        }
        return false;
    }

    // '+' | '-' | '−' (U+2212)
    int additive_op() {
        if (accept("+")) return 1;
        if (accept("-") || accept("\xE2\x88\x92")) return 2;
        return 0;
    }
    // '*' | '×' (U+00D7) | '/' | '÷' (U+00F7)
    int multiplicative_op() {
        if (accept("*") || accept("\xC3\x97")) return 1;
        if (accept("/") || accept("\xC3\xB7")) return 2;
        return 0;
    }

    int add(Node n) {
        if (nodes.size() >= Ekspresi::max_nodes) {
            const std::string n = std::to_string(Ekspresi::max_nodes);
            fail({"rumus memuat lebih dari " + n + " suku", "expression has more than " + n + " terms"}, pos_);
        }
        nodes.push_back(std::move(n));
        return static_cast<int>(nodes.size() - 1);
    }

    int binary(Kind kind, int l, int r) {
        Node n;
        n.kind = kind;
        n.left = l;
        n.right = r;
        return add(std::move(n));
    }

    void enter(int depth) const {
        if (depth > Ekspresi::max_depth) {
            const std::string n = std::to_string(Ekspresi::max_depth);
            fail({"rumus bersarang lebih dalam dari " + n + " tingkat", "expression nested deeper than " + n}, pos_);
        }
    }

    int expr(int depth) {
        enter(depth);
        int left = term(depth);
        for (;;) {
            skip();
            const int op = additive_op();
            if (op == 0) return left;
            const int right = term(depth);
            left = binary(op == 1 ? Kind::add : Kind::sub, left, right);
        }
    }

    int term(int depth) {
        int left = unary(depth);
        for (;;) {
            skip();
            const int op = multiplicative_op();
            if (op == 0) return left;
            const int right = unary(depth);
            left = binary(op == 1 ? Kind::mul : Kind::div, left, right);
        }
    }

    int unary(int depth) {
        enter(depth + 1);
        skip();
        const int op = additive_op();
        if (op == 1) return unary(depth + 1);
        if (op == 2) {
            Node n;
            n.kind = Kind::neg;
            n.left = unary(depth + 1);
            return add(std::move(n));
        }
        return primary(depth);
    }

    static bool digit(char c) { return c >= '0' && c <= '9'; }
    static bool alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }

    int primary(int depth) {
        skip();
        if (pos_ >= text_.size())
            fail({"rumus berakhir di tempat angka, nama atau '(' diharapkan",
                  "expression ends where a number, name or '(' is expected"},
                 pos_);
        const char c = text_[pos_];
        if (c == '(') {
            const std::size_t open = pos_;
            ++pos_;
            const int inner = expr(depth + 1);
            skip();
            if (!accept(")")) {
                const std::string at = std::to_string(open);
                fail({"')' untuk '(' yang dibuka pada posisi " + at + " tidak ditemukan",
                      "missing ')' for the '(' opened at offset " + at},
                     pos_);
            }
            return inner;
        }
        if (digit(c)) return number();
        if (alpha(c)) return name();
        fail({"diharapkan angka, nama atau '('", "expected a number, name or '('"}, pos_);
    }

    int number() {
        const std::size_t begin = pos_;
        while (pos_ < text_.size() && digit(text_[pos_])) ++pos_;
        std::string canonical(text_.substr(begin, pos_ - begin));
        if (pos_ < text_.size() && (text_[pos_] == '.' || text_[pos_] == ',')) {
            ++pos_;
            const std::size_t frac = pos_;
            while (pos_ < text_.size() && digit(text_[pos_])) ++pos_;
            if (pos_ == frac)
                fail({"tanda desimal tanpa digit sesudahnya", "decimal mark without digits after it"}, frac);
            canonical += "." + std::string(text_.substr(frac, pos_ - frac));
        }
        if (pos_ < text_.size() &&
            (digit(text_[pos_]) || alpha(text_[pos_]) || text_[pos_] == '.' || text_[pos_] == ',')) {
            fail({"bentuk angka tidak sah", "malformed number"}, pos_);
        }
        if (canonical.size() > 60) fail({"angka dengan terlalu banyak digit", "number with too many digits"}, begin);
        Node n;
        n.kind = Kind::number;
        try {
            n.number = Rasional(Decimal(canonical));
        } catch (const overflow_error&) {
            // Beyond 38 significant digits: a syntax problem of the formula, reported with
            // its offset like any other (found by fuzz_ekspresi).
            fail({"angka dengan lebih dari 38 digit bermakna", "number with more than 38 significant digits"}, begin);
        }
        return add(std::move(n));
    }

    std::string identifier() {
        const std::size_t begin = pos_;
        while (pos_ < text_.size() && (alpha(text_[pos_]) || digit(text_[pos_]))) ++pos_;
        return std::string(text_.substr(begin, pos_ - begin));
    }

    // name, name[n-1], name[n] or prev(name); the node's key is "name" or "name[n-1]".
    int name() {
        const std::size_t begin = pos_;
        std::string id = identifier();
        bool sebelumnya = false;
        const std::size_t after = pos_;
        skip();
        if (id == "prev" && accept("(")) {
            skip();
            if (pos_ >= text_.size() || !alpha(text_[pos_]))
                fail({"prev( harus diikuti nama masukan", "prev( must be followed by an input name"}, pos_);
            id = identifier();
            skip();
            if (!accept(")")) {
                const std::string at = std::to_string(begin);
                fail({"')' untuk prev( yang dibuka pada posisi " + at + " tidak ditemukan",
                      "missing ')' for the prev( opened at offset " + at},
                     pos_);
            }
            sebelumnya = true;
        } else {
            pos_ = after;
            if (pos_ < text_.size() && text_[pos_] == '[') {
                if (accept("[n-1]")) {
                    sebelumnya = true;
                } else if (!accept("[n]")) {
                    fail({"hanya nama[n] dan nama[n-1] yang boleh mengikuti nama",
                          "only name[n] and name[n-1] may follow a name"},
                         pos_);
                }
            }
        }
        Node n;
        n.kind = Kind::name;
        n.name = sebelumnya ? id + "[n-1]" : id;
        n.input = std::move(id);
        return add(std::move(n));
    }

    std::string_view text_;
    std::size_t pos_ = 0;
};

struct Undefined {
    std::string reason;
    Status status;
};

}  // namespace

Ekspresi Ekspresi::parse(std::string_view text) {
    Parser p(text);
    Ekspresi e;
    e.root_ = p.parse();
    e.nodes_ = std::move(p.nodes);
    e.text_ = std::string(text);
    return e;
}

std::vector<std::string> Ekspresi::names() const {
    std::vector<std::string> out;
    // Nodes are appended in source order for names, so a linear scan keeps first-use order.
    for (const Node& n : nodes_) {
        if (n.kind == Kind::name && std::find(out.begin(), out.end(), n.name) == out.end()) out.push_back(n.name);
    }
    return out;
}

std::vector<std::string> Ekspresi::inputs() const {
    std::vector<std::string> out;
    for (const Node& n : nodes_) {
        if (n.kind == Kind::name && std::find(out.begin(), out.end(), n.input) == out.end()) out.push_back(n.input);
    }
    return out;
}

Hasil Ekspresi::evaluate(const Lookup& lookup, int places, Rounding rounding) const {
    Hasil h;
    h.trace.formula = text_;
    h.trace.variant = "ekspresi";
    h.trace.rule = "IKU formula: named expression over the inputs, exact rational arithmetic";
    h.trace.places = places;
    h.trace.rounding = rounding;
    std::vector<std::optional<Rasional>> values(nodes_.size());
    std::optional<Undefined> undefined;
    for (const std::string& name : names()) {
        auto v = lookup(name);
        if (v) {
            h.trace.input(name, *v);
        } else if (!undefined) {
            undefined = Undefined{"input '" + name + "' not reported", Status::missing};
        }
    }
    if (!undefined) {
        // Children always precede their parent in nodes_, so one forward pass evaluates the tree.
        for (std::size_t i = 0; i < nodes_.size() && !undefined; ++i) {
            const Node& n = nodes_[i];
            switch (n.kind) {
                case Kind::number:
                    values[i] = n.number;
                    break;
                case Kind::name: {
                    for (const auto& [name, value] : h.trace.inputs) {
                        if (name == n.name) values[i] = value;
                    }
                    break;
                }
                case Kind::neg:
                    values[i] = -*values[static_cast<std::size_t>(n.left)];
                    break;
                case Kind::add:
                case Kind::sub:
                case Kind::mul:
                case Kind::div: {
                    const Rasional& a = *values[static_cast<std::size_t>(n.left)];
                    const Rasional& b = *values[static_cast<std::size_t>(n.right)];
                    if (n.kind == Kind::add) values[i] = a + b;
                    if (n.kind == Kind::sub) values[i] = a - b;
                    if (n.kind == Kind::mul) values[i] = a * b;
                    if (n.kind == Kind::div) {
                        if (b.is_zero()) {
                            undefined = Undefined{"division by zero", Status::undefined};
                        } else {
                            values[i] = a / b;
                        }
                    }
                    break;
                }
            }
        }
    }
    if (undefined) {
        h.status = undefined->status;
        h.trace.reason = undefined->reason;
        return h;
    }
    h.exact = *values[static_cast<std::size_t>(root_)];
    h.value = h.exact->round(places, rounding);
    h.status = Status::ok;
    return h;
}

}  // namespace sakip
