// What the header-only exact core gains by inlining (issue 13, item 8): the same hot loops over
// 10 M values, once against the header-only code (inlined into the loop) and once through
// out-of-line calls into another translation unit (inline_baseline.cpp: the situation before, when
// Decimal lived in the compiled library). Reported as time ratios in the same run, best of 3, after
// checking that both give the same results. Usage: bench_inline [millions of values, default 10].
#include "inline_baseline.hpp"

#include <sakip/decimal/decimal.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using sakip::Decimal;
using clock_type = std::chrono::steady_clock;

// Amounts in sen as a LKjIP holds them (scale 2, up to a few billion rupiah), a repeating block.
std::vector<Decimal> amounts(std::size_t n, std::uint64_t seed) {
    std::vector<Decimal> out;
    out.reserve(n);
    std::uint64_t x = seed;
    for (std::size_t i = 0; i < n; ++i) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        const auto sen = static_cast<std::int64_t>((x >> 20) % 500'000'000'000ULL) + 1;
        out.push_back(Decimal::from_parts(sen, 2));
    }
    return out;
}

template <class F>
double best_ms(F&& run) {
    double best = 1e300;
    for (int k = 0; k < 3; ++k) {
        const auto t0 = clock_type::now();
        run();
        const std::chrono::duration<double, std::milli> d = clock_type::now() - t0;
        best = std::min(best, d.count());
    }
    return best;
}

}  // namespace

int main(int argc, char** argv) {
    const std::size_t millions = argc > 1 ? static_cast<std::size_t>(std::strtoul(argv[1], nullptr, 10)) : 10;
    const std::size_t block = 1'000'000;  // 1 M distinct values, repeated: 10 M operations
    const std::size_t rounds = millions;
    const std::vector<Decimal> part = amounts(block, 1);
    const std::vector<Decimal> whole = amounts(block, 2);

    Decimal sum_inline, sum_call, pct_inline, pct_call;
    std::size_t lt_inline = 0, lt_call = 0;
    const double t_sum_inline = best_ms([&] {
        Decimal s;
        for (std::size_t r = 0; r < rounds; ++r)
            for (const Decimal& d : part) s = s + d;
        sum_inline = s;
    });
    const double t_sum_call = best_ms([&] {
        Decimal s;
        for (std::size_t r = 0; r < rounds; ++r)
            for (const Decimal& d : part) s = bench::add(s, d);
        sum_call = s;
    });
    const double t_pct_inline = best_ms([&] {
        Decimal s;
        for (std::size_t r = 0; r < rounds; ++r)
            for (std::size_t i = 0; i < block; ++i) s = s + sakip::percent(part[i], whole[i]);
        pct_inline = s;
    });
    const double t_pct_call = best_ms([&] {
        Decimal s;
        for (std::size_t r = 0; r < rounds; ++r)
            for (std::size_t i = 0; i < block; ++i) s = bench::add(s, bench::percent(part[i], whole[i]));
        pct_call = s;
    });
    const double t_lt_inline = best_ms([&] {
        std::size_t c = 0;
        for (std::size_t r = 0; r < rounds; ++r)
            for (std::size_t i = 0; i < block; ++i) c += part[i] < whole[i] ? 1 : 0;
        lt_inline = c;
    });
    const double t_lt_call = best_ms([&] {
        std::size_t c = 0;
        for (std::size_t r = 0; r < rounds; ++r)
            for (std::size_t i = 0; i < block; ++i) c += bench::less(part[i], whole[i]) ? 1 : 0;
        lt_call = c;
    });

    if (sum_inline != sum_call || pct_inline != pct_call || lt_inline != lt_call) {
        std::printf("results differ: inline and out-of-line calls disagree\n");
        return 1;
    }
    const double n = static_cast<double>(rounds * block);
    auto row = [n](const char* what, double inl, double call) {
        std::printf("%-34s inline %8.1f ms (%5.1f ns/op)   out-of-line %8.1f ms   out-of-line/inline %.2fx\n", what,
                    inl, inl * 1e6 / n, call, call / inl);
    };
    std::printf("%zu M values, best of 3, same run\n", rounds);
    row("sum (a + b, scale 2)", t_sum_inline, t_sum_call);
    row("percent(part, whole) and sum", t_pct_inline, t_pct_call);
    row("compare (a < b)", t_lt_inline, t_lt_call);
    std::printf("sum %s, sum of percents %s, %zu less\n", sum_inline.to_string().c_str(),
                pct_inline.to_string().c_str(), lt_inline);
    return 0;
}
