// The measures a printed figure of a LKjIP can have (`Angka::ukuran`, docs/format.md section 8): one
// row per ukuran with how its text is read, the kinds of `ref` it is about and the extra fields it
// takes.
//
// Rule: this table is the one definition of the vocabulary. The loader checks each figure against
// its row (rule laporan.ukuran), the JSON Schema's ukuran enum and laporan.ukuran rules are generated
// from it, and the audit reads a figure the way its row says; the audit's table of expected values
// (src/audit/harapan.cpp) is keyed by these names and a test fails when the two differ. A new
// ukuran is a row here, its expected value there, and its line in docs/format.md.
#pragma once

#include <span>
#include <string_view>

namespace sakip {

// How a printed figure's text is read and shown: a percentage, a count, an amount of rupiah, a
// quantity (a target), a category label, a year.
enum class JenisAngka { persen, jumlah, rupiah, besaran, label, tahun };

// The kinds of JSON Pointer a figure's `ref` (and porsi's `terhadap`) can be: bits of a mask.
enum class RefAngka : unsigned {
    indikator = 1u << 0,        // /renstra/indikator/<id>
    semua_indikator = 1u << 1,  // /renstra/indikator
    sasaran = 1u << 2,          // /renstra/sasaran/<id>
    semua_sasaran = 1u << 3,    // /renstra/sasaran
    dpa = 1u << 4,              // /dpa/<year>
    semua_program = 1u << 5,    // /dpa/<year>/program
    program = 1u << 6,          // /dpa/<year>/program/<code>
    kegiatan = 1u << 7,         // .../program/<code>/kegiatan/<code>
    sub_kegiatan = 1u << 8,     // .../kegiatan/<code>/sub_kegiatan/<code>
    semua_belanja = 1u << 9,    // /dpa/<year>/belanja
    belanja = 1u << 10,         // /dpa/<year>/belanja/<kind>
    baris_pk = 1u << 11,        // /pk/<year>/<id>/program|kegiatan|sub_kegiatan
    input = 1u << 12,           // /realisasi/<year>/<indikator>/input/<name>
    tahunan = 1u << 13,         // anything under /dpa|pk|realisasi|laporan|pohon_kinerja/<year>
};
constexpr unsigned operator|(RefAngka a, RefAngka b) noexcept {
    return static_cast<unsigned>(a) | static_cast<unsigned>(b);
}
constexpr unsigned operator|(unsigned a, RefAngka b) noexcept { return a | static_cast<unsigned>(b); }
constexpr bool has(unsigned mask, RefAngka k) noexcept { return (mask & static_cast<unsigned>(k)) != 0; }

struct InfoUkuran {
    std::string_view nama;  // "serapan"
    JenisAngka jenis;       // how its text is read
    unsigned refs;          // RefAngka bits: what the audit recomputes it from
    bool terhadap = false;  // porsi: `terhadap` (the whole, an amount too) is required
    bool kategori = false;  // jumlah_kategori: `kategori` (the label counted) is required
    bool banding = false;   // a change between two years: `tahun_banding` and `arah` are allowed
};

// Every ukuran, in the order of docs/format.md section 8.
std::span<const InfoUkuran> ukuran_info() noexcept;
// The row of `nama`, nullptr for an unknown ukuran.
const InfoUkuran* find_ukuran(std::string_view nama) noexcept;

}  // namespace sakip
