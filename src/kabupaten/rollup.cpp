// Roll-up of DPA line items by code prefix: see include/sakip/kabupaten/rollup.hpp.
#include <sakip/decimal/decimal.hpp>
#include <sakip/decimal/rupiah.hpp>
#include <sakip/error.hpp>
#include <sakip/kabupaten/rollup.hpp>

#include <sakip/decimal/wide_int.hpp>

#include <algorithm>
#include <array>
#include <cstring>
#include <deque>
#include <functional>
#include <numeric>
#include <string>

namespace sakip {

using detail::to_coefficient;
using detail::wide_t;

namespace {

void add_checked(wide_t& total, std::int64_t x, std::string_view what) {
    if (__builtin_add_overflow(total, static_cast<wide_t>(x), &total)) {
        throw overflow_error("rollup: jumlah " + std::string(what) +
                             " melebihi akumulator 128 bit / rollup: the sum of " + std::string(what) +
                             " exceeds the 128-bit accumulator");
    }
}

[[noreturn]] void bad_code(Pesan reason, std::string_view code, std::size_t offset, std::size_t row) {
    throw parse_error(std::move(reason), std::string(code), offset, "row " + std::to_string(row) + ", column kode");
}

Pesan empty_segment() { return {"segmen kosong dalam kode rincian", "empty segment in line-item code"}; }
Pesan invalid_character() { return {"karakter tidak sah dalam kode rincian", "invalid character in line-item code"}; }

constexpr std::array<std::size_t, 6> path_widths{1, 2, 2, 1, 2, 4};

using detail::is_digit;  // the one ASCII-digit test, of the decimal reader

// Checks a dotted-digits part [begin, end) of `code`; returns its segment count.
std::size_t check_dotted(std::string_view code, std::size_t begin, std::size_t end, std::string_view part,
                         std::size_t row) {
    if (begin == end)
        bad_code({"bagian " + std::string(part) + " kosong dalam kode rincian",
                  "empty " + std::string(part) + " part in line-item code"},
                 code, begin, row);
    std::size_t segments = 1;
    std::size_t seg_start = begin;
    for (std::size_t i = begin; i < end; ++i) {
        const char c = code[i];
        if (c == '.') {
            if (i == seg_start) bad_code(empty_segment(), code, i, row);
            ++segments;
            seg_start = i + 1;
        } else if (!is_digit(c)) {
            bad_code(invalid_character(), code, i, row);
        }
    }
    if (seg_start == end) bad_code(empty_segment(), code, end, row);
    return segments;
}

// Whether code[begin..] is a well-formed rekening part: dotted digits, no empty segment, no '/'.
bool rekening_ok(std::string_view code, std::size_t begin) noexcept {
    if (begin >= code.size()) return false;
    std::size_t seg_start = begin;
    for (std::size_t i = begin; i < code.size(); ++i) {
        const char c = code[i];
        if (c == '.') {
            if (i == seg_start) return false;
            seg_start = i + 1;
        } else if (!is_digit(c)) {
            return false;
        }
    }
    return seg_start != code.size();
}

}  // namespace

std::string_view to_string(LevelRollup l) noexcept {
    switch (l) {
        case LevelRollup::instansi:
            return "instansi";
        case LevelRollup::program:
            return "program";
        case LevelRollup::kegiatan:
            return "kegiatan";
        case LevelRollup::sub_kegiatan:
            return "sub_kegiatan";
        case LevelRollup::rekening:
            return "rekening";
    }
    return "program";
}

std::optional<LevelRollup> parse_level_rollup(std::string_view name) noexcept {
    for (auto l : {LevelRollup::instansi, LevelRollup::program, LevelRollup::kegiatan, LevelRollup::sub_kegiatan,
                   LevelRollup::rekening}) {
        if (to_string(l) == name) return l;
    }
    return std::nullopt;
}

std::string_view rollup_key(std::string_view code, LevelRollup level, std::size_t row) {
    if (code.empty()) bad_code({"kode rincian kosong", "empty line-item code"}, code, 0, row);
    const std::size_t slash1 = code.find('/');
    const std::size_t slash2 = slash1 == std::string_view::npos ? slash1 : code.find('/', slash1 + 1);
    if (slash2 != std::string_view::npos && code.find('/', slash2 + 1) != std::string_view::npos) {
        bad_code({"lebih dari tiga bagian dalam kode rincian", "more than three parts in line-item code"}, code,
                 code.find('/', slash2 + 1), row);
    }
    std::size_t path_begin = 0;
    std::size_t path_end = code.size();
    if (slash1 != std::string_view::npos) {
        check_dotted(code, 0, slash1, "instansi", row);
        path_begin = slash1 + 1;
        path_end = slash2 == std::string_view::npos ? code.size() : slash2;
    }
    if (slash2 != std::string_view::npos) check_dotted(code, slash2 + 1, code.size(), "rekening", row);

    // The program path: canonical widths 1.2.2.1.2.4, at most six segments.
    if (path_begin == path_end)
        bad_code({"bagian program kosong dalam kode rincian", "empty program part in line-item code"}, code, path_begin,
                 row);
    std::array<std::size_t, 7> seg_end{};  // end offset of segment k (1-based count)
    std::size_t segments = 0;
    std::size_t seg_start = path_begin;
    for (std::size_t i = path_begin; i <= path_end; ++i) {
        if (i == path_end || code[i] == '.') {
            const std::size_t width = i - seg_start;
            if (segments == path_widths.size()) {
                bad_code({"lebih dari enam segmen pada bagian program kode rincian",
                          "more than six segments in the program part of a line-item code"},
                         code, seg_start, row);
            }
            if (width != path_widths[segments]) {
                bad_code(width == 0 ? empty_segment()
                                    : Pesan{"lebar segmen bukan lebar Permendagri 90/2019 (1.2.2.1.2.4)",
                                            "segment width is not the Permendagri 90/2019 width (1.2.2.1.2.4)"},
                         code, seg_start, row);
            }
            seg_end[++segments] = i;
            seg_start = i + 1;
        } else if (!is_digit(code[i])) {
            bad_code(invalid_character(), code, i, row);
        }
    }

    auto need = [&](std::size_t n) -> std::string_view {
        if (segments < n) {
            const std::string has = std::to_string(segments), needs = std::to_string(n);
            const std::string tingkat(to_string(level));
            bad_code({"kode rincian memuat " + has + " segmen program; tingkat " + tingkat + " memerlukan " + needs,
                      "line-item code has " + has + " program segments; level " + tingkat + " needs " + needs},
                     code, path_end, row);
        }
        return code.substr(0, seg_end[n]);
    };
    switch (level) {
        case LevelRollup::instansi:
            if (slash1 == std::string_view::npos) {
                bad_code({"kode rincian tidak memiliki bagian instansi (\"<instansi>/<program>...\")",
                          "line-item code has no instansi part (\"<instansi>/<program>...\")"},
                         code, 0, row);
            }
            return code.substr(0, slash1);
        case LevelRollup::program:
            return need(3);
        case LevelRollup::kegiatan:
            return need(5);
        case LevelRollup::sub_kegiatan:
            return need(6);
        case LevelRollup::rekening:
            return code;
    }
    return code;
}

namespace {

struct Group {
    std::string_view key;
    std::size_t hash = 0;
    std::uint64_t rows = 0;
    wide_t pagu = 0;
    wide_t realisasi = 0;
};

// Open addressing (linear probing) from key to index in `groups`.
class GroupTable {
public:
    GroupTable() : slots_(1024, empty) {}

