// The capaian kernel alone (issue 5 target: >= 20 M indicators/s): realisasi / target x 100
// in units of 0,01 % with half-up rounding, exact integer arithmetic, on 10 M indicators.
#include <sakip/measure/capaian_column.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <random>
#include <vector>

int main() {
    constexpr std::size_t n = 10'000'000;
    std::mt19937_64 rng(2020);
    std::uniform_int_distribution<std::int64_t> target(100, 10'000);  // 1,00 .. 100,00 (scale 2)
    std::uniform_int_distribution<std::int64_t> realisasi(0, 12'000);
    std::vector<std::int64_t> r(n), t(n), out(n);
    std::vector<std::uint8_t> defined(n);
    for (std::size_t i = 0; i < n; ++i) {
        r[i] = realisasi(rng);
        t[i] = target(rng);
    }
    double best_ms = 1e300;
    for (int rep = 0; rep < 5; ++rep) {
        const auto t0 = std::chrono::steady_clock::now();
        sakip::capaian_batch(r.data(), t.data(), n, 2, sakip::Polaritas::positif, out.data(), defined.data());
        const auto t1 = std::chrono::steady_clock::now();
        best_ms = std::min(best_ms, std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    // Timing is the only floating point here; the results are integers.
    std::printf("capaian_batch kernel: %zu indicators in %.1f ms = %.1f M indicators/s (check %lld)\n", n, best_ms,
                static_cast<double>(n) / best_ms / 1e3, static_cast<long long>(out[n / 2]));
    return 0;
}
