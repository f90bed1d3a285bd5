// Exact roll-up of DPA line items (rincian belanja) by code prefix, for millions of rows held as
// columns: a code per row and int64 amounts in sen (pagu and, optionally, realisasi).
//
// Line-item codes. A code is one to three parts separated by '/':
//
//   [<instansi> "/"] <program path> ["/" <rekening>]
//   "7.01.0.00.0.00.15.0000/7.01.01.2.01.0001/5.1.02.01.01.0001"
//
//   instansi      the unit organisasi code as printed (dotted digits, any widths), optional
//   program path  a Permendagri 90/2019 code, canonical widths 1.2.2.1.2.4: urusan "7", bidang
//                 "7.01", program "7.01.01", kegiatan "7.01.01.2.01", sub kegiatan
//                 "7.01.01.2.01.0001" (as many segments as the level needs, at most 6)
//   rekening      the account code (dotted digits), optional
//
// A part of two segments or more with a '/' is always read as <instansi>/<program path>; a code
// with three parts has a rekening. Levels (the group key is the prefix of the code up to):
//
//   instansi      the instansi part                       "7.01.0.00.0.00.15.0000"
//   program       instansi + "/" + 3 segments             "7.01.0.00.0.00.15.0000/7.01.01"
//   kegiatan      instansi + "/" + 5 segments             ".../7.01.01.2.01"
//   sub_kegiatan  instansi + "/" + 6 segments             ".../7.01.01.2.01.0001"
//   rekening      the whole code
//
// Without an instansi part the key starts at the program path (roll-up across the pemda).
// Grouping is by the key's text; since widths are checked (a zero-padding variant such as
// "7.1.1" is an error, not a separate group), equal codes have equal text. Group sums use
// 128-bit accumulation with overflow checks (sakip::overflow_error, never wraps); the output is
// sorted by key (byte order, which for canonical widths is code order): deterministic for any
// input order.
//
// Errors: a malformed code throws sakip::parse_error whose origin names the row and the column
// ("row 17, column kode") and whose offset is the byte in the code.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <sakip/decimal/decimal.hpp>

namespace sakip {

enum class LevelRollup { instansi, program, kegiatan, sub_kegiatan, rekening };
std::string_view to_string(LevelRollup l) noexcept;  // "instansi", "program", ...
std::optional<LevelRollup> parse_level_rollup(std::string_view name) noexcept;

// A read-only column of N strings: string_views, or Arrow-style offsets (N + 1 of them, 32- or
// 64-bit) into one character buffer. The referenced memory must outlive the call.
class KodeKolom {
public:
    explicit KodeKolom(std::span<const std::string_view> views) noexcept : views_(views.data()), n_(views.size()) {}
    KodeKolom(const char* data, std::span<const std::int32_t> offsets) noexcept
        : data_(data), off32_(offsets.data()), n_(offsets.empty() ? 0 : offsets.size() - 1) {}
    KodeKolom(const char* data, std::span<const std::int64_t> offsets) noexcept
        : data_(data), off64_(offsets.data()), n_(offsets.empty() ? 0 : offsets.size() - 1) {}
    // Fixed-width records (numpy 'S' arrays): `width` bytes each, NUL-padded.
    KodeKolom(const char* data, std::size_t width, std::size_t n) noexcept : data_(data), width_(width), n_(n) {}

    std::size_t size() const noexcept { return n_; }
    std::string_view operator[](std::size_t i) const noexcept {
        if (views_ != nullptr) return views_[i];
        if (off32_ != nullptr) {
            return {data_ + off32_[i], static_cast<std::size_t>(off32_[i + 1] - off32_[i])};
        }
        if (off64_ != nullptr) {
            return {data_ + off64_[i], static_cast<std::size_t>(off64_[i + 1] - off64_[i])};
        }
        const char* p = data_ + i * width_;
        std::size_t len = width_;
        while (len > 0 && p[len - 1] == '\0') --len;
        return {p, len};
    }

private:
    const std::string_view* views_ = nullptr;
    const char* data_ = nullptr;
    const std::int32_t* off32_ = nullptr;
    const std::int64_t* off64_ = nullptr;
    std::size_t width_ = 0;
    std::size_t n_ = 0;
};

struct RollupResult {
    LevelRollup level = LevelRollup::program;
    std::vector<std::string> kode;                     // group keys, sorted
    std::vector<std::uint64_t> baris;                  // rows per group
    std::vector<Decimal::coefficient_type> pagu;       // Σ pagu in sen, exact
    std::vector<Decimal::coefficient_type> realisasi;  // Σ realisasi in sen (empty if not given)
    Decimal::coefficient_type total_pagu = 0;          // Σ of all rows
    Decimal::coefficient_type total_realisasi = 0;
    std::size_t size() const noexcept { return kode.size(); }
};

// Rolls the rows up to `level`. pagu (and realisasi, when not empty) must have codes.size()
// elements (sakip::error otherwise).
RollupResult rollup(const KodeKolom& codes, std::span<const std::int64_t> pagu_sen,
                    std::span<const std::int64_t> realisasi_sen, LevelRollup level);

// The group key of one code at `level` (what rollup groups by); parse_error as above with
// origin naming `row`.
std::string_view rollup_key(std::string_view code, LevelRollup level, std::size_t row = 0);

}  // namespace sakip
