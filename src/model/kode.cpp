// Kode parsing, normalisation and the parent relation (see include/sakip/model/kode.hpp).
#include <sakip/error.hpp>
#include <sakip/model/kode.hpp>

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

namespace sakip {

std::string_view to_string(SkemaKode s) noexcept {
    return s == SkemaKode::permendagri_13_2006 ? "permendagri_13_2006" : "permendagri_90_2019";
}

std::optional<SkemaKode> parse_skema_kode(std::string_view name) noexcept {
    if (detail::same_word(name, "permendagri_13_2006")) return SkemaKode::permendagri_13_2006;
    if (detail::same_word(name, "permendagri_90_2019")) return SkemaKode::permendagri_90_2019;
    return std::nullopt;
}

std::string_view to_string(LevelKode l) noexcept {
    switch (l) {
        case LevelKode::urusan:
            return "urusan";
        case LevelKode::bidang_urusan:
            return "bidang_urusan";
        case LevelKode::program:
            return "program";
        case LevelKode::kegiatan:
            return "kegiatan";
        case LevelKode::sub_kegiatan:
            return "sub_kegiatan";
    }
    return "?";
}

namespace {

// Widths of the 90/2019 segments: urusan, bidang, program, kegiatan (2 parts), sub kegiatan.
constexpr std::size_t widths[] = {1, 2, 2, 1, 2, 4};

Pesan digits_and_dots() { return {"kode hanya memuat digit dan titik", "a code holds only digits and dots"}; }

bool fail(Pesan* why, std::size_t* offset, Pesan message, std::size_t at) {
    if (why) *why = std::move(message);
    if (offset) *offset = at;
    return false;
}

bool parse_impl(std::string_view text, std::string& norm, std::string& printed, SkemaKode& skema, Pesan* why,
                std::size_t* offset) {
    std::size_t b = 0, e = text.size();
    while (b < e && text[b] == ' ') ++b;
    while (e > b && text[e - 1] == ' ') --e;
    if (b == e) return fail(why, offset, {"kode kosong", "empty code"}, 0);
    std::string_view t = text.substr(b, e - b);
    printed = std::string(t);
    if (t.find('.') == std::string_view::npos) {
        for (std::size_t i = 0; i < t.size(); ++i)
            if (t[i] < '0' || t[i] > '9') return fail(why, offset, digits_and_dots(), b + i);
        skema = SkemaKode::permendagri_13_2006;
        norm = printed;
        return true;
    }
    skema = SkemaKode::permendagri_90_2019;
    norm.clear();
    std::size_t start = 0, k = 0;
    for (std::size_t i = 0; i <= t.size(); ++i) {
        if (i < t.size() && t[i] != '.') {
            if (t[i] < '0' || t[i] > '9') return fail(why, offset, digits_and_dots(), b + i);
            continue;
        }
        if (k >= 6)
            return fail(why, offset,
                        {"kode Permendagri 90/2019 memuat paling banyak 6 segmen",
                         "a Permendagri 90/2019 code has at most 6 segments"},
                        b + start);
        std::string_view seg = t.substr(start, i - start);
        if (seg.empty()) return fail(why, offset, {"segmen kosong dalam kode", "empty segment in code"}, b + start);
        const std::size_t w = widths[k];
        std::size_t nz = 0;
        while (nz + 1 < seg.size() && seg[nz] == '0' && seg.size() - nz > w) ++nz;
        std::string_view sig = seg.substr(nz);
        if (sig.size() > w) {
            const std::string segment = std::to_string(k + 1) + " \"" + std::string(seg) + "\"";
            return fail(why, offset,
                        {"segmen " + segment + " memuat lebih dari " + std::to_string(w) + " digit",
                         "segment " + segment + " has more than " + std::to_string(w) + " digit" + (w > 1 ? "s" : "")},
                        b + start);
        }
        if (k) norm += '.';
        norm += std::string(w - sig.size(), '0');
        norm += sig;
        ++k;
        start = i + 1;
    }
    if (k == 4)
        return fail(why, offset,
                    {"kode Permendagri 90/2019 memuat 1, 2, 3, 5 atau 6 segmen, bukan 4",
                     "a Permendagri 90/2019 code has 1, 2, 3, 5 or 6 segments, not 4"},
                    b);
    return true;
}

}  // namespace

Kode Kode::parse(std::string_view text, std::string_view origin) {
    std::string norm, printed;
    Pesan why;
    std::size_t offset = 0;
    SkemaKode s{};
    if (!parse_impl(text, norm, printed, s, &why, &offset))
        throw parse_error(std::move(why), std::string(text), offset, std::string(origin));
    return Kode(std::move(norm), std::move(printed), s);
}

std::optional<Kode> Kode::try_parse(std::string_view text, Pesan* why) {
    std::string norm, printed;
    SkemaKode s{};
    if (!parse_impl(text, norm, printed, s, why, nullptr)) return std::nullopt;
    return Kode(std::move(norm), std::move(printed), s);
}

std::optional<Kode> Kode::try_parse(std::string_view text, std::string* why) {
    Pesan reason;
    std::optional<Kode> k = try_parse(text, why ? &reason : nullptr);
    if (!k && why) *why = std::move(reason.en);
    return k;
}

int Kode::segments() const noexcept {
    if (norm_.empty()) return 0;
    if (skema_ == SkemaKode::permendagri_13_2006) return 1;
    return 1 + static_cast<int>(std::count(norm_.begin(), norm_.end(), '.'));
}

std::optional<LevelKode> Kode::level() const noexcept {
    if (norm_.empty() || skema_ == SkemaKode::permendagri_13_2006) return std::nullopt;
    switch (segments()) {
        case 1:
            return LevelKode::urusan;
        case 2:
            return LevelKode::bidang_urusan;
        case 3:
            return LevelKode::program;
        case 5:
            return LevelKode::kegiatan;
        default:
            return LevelKode::sub_kegiatan;
    }
}

std::optional<Kode> Kode::parent() const {
    if (norm_.empty() || skema_ == SkemaKode::permendagri_13_2006) return std::nullopt;
    // Normalised lengths of 1..6 segments: 1, 4, 7, (9), 12, 17.
    std::size_t len = 0;
    switch (segments()) {
        case 1:
            return std::nullopt;
        case 2:
            len = 1;
            break;
        case 3:
            len = 4;
            break;
        case 5:
            len = 7;
            break;
        default:
            len = 12;
            break;
    }
    std::string p = norm_.substr(0, len);
    return Kode(p, p, skema_);
}

std::optional<Kode> Kode::program() const {
    if (norm_.empty() || skema_ == SkemaKode::permendagri_13_2006 || segments() < 3) return std::nullopt;
    std::string p = norm_.substr(0, 7);
    return Kode(p, p, skema_);
}

bool Kode::is_under(const Kode& ancestor) const noexcept {
    if (norm_.empty() || ancestor.norm_.empty() || skema_ != ancestor.skema_) return false;
    if (norm_.size() <= ancestor.norm_.size()) return false;
    if (norm_.compare(0, ancestor.norm_.size(), ancestor.norm_) != 0) return false;
    // 90/2019: the prefix must end at a segment boundary.
    return skema_ == SkemaKode::permendagri_13_2006 || norm_[ancestor.norm_.size()] == '.';
}

}  // namespace sakip
