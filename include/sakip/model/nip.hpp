// sakip::Nip: Nomor Induk Pegawai of an Indonesian civil servant (PNS), 18 digits
//   YYYYMMDD  date of birth
//   YYYYMM    TMT CPNS (start of service as candidate civil servant), year and month
//   S         sex: 1 = male (laki-laki), 2 = female (perempuan)
//   NNN       sequence number, 001-999
// Documents print it grouped "19750919 200604 1 009" or ungrouped "197509192006041009" (and every
// grouping in between). Nip::parse accepts any ASCII spaces between the digits and validates the
// structure: a real calendar date of birth (1900 or later), a TMT month 01-12 not before the
// birth month, the sex digit and a non-zero sequence. It cannot know whether the number was issued.
#pragma once

#include <sakip/error.hpp>

#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace sakip {

class Nip {
public:
    // Throws sakip::parse_error naming the first structural fault, e.g.
    //   tanggal lahir NIP 1975-02-30 bukan tanggal kalender yang sah / NIP birth date 1975-02-30 is not a
    //   calendar date in "19750230 200604 1 009" at offset 6
    static Nip parse(std::string_view text, std::string_view origin = {});
    // std::nullopt instead of throwing; `why` (if given) receives the reason in both languages, or
    // (std::string) in English only.
    static std::optional<Nip> try_parse(std::string_view text, Pesan* why = nullptr);
    static std::optional<Nip> try_parse(std::string_view text, std::string* why);

    const std::string& digits() const noexcept { return digits_; }  // the 18 digits
    std::string format() const;                                     // "19750919 200604 1 009"

    int tahun_lahir() const noexcept;    // 1975
    int bulan_lahir() const noexcept;    // 9
    int hari_lahir() const noexcept;     // 19
    int tahun_tmt() const noexcept;      // 2006 (TMT CPNS)
    int bulan_tmt() const noexcept;      // 4
    int jenis_kelamin() const noexcept;  // 1 (laki-laki) or 2 (perempuan)
    int nomor_urut() const noexcept;     // 9

    friend bool operator==(const Nip&, const Nip&) = default;
    friend std::strong_ordering operator<=>(const Nip& a, const Nip& b) noexcept {
        return a.digits_.compare(b.digits_) <=> 0;
    }

private:
    explicit Nip(std::string digits) : digits_(std::move(digits)) {}
    std::string digits_;
};

}  // namespace sakip
