// sakip::load_json / load: the DOM with its limits. The text is refused before any model is built
// when it is over json_max_bytes, holds a NUL byte, is not JSON or nests deeper than json_max_depth;
// duplicate keys are collected here and reported at their object. Then read_document (json_tahunan.cpp)
// reads the model and the problems are returned in document order, duplicates removed.
#include "io/json_read.hpp"
#include "io/utf8.hpp"

#include <cerrno>
#include <cstdio>
#include <system_error>
#include <tuple>

namespace sakip {

namespace {
// "<pointer>: <rule>: " with the root pointer as "".
std::string head(const LoadProblem& p) {
    return (p.pointer.empty() ? std::string("\"\"") : p.pointer) + ": " + p.rule + ": ";
}
}  // namespace

std::string LoadProblem::to_string(bool english) const { return head(*this) + (english ? message_en : message); }

namespace {
std::string join_problems(const std::string& origin, const std::vector<LoadProblem>& problems) {
    std::string out;
    for (const auto& p : problems) {
        if (!out.empty()) out += '\n';
        out += head(p) + join_languages(p.message, p.message_en);
    }
    if (out.empty()) out = origin + ": tidak dapat dimuat / cannot load";
    return out;
}
}  // namespace

load_error::load_error(std::string origin, std::vector<LoadProblem> problems)
    : error(join_problems(origin, problems)), problems_(std::move(problems)), origin_(std::move(origin)) {}

namespace json_read {
namespace {

// The text with every byte that is not part of a well-formed UTF-8 sequence written as \xNN, so a
// message that quotes the input (the parser's "last read: ...") is itself valid UTF-8.
std::string valid_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        const std::size_t len = detail::utf8_sequence(s, i);
        const bool ok = len != 0;
        if (ok) {
            out.append(s.substr(i, len));
            i += len;
        } else {
            static const char hex[] = "0123456789abcdef";
            out += "\\x";
            out += hex[b >> 4];
            out += hex[b & 0xF];
            ++i;
        }
    }
    return out;
}

// ---- DOM with limits and duplicate keys -----------------------------------------------------------

// Builds the ordered DOM in time linear in the size of the text: ordered_json looks keys up by a
// linear scan, so members are appended to the underlying vector directly and each open object
// keeps its own hash index of keys once it has more than a few (a duplicate key keeps the first
// member's place and takes the last value, as ordered_json's operator[] would).
class DomBuilder final : public nlohmann::json_sax<J> {
public:
    J root;
    bool too_deep = false;
    std::string syntax_error;
    // Duplicate keys by the pointer of the object that holds them.
    std::map<std::string, std::vector<LoadProblem>> duplicates;

    bool null() override { return value(nullptr); }
    bool boolean(bool v) override { return value(v); }
    bool number_integer(number_integer_t v) override { return value(v); }
    bool number_unsigned(number_unsigned_t v) override { return value(v); }
    bool number_float(number_float_t v, const string_t&) override { return value(v); }
    bool string(string_t& v) override { return value(std::move(v)); }
    bool binary(binary_t&) override { return false; }
    bool start_object(std::size_t) override { return open(J::object()); }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(J::array()); }
    bool end_array() override { return close(); }

    bool key(string_t& k) override {
        Frame& f = stack_.back();
        f.slot = f.find(k);
        if (f.slot != Frame::npos) {
            std::string obj = pointer();
            duplicates[obj].push_back({at(obj, k), "json.duplicate_key", "kunci " + quote(k) + " ganda dalam objek",
                                       "duplicate key " + quote(k) + " in object"});
        }
        key_ = std::move(k);
        return true;
    }

    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) override {
        std::string what = ex.what();
        if (!what.empty() && what.front() == '[')
            if (auto p = what.find("] "); p != std::string::npos) what = what.substr(p + 2);
        syntax_error = valid_utf8(what);
        return false;
    }

