// Exact decimal arithmetic for sakip::Decimal and sakip::Rupiah. Coefficients are 128-bit checked
// integers (38 digits); intermediate results use checked 256-bit integers so that products, aligned
// sums and scaled dividends (<= 77 digits) are always computed exactly before range checks.
#include <sakip/decimal/decimal.hpp>
#include <sakip/decimal/rupiah.hpp>

#include <algorithm>
#include <array>
#include <limits>
#include <numeric>
#include <ostream>

namespace sakip {

namespace {

using coef = Decimal::coefficient_type;
using wide = boost::multiprecision::checked_int256_t;
using big = boost::multiprecision::cpp_int;

// 10^0 .. 10^76 (10^77 does not fit in 256 bits with sign: 2^255 ~ 5.8e76).
const std::array<wide, 77>& pow10w() {
    static const std::array<wide, 77> table = [] {
        std::array<wide, 77> t{};
        t[0] = 1;
        for (std::size_t i = 1; i < t.size(); ++i) t[i] = t[i - 1] * 10;
        return t;
    }();
    return table;
}

const std::array<coef, 39>& pow10c() {
    static const std::array<coef, 39> table = [] {
        std::array<coef, 39> t{};
        t[0] = 1;
        for (std::size_t i = 1; i < t.size(); ++i) t[i] = t[i - 1] * 10;
        return t;
    }();
    return table;
}

const coef& max_coef() {
    static const coef m = pow10c()[38] - 1;
    return m;
}

int digits_of(const coef& x) {
    coef m = boost::multiprecision::abs(x);
    const auto& p = pow10c();
    int n = 1;
    while (n < 39 && m >= p[static_cast<std::size_t>(n)]) ++n;
    return n;
}

[[noreturn]] void throw_overflow(const char* what) {
    throw overflow_error(std::string(what) + ": result exceeds 38 significant digits");
}

void check_scale(long long scale) {
    if (scale > Decimal::max_scale || scale < -Decimal::max_scale)
        throw overflow_error("scale " + std::to_string(scale) + " outside the supported range ±" +
                             std::to_string(Decimal::max_scale));
}

coef narrow(const wide& w, const char* what) {
    if (boost::multiprecision::abs(w) > wide(max_coef())) throw_overflow(what);
    return coef(w);
}

// Tail of a division: what was discarded relative to half a unit of the last kept digit.
enum class Tail { zero, below_half, half, above_half };

Tail tail_of(const wide& rem, const wide& divisor) {  // 0 <= rem < divisor
    if (rem.is_zero()) return Tail::zero;
    wide rest = divisor - rem;
    if (rem < rest) return Tail::below_half;
    if (rem == rest) return Tail::half;
    return Tail::above_half;
}

bool round_away(Tail tail, bool negative, bool odd, Rounding mode) {
    if (tail == Tail::zero) return false;
    switch (mode) {
        case Rounding::down:
            return false;
        case Rounding::up:
            return true;
        case Rounding::ceiling:
            return !negative;
        case Rounding::floor:
            return negative;
        case Rounding::half_up:
            return tail != Tail::below_half;
        case Rounding::half_down:
            return tail == Tail::above_half;
        case Rounding::half_even:
            return tail == Tail::above_half || (tail == Tail::half && odd);
    }
    return false;
}

// Rounds |num| / den (den > 0, both < 10^77) to an integer; sign applied afterwards.
wide rounded_quotient(const wide& num, const wide& den, Rounding mode) {
    bool negative = num.sign() < 0;
    wide n = boost::multiprecision::abs(num);
    wide q = n / den;
    wide r = n % den;
    if (round_away(tail_of(r, den), negative, bit_test(q, 0), mode)) ++q;
    return negative ? wide(-q) : q;
}

// Aligns two decimals to a common scale; false if |value| of the up-scaled one has > 39 digits
// (then the sum certainly overflows, since the other operand has at most 38 digits).
bool align(const Decimal& a, const Decimal& b, wide& ca, wide& cb, int& scale) {
    ca = wide(a.coefficient());
    cb = wide(b.coefficient());
    scale = std::max(a.scale(), b.scale());
    int da = scale - a.scale(), db = scale - b.scale();
    if (da > 0 && !ca.is_zero()) {
        if (a.digits() + da > 39) return false;
        ca *= pow10w()[static_cast<std::size_t>(da)];
    }
    if (db > 0 && !cb.is_zero()) {
        if (b.digits() + db > 39) return false;
        cb *= pow10w()[static_cast<std::size_t>(db)];
    }
    return true;
}

// Decimal digits of |c|. Not Boost's str(): GCC 12 at -O2 reports a false -Wrestrict inside it.
std::string digits_string(const coef& c) {
    coef m = boost::multiprecision::abs(c);
    const coef chunk = coef(1000000000000000000ULL);  // 10^18
    std::array<std::uint64_t, 3> parts{};
    std::size_t n = 0;
    while (m >= chunk) {
        parts[n++] = static_cast<std::uint64_t>(coef(m % chunk));
        m /= chunk;
    }
    std::string out = std::to_string(static_cast<std::uint64_t>(m));
    while (n > 0) {
        std::string s = std::to_string(parts[--n]);
        out.append(18 - s.size(), '0');
        out += s;
    }
    return out;
}

}  // namespace

// ---- errors and rounding names -------------------------------------------------------------------

namespace {

// Appends `text` with control characters as \xNN (and, if `quotes`, '"' and '\\' escaped).
void append_escaped(std::string& out, std::string_view text, bool quotes) {
    static constexpr char hex[] = "0123456789abcdef";
    for (char c : text) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x20 || b == 0x7F) {
            out += "\\x";
            out += hex[b >> 4];
            out += hex[b & 0xF];
        } else {
            if (quotes && (c == '"' || c == '\\')) out += '\\';
            out += c;
        }
    }
}

}  // namespace