    std::size_t find_or_add(std::string_view key, std::vector<Group>& groups) {
        const std::size_t h = std::hash<std::string_view>{}(key);
        std::size_t mask = slots_.size() - 1;
        for (std::size_t i = h & mask;; i = (i + 1) & mask) {
            const std::uint32_t s = slots_[i];
            if (s == empty) {
                groups.push_back(Group{key, h, 0, 0, 0});
                slots_[i] = static_cast<std::uint32_t>(groups.size() - 1);
                if (groups.size() * 2 > slots_.size()) grow(groups);
                return groups.size() - 1;
            }
            const Group& g = groups[s];
            if (g.hash == h && g.key == key) return s;
        }
    }

private:
    static constexpr std::uint32_t empty = 0xFFFFFFFFu;

    void grow(const std::vector<Group>& groups) {
        if (slots_.size() >= (std::size_t{1} << 31))
            throw error("rollup: terlalu banyak kelompok / rollup: too many groups");
        std::vector<std::uint32_t> bigger(slots_.size() * 2, empty);
        const std::size_t mask = bigger.size() - 1;
        for (std::size_t gi = 0; gi < groups.size(); ++gi) {
            std::size_t i = groups[gi].hash & mask;
            while (bigger[i] != empty) i = (i + 1) & mask;
            bigger[i] = static_cast<std::uint32_t>(gi);
        }
        slots_.swap(bigger);
    }

