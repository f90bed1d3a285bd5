// sakip::Kode: the code of a program, kegiatan or sub kegiatan in the two numbering schemes that
// occur in SAKIP documents. The printed text is kept (and saved back); identity is the normalised
// form.
//
//   Permendagri 13/2006 (until 2020), compact digits as printed in DPA tables: program "01",
//     kegiatan "0102", "80617". The text alone does not fix the level: a kegiatan code is its
//     program's code followed by more digits, a sub kegiatan code its kegiatan's code followed by
//     more digits. No normalisation ("1" and "01" differ).
//   Permendagri 90/2019 (from 2021), dotted, segment widths 1.2.2.1.2.4: urusan "1", bidang urusan
//     "1.01", program "1.01.01", kegiatan "1.01.01.2.01" (program + two segments), sub kegiatan
//     "1.01.01.2.01.0001" (kegiatan + one segment). Segments compare as integers: each is
//     zero-padded (or unpadded) to its width, so "1.1.1.02.1.1" is "1.01.01.2.01.0001".
//
// Codes of different schemes are never related.
#pragma once

#include <sakip/error.hpp>

#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace sakip {

enum class SkemaKode { permendagri_13_2006, permendagri_90_2019 };
enum class LevelKode { urusan, bidang_urusan, program, kegiatan, sub_kegiatan };

std::string_view to_string(SkemaKode s) noexcept;  // "permendagri_13_2006", "permendagri_90_2019"
std::string_view to_string(LevelKode l) noexcept;  // "urusan", ..., "sub_kegiatan"
std::optional<SkemaKode> parse_skema_kode(std::string_view name) noexcept;

class Kode {
public:
    Kode() = default;  // empty: no code
    // Dotted text is Permendagri 90/2019 (1, 2, 3, 5 or 6 segments), digits only Permendagri
    // 13/2006. Surrounding spaces are ignored. Throws sakip::parse_error (with the offset of the bad
    // character or segment) on anything else.
    static Kode parse(std::string_view text, std::string_view origin = {});
    // std::nullopt instead of throwing; `why` (if given) receives the reason in both languages, or
    // (std::string) in English only.
    static std::optional<Kode> try_parse(std::string_view text, Pesan* why = nullptr);
    static std::optional<Kode> try_parse(std::string_view text, std::string* why);

    bool empty() const noexcept { return norm_.empty(); }
    const std::string& str() const noexcept { return norm_; }   // normalised: "1.01.01.2.01"
    const std::string& text() const noexcept { return text_; }  // as printed: "1.01.01.02.01"
    SkemaKode skema() const noexcept { return skema_; }
    // 90/2019: from the number of segments; 13/2006: std::nullopt (the text does not say).
    std::optional<LevelKode> level() const noexcept;
    int segments() const noexcept;  // 90/2019: number of segments; 13/2006: 1

    // 90/2019 only: the code one level up (sub kegiatan -> kegiatan -> program -> bidang urusan ->
    // urusan) and the program of a kegiatan / sub kegiatan. std::nullopt otherwise.
    std::optional<Kode> parent() const;
    std::optional<Kode> program() const;
    // True if *this is a strict descendant of `ancestor`: same scheme; 13/2006: starts with its
    // digits and is longer; 90/2019: starts with all its segments and has more.
    bool is_under(const Kode& ancestor) const noexcept;

    // Identity is the normalised code (the printed text is not compared).
    friend bool operator==(const Kode& a, const Kode& b) noexcept { return a.skema_ == b.skema_ && a.norm_ == b.norm_; }
    friend std::strong_ordering operator<=>(const Kode& a, const Kode& b) noexcept {
        if (auto c = a.skema_ <=> b.skema_; c != 0) return c;
        return a.norm_.compare(b.norm_) <=> 0;
    }

private:
    Kode(std::string norm, std::string text, SkemaKode s) : norm_(std::move(norm)), text_(std::move(text)), skema_(s) {}
    std::string norm_;
    std::string text_;
    SkemaKode skema_ = SkemaKode::permendagri_13_2006;
};

}  // namespace sakip