std::string quoted(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    append_escaped(out, text, true);
    out += '"';
    return out;
}

std::string parse_message(std::string_view reason, std::string_view text, std::size_t offset, std::string_view origin) {
    std::string w(reason);
    w += " in " + quoted(text);
    if (offset != std::string_view::npos) w += " at offset " + std::to_string(offset);
    if (!origin.empty()) {
        w += " (from ";
        append_escaped(w, origin, false);
        w += ")";
    }
    return w;
}

parse_error::parse_error(std::string message, std::string text, std::size_t offset, std::string origin)
    : error(parse_message(message, text, offset, origin)),
      reason_(std::move(message)),
      text_(std::move(text)),
      offset_(offset),
      origin_(std::move(origin)) {}

std::string_view to_string(Rounding r) noexcept {
    switch (r) {
        case Rounding::half_up:
            return "half_up";
        case Rounding::half_even:
            return "half_even";
        case Rounding::half_down:
            return "half_down";
        case Rounding::down:
            return "down";
        case Rounding::up:
            return "up";
        case Rounding::ceiling:
            return "ceiling";
        case Rounding::floor:
            return "floor";
    }
    return "half_up";
}

Rounding parse_rounding(std::string_view name) {
    std::string n(name);
    if (n.rfind("ROUND_", 0) == 0) {
        n = n.substr(6);
        for (auto& ch : n) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
    }
    for (Rounding r : {Rounding::half_up, Rounding::half_even, Rounding::half_down, Rounding::down, Rounding::up,
                       Rounding::ceiling, Rounding::floor})
        if (to_string(r) == n) return r;
    throw error("unknown rounding mode " + quoted(name) +
                " (expected half_up, half_even, half_down, down, up, ceiling or floor)");
}

// ---- Decimal -------------------------------------------------------------------------------------

Decimal Decimal::from_parts(coefficient_type coefficient, int scale) {
    if (boost::multiprecision::abs(coefficient) > max_coef()) throw_overflow("Decimal::from_parts");
    check_scale(scale);
    return Decimal(coefficient, scale, 0);
}

int Decimal::digits() const noexcept { return digits_of(coefficient_); }

Decimal Decimal::operator-() const { return Decimal(-coefficient_, scale_, 0); }
Decimal Decimal::abs() const { return Decimal(boost::multiprecision::abs(coefficient_), scale_, 0); }

