// Writing numbers for people (format_angka, format.hpp) and rupiah amounts: PUEBI "Rp125.000.000,00"
// and the variants found in documents. Every rupiah style reads back exactly with Rupiah::parse; a
// style that cannot show the sen refuses non-zero sen instead of dropping them.
#include <sakip/decimal/format.hpp>
#include <sakip/decimal/rupiah.hpp>

#include <algorithm>
#include <ostream>

namespace sakip {

std::string format_detail::group_thousands(std::string_view digits) {
    std::string body;
    body.reserve(digits.size() + digits.size() / 3);
    for (std::size_t k = 0; k < digits.size(); ++k) {
        if (k > 0 && (digits.size() - k) % 3 == 0) body.push_back('.');
        body.push_back(digits[k]);
    }
    return body;
}

std::string format_angka(const Decimal& d, const AngkaFormat& f) {
    const std::string plain = d.to_string();  // "-1234.5": no exponent, the value's own decimals
    std::string_view s = plain;
    std::string out;
    out.reserve(plain.size() + plain.size() / 3 + f.suffix.size() + 4);
    if (!s.empty() && s.front() == '-') {
        out.push_back('-');
        s.remove_prefix(1);
    }
    const std::size_t dot = s.find('.');
    const std::string_view ip = s.substr(0, dot);
    const std::string_view fp = dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
    out += f.group_thousands ? format_detail::group_thousands(ip) : std::string(ip);
    const std::size_t places = fp.size() > static_cast<std::size_t>(std::max(f.min_places, 0))
                                   ? fp.size()
                                   : static_cast<std::size_t>(std::max(f.min_places, 0));
    if (places > 0) {
        out.push_back(',');
        out += fp;
        out.append(places - fp.size(), '0');
    }
    out += f.suffix;
    return out;
}

std::string format_persen(const Decimal& d, int min_places) {
    AngkaFormat f;
    f.min_places = min_places;
    f.suffix = " %";
    return format_angka(d, f);
}

RupiahFormat RupiahFormat::puebi() { return RupiahFormat{}; }

RupiahFormat RupiahFormat::no_sen() {
    RupiahFormat f;
    f.sen = false;
    return f;
}

RupiahFormat RupiahFormat::dokumen() {
    RupiahFormat f;
    f.space_after_prefix = true;
    f.dash_suffix = true;
    return f;
}

RupiahFormat RupiahFormat::canonical() {
    RupiahFormat f;
    f.plain = true;
    f.prefix = false;
    return f;
}

RupiahFormat RupiahFormat::ringkas() {
    RupiahFormat f;
    f.sen_if_nonzero = true;
    return f;
}

RupiahFormat RupiahFormat::from_name(std::string_view name) {
    if (name == "puebi") return puebi();
    if (name == "no_sen") return no_sen();
    if (name == "dokumen") return dokumen();
    if (name == "canonical") return canonical();
    if (name == "ringkas") return ringkas();
    throw error("unknown rupiah format " + quoted(name) + " (expected puebi, no_sen, dokumen, canonical or ringkas)");
}

std::string Rupiah::format(const RupiahFormat& style) const {
    Decimal::coefficient_type m = boost::multiprecision::abs(sen());
    Decimal::coefficient_type whole = m / 100;
    auto cents = static_cast<unsigned>(m % 100);
    const bool negative = signum() < 0;
    if (!style.sen && cents != 0)
        throw error("Rupiah::format: " + value_.to_string() + " has non-zero sen that this style (no sen) cannot show");
    const bool show_sen = style.sen && !(style.sen_if_nonzero && cents == 0);
    if (style.plain) {
        if (show_sen) return value_.to_string();
        std::string out = negative ? "-" : "";
        out += Decimal::from_parts(whole, 0).to_string();
        return out;
    }
    std::string body = format_detail::group_thousands(Decimal::from_parts(whole, 0).to_string());
    if (style.dash_suffix && cents == 0) {
        body += ",-";
    } else if (show_sen) {
        body.push_back(',');
        body.push_back(static_cast<char>('0' + cents / 10));
        body.push_back(static_cast<char>('0' + cents % 10));
    }
    // Built by appending: GCC 12 reports a false -Wrestrict for `"(" + std::string&&` at -O2.
    const bool paren = negative && style.negative == RupiahFormat::Negative::parentheses;
    std::string out;
    out.reserve(body.size() + 6);
    if (negative) out.push_back(paren ? '(' : '-');
    if (style.prefix) out += style.space_after_prefix ? "Rp " : "Rp";
    out += body;
    if (paren) out.push_back(')');
    return out;
}

std::ostream& operator<<(std::ostream& os, const Rupiah& r) { return os << r.format(); }

}  // namespace sakip
