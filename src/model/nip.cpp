// Nip parsing and validation (see include/sakip/model/nip.hpp).
#include <sakip/error.hpp>
#include <sakip/model/nip.hpp>

#include <cstddef>
#include <string>

namespace sakip {

namespace {

int num(const std::string& d, std::size_t pos, std::size_t len) {
    int v = 0;
    for (std::size_t i = pos; i < pos + len; ++i) v = v * 10 + (d[i] - '0');
    return v;
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}

std::string two(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

// Validates and returns the 18 digits, or sets `why`/`offset` (offset into the original text).
bool check(std::string_view text, std::string& digits, Pesan& why, std::size_t& offset) {
    std::size_t pos_of[18] = {};
    std::size_t begin = 0, end = text.size();
    while (begin < end && (text[begin] == ' ' || text[begin] == '\t')) ++begin;
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
    if (begin == end) {
        why = {"NIP kosong", "empty NIP"};
        offset = 0;
        return false;
    }
    bool space_before = false;  // a space was just read
    for (std::size_t i = begin; i < end; ++i) {
        char c = text[i];
        if (c == ' ' || c == '\t') {
            const std::size_t n = digits.size();
            if (space_before || (n != 8 && n != 14 && n != 15)) {
                why = space_before ? Pesan{"NIP memuat dua spasi berturut-turut", "NIP has two spaces in a row"}
                                   : Pesan{"spasi dalam NIP hanya boleh di antara kelompoknya 8-6-1-3",
                                           "NIP may have a space only between its groups 8-6-1-3"};
                offset = i;
                return false;
            }
            space_before = true;
            continue;
        }
        space_before = false;
        if (c < '0' || c > '9') {
            why = {"NIP hanya boleh memuat digit dan spasi", "NIP may hold only digits and spaces"};
            offset = i;
            return false;
        }
        if (digits.size() == 18) {
            why = {"NIP memuat lebih dari 18 digit", "NIP has more than 18 digits"};
            offset = i;
            return false;
        }
        pos_of[digits.size()] = i;
        digits.push_back(c);
    }
    if (digits.size() != 18) {
        const std::string n = std::to_string(digits.size());
        why = {"NIP memuat " + n + " digit, diharapkan 18", "NIP has " + n + " digits, expected 18"};
        offset = end;
        return false;
    }
    const int y = num(digits, 0, 4), m = num(digits, 4, 2), d = num(digits, 6, 2);
    const int ty = num(digits, 8, 4), tm = num(digits, 12, 2);
    const int sex = digits[14] - '0', seq = num(digits, 15, 3);
    if (y < 1900) {
        why = {"tahun lahir NIP " + std::to_string(y) + " sebelum 1900",
               "NIP birth year " + std::to_string(y) + " is before 1900"};
        offset = pos_of[0];
        return false;
    }
    if (m < 1 || m > 12) {
        why = {"bulan lahir NIP " + two(m) + " bukan 01-12", "NIP birth month " + two(m) + " is not 01-12"};
        offset = pos_of[4];
        return false;
    }
    if (d < 1 || d > days_in_month(y, m)) {
        const std::string date = std::to_string(y) + "-" + two(m) + "-" + two(d);
        why = {"tanggal lahir NIP " + date + " bukan tanggal kalender yang sah",
               "NIP birth date " + date + " is not a calendar date"};
        offset = pos_of[6];
        return false;
    }
    if (tm < 1 || tm > 12) {
        why = {"bulan TMT CPNS NIP " + two(tm) + " bukan 01-12", "NIP TMT CPNS month " + two(tm) + " is not 01-12"};
        offset = pos_of[12];
        return false;
    }
    if (ty < y) {
        why = {"tahun TMT CPNS NIP " + std::to_string(ty) + " sebelum tahun lahir " + std::to_string(y),
               "NIP TMT CPNS year " + std::to_string(ty) + " is before the birth year " + std::to_string(y)};
        offset = pos_of[8];
        return false;
    }
    if (sex != 1 && sex != 2) {
        why = {"digit jenis kelamin NIP " + std::to_string(sex) + ", diharapkan 1 atau 2",
               "NIP sex digit is " + std::to_string(sex) + ", expected 1 or 2"};
        offset = pos_of[14];
        return false;
    }
    if (seq == 0) {
        why = {"nomor urut NIP 000", "NIP sequence number is 000"};
        offset = pos_of[15];
        return false;
    }
    return true;
}

}  // namespace

Nip Nip::parse(std::string_view text, std::string_view origin) {
    std::string digits;
    Pesan why;
    std::size_t offset = 0;
    if (!check(text, digits, why, offset))
        throw parse_error(std::move(why), std::string(text), offset, std::string(origin));
    return Nip(std::move(digits));
}

std::optional<Nip> Nip::try_parse(std::string_view text, Pesan* why) {
    std::string digits;
    Pesan reason;
    std::size_t offset = 0;
    if (!check(text, digits, reason, offset)) {
        if (why) *why = std::move(reason);
        return std::nullopt;
    }
    return Nip(std::move(digits));
}

std::optional<Nip> Nip::try_parse(std::string_view text, std::string* why) {
    Pesan reason;
    std::optional<Nip> n = try_parse(text, why ? &reason : nullptr);
    if (!n && why) *why = std::move(reason.en);
    return n;
}

std::string Nip::format() const {
    return digits_.substr(0, 8) + " " + digits_.substr(8, 6) + " " + digits_.substr(14, 1) + " " +
           digits_.substr(15, 3);
}

int Nip::tahun_lahir() const noexcept { return num(digits_, 0, 4); }
int Nip::bulan_lahir() const noexcept { return num(digits_, 4, 2); }
int Nip::hari_lahir() const noexcept { return num(digits_, 6, 2); }
int Nip::tahun_tmt() const noexcept { return num(digits_, 8, 4); }
int Nip::bulan_tmt() const noexcept { return num(digits_, 12, 2); }
int Nip::jenis_kelamin() const noexcept { return digits_[14] - '0'; }
int Nip::nomor_urut() const noexcept { return num(digits_, 15, 3); }

}  // namespace sakip