Decimal operator+(const Decimal& a, const Decimal& b) {
    if (a.scale_ == b.scale_) {
        coef s = a.coefficient_ + b.coefficient_;  // |s| < 2*10^38 < 2^128: no checked overflow
        if (boost::multiprecision::abs(s) > max_coef()) throw_overflow("addition");
        return Decimal(s, a.scale_, 0);
    }
    wide ca, cb;
    int scale = 0;
    if (!align(a, b, ca, cb, scale)) throw_overflow("addition");
    return Decimal(narrow(ca + cb, "addition"), scale, 0);
}

Decimal operator-(const Decimal& a, const Decimal& b) { return a + (-b); }

Decimal operator*(const Decimal& a, const Decimal& b) {
    long long scale = static_cast<long long>(a.scale_) + b.scale_;
    wide p = wide(a.coefficient_) * wide(b.coefficient_);  // < 10^76: exact
    coef c = narrow(p, "multiplication");
    check_scale(scale);
    return Decimal(c, static_cast<int>(scale), 0);
}

Decimal Decimal::quantize(int scale, Rounding rounding) const {
    check_scale(scale);
    if (scale == scale_) return *this;
    if (scale > scale_) {
        int up = scale - scale_;
        if (coefficient_.is_zero()) return Decimal(coef(), scale, 0);
        if (digits() + up > max_digits)
            throw overflow_error("quantize: " + to_string() + " dengan " + std::to_string(scale) +
                                 " desimal memerlukan " + std::to_string(digits() + up) + " digit bermakna; batasnya " +
                                 std::to_string(max_digits) + " / quantize: " + to_string() + " at " +
                                 std::to_string(scale) + " decimals needs " + std::to_string(digits() + up) +
                                 " significant digits; the limit is " + std::to_string(max_digits));
        return Decimal(coefficient_ * pow10c()[static_cast<std::size_t>(up)], scale, 0);
    }
    int down = scale_ - scale;
    if (down > 76) {  // everything is discarded and it is far below half a unit
        bool negative = signum() < 0;
        coef q = round_away(is_zero() ? Tail::zero : Tail::below_half, negative, false, rounding) ? 1 : 0;
        return Decimal(negative ? coef(-q) : q, scale, 0);
    }
    wide q = rounded_quotient(wide(coefficient_), pow10w()[static_cast<std::size_t>(down)], rounding);
    return Decimal(coef(q), scale, 0);
}

Decimal Decimal::to_integral(Rounding rounding) const { return scale_ > 0 ? quantize(0, rounding) : *this; }

Decimal Decimal::normalized() const {
    if (coefficient_.is_zero()) return Decimal();
    coef c = coefficient_;
    int s = scale_;
    while (s > -max_scale && (c % 10).is_zero()) {
        c /= 10;
        --s;
    }
    return Decimal(c, s, 0);
}

bool Decimal::fits_int64() const noexcept {
    try {
        (void)to_int64();
        return true;
    } catch (const error&) {
        return false;
    }
}

std::int64_t Decimal::to_int64() const {
    Decimal n = normalized();
    if (n.scale_ > 0) throw error("Decimal " + to_string() + " is not an integer");
    wide w(n.coefficient_);
    if (n.scale_ < 0) {
        if (-n.scale_ > 19) throw overflow_error("Decimal " + to_string() + " does not fit in int64");
        w *= pow10w()[static_cast<std::size_t>(-n.scale_)];
    }
    if (w > wide(std::numeric_limits<std::int64_t>::max()) || w < wide(std::numeric_limits<std::int64_t>::min()))
        throw overflow_error("Decimal " + to_string() + " does not fit in int64");
    return static_cast<std::int64_t>(w);
}

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) noexcept {
    int sa = a.signum(), sb = b.signum();
    if (sa != sb) return sa <=> sb;
    if (sa == 0) return std::strong_ordering::equal;
    // Same sign, both non-zero: compare magnitudes by adjusted exponent first.
    long long adja = static_cast<long long>(a.digits()) - a.scale_;
    long long adjb = static_cast<long long>(b.digits()) - b.scale_;
    std::strong_ordering mag = std::strong_ordering::equal;
    if (adja != adjb) {
        mag = adja <=> adjb;
    } else {
        // Same adjusted exponent: scales differ by at most 37, so alignment fits in 256 bits.
        wide ca = boost::multiprecision::abs(wide(a.coefficient_));
        wide cb = boost::multiprecision::abs(wide(b.coefficient_));
        if (a.scale_ < b.scale_) ca *= pow10w()[static_cast<std::size_t>(b.scale_ - a.scale_)];
        if (b.scale_ < a.scale_) cb *= pow10w()[static_cast<std::size_t>(a.scale_ - b.scale_)];
        mag = ca < cb ? std::strong_ordering::less
                      : (ca == cb ? std::strong_ordering::equal : std::strong_ordering::greater);
    }
    if (sa > 0) return mag;
    return 0 <=> mag;  // negative: reverse
}