private:
    using Members = J::object_t::Container;
    // An open array or object; `keys` indexes an object's members once it is large.
    struct Frame {
        static constexpr std::size_t npos = static_cast<std::size_t>(-1);
        static constexpr std::size_t linear_up_to = 16;
        J* node = nullptr;
        std::string token;
        std::size_t slot = npos;  // the member the pending key names, npos for a new one
        std::unordered_map<std::string, std::size_t> keys;

        Members& members() const { return node->get_ref<J::object_t&>(); }
        std::size_t find(const std::string& k) const {
            const Members& m = members();
            if (keys.empty()) {
                for (std::size_t i = 0; i < m.size(); ++i)
                    if (m[i].first == k) return i;
                return npos;
            }
            auto it = keys.find(k);
            return it == keys.end() ? npos : it->second;
        }
        J& append(std::string k, J&& v) {
            Members& m = members();
            if (!keys.empty() || m.size() == linear_up_to) {
                if (keys.empty())
                    for (std::size_t i = 0; i < m.size(); ++i) keys.emplace(m[i].first, i);
                keys.emplace(k, m.size());
            }
            m.emplace_back(std::move(k), std::move(v));
            return m.back().second;
        }
    };

    std::string pointer() const {
        std::string p;
        for (std::size_t i = 1; i < stack_.size(); ++i) p += "/" + esc(stack_[i].token);
        return p;
    }
    J* place(J&& v, std::string& token) {
        if (stack_.empty()) {
            root = std::move(v);
            return &root;
        }
        Frame& top = stack_.back();
        if (top.node->is_array()) {
            token = std::to_string(top.node->size());
            top.node->push_back(std::move(v));
            return &top.node->back();
        }
        token = key_;
        if (top.slot != Frame::npos) {
            J& slot = top.members()[top.slot].second;
            slot = std::move(v);
            return &slot;
        }
        return &top.append(std::move(key_), std::move(v));
    }
    bool value(J&& v) {
        std::string token;
        place(std::move(v), token);
        return true;
    }
    bool open(J&& v) {
        check_interrupt();  // a safe point: the DOM is thrown away with the builder
        if (static_cast<int>(stack_.size()) >= json_max_depth) {
            too_deep = true;
            return false;
        }
        std::string token;
        J* p = place(std::move(v), token);
        stack_.emplace_back();
        stack_.back().node = p;
        stack_.back().token = std::move(token);
        return true;
    }
    bool close() {
        stack_.pop_back();
        return true;
    }
    std::vector<Frame> stack_;
    std::string key_;
};

}  // namespace
}  // namespace json_read

namespace {

using json_read::Ctx;
using json_read::DomBuilder;
using json_read::read_document;

[[noreturn]] void fail_one(std::string_view origin, std::string rule, Pesan message) {
    throw load_error(std::string(origin),
                     {LoadProblem{"", std::move(rule), std::move(message.id), std::move(message.en)}});
}

}  // namespace

Dokumen load_json(std::string_view text, std::string_view origin) {
    if (text.size() > json_max_bytes)
        fail_one(origin, "json.limit",
                 {"dokumen berukuran " + std::to_string(text.size()) + " byte; batasnya " +
                      std::to_string(json_max_bytes) + " (64 MiB)",
                  "document is " + std::to_string(text.size()) + " bytes; the limit is " +
                      std::to_string(json_max_bytes) + " (64 MiB)"});
    // nlohmann's lexer takes a NUL byte for the end of the input and would ignore what follows; a
    // JSON text never contains one (U+0000 in a string is written \u0000).
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        const auto line_start = text.rfind('\n', nul);
        const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(nul), '\n');
        const auto column = nul - (line_start == std::string_view::npos ? 0 : line_start + 1) + 1;
        const std::string at = std::to_string(nul), ln = std::to_string(line), col = std::to_string(column);
        fail_one(origin, "json.syntax",
                 {"JSON tidak sah: bita NUL pada posisi " + at + " (baris " + ln + ", kolom " + col +
                      "); teks JSON tidak boleh memuatnya",
                  "invalid JSON: NUL byte at offset " + at + " (line " + ln + ", column " + col +
                      "); a JSON text cannot contain one"});
    }
    Ctx c;
    DomBuilder dom;
    const bool parsed = nlohmann::json::sax_parse(text, &dom);
    if (dom.too_deep)
        fail_one(origin, "json.limit",
                 {"JSON bersarang lebih dalam dari " + std::to_string(json_max_depth) + " tingkat",
                  "JSON nested deeper than " + std::to_string(json_max_depth) + " levels"});
    if (!parsed) {
        // The parser's own description of the error (in English) with the place it gives.
        const std::string why = dom.syntax_error.empty() ? "" : ": " + dom.syntax_error;
        fail_one(origin, "json.syntax", {"JSON tidak sah" + why, "invalid JSON" + why});
    }
    c.duplicates = std::move(dom.duplicates);
    c.root = &dom.root;
    Dokumen d = read_document(c, dom.root);
    // Duplicate keys inside objects the reader never visited (e.g. under an unknown field).
    for (auto& [obj, list] : c.duplicates)
        for (auto& p : list) c.add(p.pointer, p.rule, {p.message, p.message_en});
    if (c.problems.empty()) return d;
    std::stable_sort(c.problems.begin(), c.problems.end(),
                     [](const Ctx::Entry& a, const Ctx::Entry& b) { return a.seq < b.seq; });
    std::vector<LoadProblem> out;
    std::set<std::tuple<std::string, std::string, std::string>> seen;
    for (auto& e : c.problems)
        if (seen.emplace(e.problem.pointer, e.problem.rule, e.problem.message).second)
            out.push_back(std::move(e.problem));
    throw load_error(std::string(origin), std::move(out));
}