    std::vector<std::uint32_t> slots_;
};

}  // namespace

RollupResult rollup(const KodeKolom& codes, std::span<const std::int64_t> pagu_sen,
                    std::span<const std::int64_t> realisasi_sen, LevelRollup level) {
    const std::size_t n = codes.size();
    if (pagu_sen.size() != n)
        throw error("rollup: pagu memuat " + std::to_string(pagu_sen.size()) + " baris, kode " + std::to_string(n) +
                    " / rollup: pagu has " + std::to_string(pagu_sen.size()) + " rows, codes " + std::to_string(n));
    const bool with_realisasi = !realisasi_sen.empty();
    if (with_realisasi && realisasi_sen.size() != n) {
        throw error("rollup: realisasi memuat " + std::to_string(realisasi_sen.size()) + " baris, kode " +
                    std::to_string(n) + " / rollup: realisasi has " + std::to_string(realisasi_sen.size()) +
                    " rows, codes " + std::to_string(n));
    }
    std::vector<Group> groups;
    GroupTable table;
    // Line items come grouped by sub kegiatan (a DPA lists the rekening of one sub kegiatan
    // together), so consecutive codes usually share their head "<instansi>/<program path>" and
    // differ in the rekening only. The head of the last fully validated code is remembered: a code
    // with the same head bytes needs only its rekening checked, and (below the rekening level) has
    // the same key and group. Anything else - or any doubt - takes the full validation, which also
    // produces the error message.
    std::string_view last_key;
    std::string_view last_head;      // "<instansi>/<program path>" of the last fully validated code
    bool head_has_instansi = false;  // without it, "<path>/x" would read x as the path: no shortcut
    std::size_t last = static_cast<std::size_t>(-1);
    for (std::size_t i = 0; i < n; ++i) {
        const std::string_view code = codes[i];
        std::size_t g;
        const std::size_t hl = last_head.size();
        if (last != static_cast<std::size_t>(-1) && code.size() >= hl &&
            std::memcmp(code.data(), last_head.data(), hl) == 0 &&
            (code.size() == hl || (head_has_instansi && code[hl] == '/' && rekening_ok(code, hl + 1)))) {
            if (level == LevelRollup::rekening &&
                (code.size() != last_key.size() || std::memcmp(code.data(), last_key.data(), code.size()) != 0)) {
                g = table.find_or_add(code, groups);
                last = g;
                last_key = code;
            } else {
                g = last;
            }
        } else {
            const std::string_view key = rollup_key(code, level, i);
            const std::size_t slash1 = code.find('/');
            const std::size_t slash2 = slash1 == std::string_view::npos ? slash1 : code.find('/', slash1 + 1);
            last_head = code.substr(0, slash2 == std::string_view::npos ? code.size() : slash2);
            head_has_instansi = slash1 != std::string_view::npos;
            if (last != static_cast<std::size_t>(-1) && key.size() == last_key.size() &&
                std::memcmp(key.data(), last_key.data(), key.size()) == 0) {
                g = last;
            } else {
                g = table.find_or_add(key, groups);
                last = g;
                last_key = key;
            }
        }
        Group& grp = groups[g];
        ++grp.rows;
        add_checked(grp.pagu, pagu_sen[i], "pagu");
        if (with_realisasi) add_checked(grp.realisasi, realisasi_sen[i], "realisasi");
    }

    std::vector<std::size_t> order(groups.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return groups[a].key < groups[b].key; });

    RollupResult out;
    out.level = level;
    out.kode.reserve(groups.size());
    out.baris.reserve(groups.size());
    out.pagu.reserve(groups.size());
    if (with_realisasi) out.realisasi.reserve(groups.size());
    wide_t total_pagu = 0;
    wide_t total_realisasi = 0;
    for (std::size_t gi : order) {
        const Group& g = groups[gi];
        out.kode.emplace_back(g.key);
        out.baris.push_back(g.rows);
        out.pagu.push_back(to_coefficient(g.pagu));
        if (__builtin_add_overflow(total_pagu, g.pagu, &total_pagu)) {
            throw overflow_error(
                "rollup: total pagu melebihi akumulator 128 bit / rollup: the total pagu exceeds the 128-bit "
                "accumulator");
        }
        if (with_realisasi) {
            out.realisasi.push_back(to_coefficient(g.realisasi));
            if (__builtin_add_overflow(total_realisasi, g.realisasi, &total_realisasi)) {
                throw overflow_error(
                    "rollup: total realisasi melebihi akumulator 128 bit / rollup: the total realisasi exceeds the "
                    "128-bit accumulator");
            }
        }
    }
    out.total_pagu = to_coefficient(total_pagu);
    out.total_realisasi = to_coefficient(total_realisasi);
    return out;
}

}  // namespace sakip