bool operator==(const Decimal& a, const Decimal& b) noexcept { return (a <=> b) == 0; }

std::size_t Decimal::hash() const noexcept {
    Decimal n = normalized();
    coef m = boost::multiprecision::abs(n.coefficient_);
    const coef mask = coef(std::numeric_limits<std::uint64_t>::max());
    auto lo = static_cast<std::uint64_t>(coef(m & mask));
    auto hi = static_cast<std::uint64_t>(coef(m >> 64));
    std::uint64_t h = 1469598103934665603ULL;
    auto mix = [&h](std::uint64_t v) { h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2); };
    mix(lo);
    mix(hi);
    mix(static_cast<std::uint64_t>(static_cast<std::int64_t>(n.scale_)));
    mix(static_cast<std::uint64_t>(static_cast<std::int64_t>(n.signum())));
    return static_cast<std::size_t>(h);
}

std::string Decimal::to_string() const {
    // The plain form must stay readable: with a negative scale it has digits() - scale significant
    // digits (9…9E+5 would be 43), so beyond 38 it is the scientific form, as to-scientific-string.
    if (scale_ < 0 && !coefficient_.is_zero() && digits() - scale_ > max_digits) return to_sci_string();
    std::string d = digits_string(coefficient_);
    std::string out;
    if (signum() < 0) out.push_back('-');
    if (scale_ <= 0) {
        out += d;
        if (!coefficient_.is_zero()) out.append(static_cast<std::size_t>(-scale_), '0');
        return out;
    }
    auto s = static_cast<std::size_t>(scale_);
    if (d.size() <= s) d.insert(0, s - d.size() + 1, '0');
    out += d.substr(0, d.size() - s);
    out.push_back('.');
    out += d.substr(d.size() - s);
    return out;
}

std::string Decimal::to_sci_string() const {
    std::string d = digits_string(coefficient_);
    std::string out;
    if (signum() < 0) out.push_back('-');
    long long exponent = -static_cast<long long>(scale_);
    long long adjusted = exponent + static_cast<long long>(d.size()) - 1;
    if (exponent <= 0 && adjusted >= -6) {
        if (exponent == 0) return out + d;
        auto s = static_cast<std::size_t>(-exponent);
        if (d.size() <= s) d.insert(0, s - d.size() + 1, '0');
        return out + d.substr(0, d.size() - s) + "." + d.substr(d.size() - s);
    }
    out += d.substr(0, 1);
    if (d.size() > 1) out += "." + d.substr(1);
    out += "E";
    out += adjusted >= 0 ? "+" : "-";
    out += std::to_string(adjusted >= 0 ? adjusted : -adjusted);
    return out;
}

Decimal::Decimal(std::string_view canonical) : Decimal(parse(canonical, ParseOptions::canonical())) {}

std::ostream& operator<<(std::ostream& os, const Decimal& d) { return os << d.to_string(); }