namespace {

// What the system says about a failed call, e.g. "No such file or directory" (thread-safe, unlike
// strerror: kabupaten files are read in parallel).
// The system's text is in English (the C locale); the Indonesian message keeps it in parentheses.
std::string reason(int err) { return err != 0 ? std::generic_category().message(err) : "I/O error"; }

[[noreturn]] void fail_io(const std::string& origin, const std::string& id, const std::string& en, int err) {
    fail_one(origin, "json.io", {id + ": " + reason(err), en + ": " + reason(err)});
}

[[noreturn]] void too_large(const std::string& origin, const std::string& size_id, const std::string& size_en) {
    const std::string limit = std::to_string(json_max_bytes) + " (64 MiB)";
    fail_one(origin, "json.limit",
             {"berkas berukuran " + size_id + " byte; batasnya " + limit,
              "file is " + size_en + " bytes; the limit is " + limit});
}

struct File {
    std::FILE* f = nullptr;
    ~File() {
        if (f != nullptr) std::fclose(f);
    }
};

}  // namespace

// Reads to the end of the file rather than trusting its reported size: /proc files report 0, pipes
// and character devices report nothing, a file may grow while it is read. The limit is enforced
// while reading, so a pipe that never ends costs at most json_max_bytes.
Dokumen load(const std::filesystem::path& path) {
    const std::string origin = path.string();
    std::error_code ec;
    const auto st = std::filesystem::status(path, ec);
    if (std::filesystem::is_directory(st))
        fail_one(origin, "json.io",
                 {origin + " adalah direktori, bukan berkas", origin + " is a directory, not a file"});
    std::uintmax_t reported = 0;
    if (std::filesystem::is_regular_file(st)) {
        reported = std::filesystem::file_size(path, ec);
        if (ec) reported = 0;
        if (reported > json_max_bytes) too_large(origin, std::to_string(reported), std::to_string(reported));
    }
    File in;
    while (in.f == nullptr) {
        errno = 0;
#ifdef _WIN32
        in.f = _wfopen(path.c_str(), L"rb");
#else
        in.f = std::fopen(path.c_str(), "rb");
#endif
        if (in.f != nullptr) break;
        const int err = errno;
        if (err != EINTR) fail_io(origin, "tidak dapat membuka " + origin, "cannot open " + origin, err);
        check_interrupt_now();  // a signal arrived while waiting (a FIFO without a writer): stop if asked
    }
    std::string text;
    constexpr std::size_t chunk = std::size_t{64} * 1024;
    text.reserve(static_cast<std::size_t>(reported) + chunk);
    for (;;) {
        const std::size_t old = text.size();
        text.resize(old + chunk);
        errno = 0;
        const std::size_t got = std::fread(text.data() + old, 1, chunk, in.f);
        text.resize(old + got);
        if (text.size() > json_max_bytes)
            too_large(origin, "lebih dari " + std::to_string(json_max_bytes),
                      "more than " + std::to_string(json_max_bytes));
        if (got == chunk) continue;
        if (std::feof(in.f)) break;
        const int err = errno;
        if (err != EINTR) fail_io(origin, "tidak dapat membaca " + origin, "cannot read " + origin, err);
        std::clearerr(in.f);
        check_interrupt_now();
    }
    return load_json(text, origin);
}

}  // namespace sakip