Decimal divide(const Decimal& a, const Decimal& b, int scale, Rounding rounding) {
    if (b.is_zero()) throw division_by_zero("division by zero: " + a.to_string() + " / 0");
    check_scale(scale);
    // coefficient = a.c * 10^k / b.c with k = scale + b.scale - a.scale
    long long k = static_cast<long long>(scale) + b.scale() - a.scale();
    if (a.is_zero()) return Decimal::from_parts(0, scale);
    bool negative = (a.signum() < 0) != (b.signum() < 0);
    wide num = boost::multiprecision::abs(wide(a.coefficient()));
    wide den = boost::multiprecision::abs(wide(b.coefficient()));
    if (k >= 0) {
        // quotient has at least digits(a) + k - digits(b) digits
        if (a.digits() + k - b.digits() > 39) throw_overflow("division");
        num *= pow10w()[static_cast<std::size_t>(k)];
    } else {
        if (b.digits() - k > 76) {  // quotient < 10^-38 units: far below half a unit
            coef q = round_away(Tail::below_half, negative, false, rounding) ? 1 : 0;
            return Decimal::from_parts(negative ? coef(-q) : q, scale);
        }
        den *= pow10w()[static_cast<std::size_t>(-k)];
    }
    wide q = num / den;
    wide r = num % den;
    if (round_away(tail_of(r, den), negative, bit_test(q, 0), rounding)) ++q;
    return Decimal::from_parts(narrow(negative ? wide(-q) : q, "division"), scale);
}

Decimal percent(const Decimal& part, const Decimal& whole, int scale, Rounding rounding) {
    // part/whole*100 at `scale` has the coefficient of part/whole at scale+2: one exact rounding.
    check_scale(scale);
    Decimal q = divide(part, whole, scale + 2, rounding);
    return Decimal::from_parts(q.coefficient(), scale);
}

// ---- Rupiah --------------------------------------------------------------------------------------

Rupiah::Rupiah(const Decimal& d, int) : value_(d.quantize(2, Rounding::down)) {}

Rupiah::Rupiah(const Decimal& exact) {
    Decimal q = exact.quantize(2, Rounding::down);
    if (q != exact)
        throw error("Rupiah: " + exact.to_string() +
                    " has non-zero digits below the sen; round explicitly (quantize(2, ...))");
    value_ = q;
}

Rupiah Rupiah::from_sen(std::int64_t sen) { return Rupiah(Decimal::from_parts(sen, 2), 0); }
Rupiah Rupiah::from_sen(Decimal::coefficient_type sen) { return Rupiah(Decimal::from_parts(sen, 2), 0); }

Rupiah Rupiah::operator-() const { return Rupiah(-value_, 0); }
Rupiah Rupiah::abs() const { return Rupiah(value_.abs(), 0); }
Rupiah operator+(const Rupiah& a, const Rupiah& b) { return Rupiah(a.value_ + b.value_, 0); }
Rupiah operator-(const Rupiah& a, const Rupiah& b) { return Rupiah(a.value_ - b.value_, 0); }

std::vector<Rupiah> allocate(const Rupiah& total, std::span<const Decimal> weights) {
    if (weights.empty()) throw error("allocate: no weights");
    int scale = 0;
    for (const auto& w : weights) {
        if (w.signum() < 0) throw error("allocate: negative weight " + w.to_string());
        scale = std::max(scale, w.scale());
    }
    // Integer weights at a common scale (arbitrary precision: weights may differ wildly in scale).
    std::vector<big> iw;
    iw.reserve(weights.size());
    big sum = 0;
    for (const auto& w : weights) {
        big v(w.coefficient());
        int shift = scale - w.scale();
        if (shift > 0) v *= boost::multiprecision::pow(big(10), static_cast<unsigned>(shift));
        iw.push_back(v);
        sum += v;
    }
    if (sum.is_zero()) throw error("allocate: the weights sum to zero");
    big t(boost::multiprecision::abs(total.sen()));
    bool negative = total.signum() < 0;
    std::vector<big> part(iw.size()), rem(iw.size());
    big given = 0;
    for (std::size_t i = 0; i < iw.size(); ++i) {
        big n = t * iw[i];
        part[i] = n / sum;
        rem[i] = n % sum;
        given += part[i];
    }
    big left = t - given;  // < number of weights
    std::vector<std::size_t> order(iw.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return rem[x] > rem[y]; });
    for (std::size_t i = 0; left > 0; ++i, --left) part[order[i]] += 1;
    std::vector<Rupiah> out;
    out.reserve(iw.size());
    for (auto& p : part) {
        coef c(p);
        out.push_back(Rupiah::from_sen(negative ? coef(-c) : c));
    }
    return out;
}

std::vector<Rupiah> split(const Rupiah& total, std::size_t n) {
    if (n == 0) throw error("split: n must be positive");
    std::vector<Decimal> w(n, Decimal(1));
    return allocate(total, w);
}

}  // namespace sakip
