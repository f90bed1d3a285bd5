// Audit + evaluation of a synthetic kabupaten (bench/gen.py) in C++, and JSON load speed.
// Usage: bench_kabupaten DIR [MAX_SCALE=10] [YEAR=2022]
// Prints: load MB/s; audit+evaluate time of the kabupaten (best of 5), on one thread and on one
// thread per core (the documents are independent); the series 1x..MAX_SCALE x (the documents
// repeated k times, best of 3, all cores) with ms per 1x to show linear growth; findings.
#include <sakip/kabupaten/kabupaten.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

namespace {

using clock_type = std::chrono::steady_clock;

double ms_since(clock_type::time_point t0) {
    return std::chrono::duration<double, std::milli>(clock_type::now() - t0).count();
}

// Two calls: audit_kabupaten, then evaluate_kabupaten.
std::size_t run_separate(const std::vector<sakip::Dokumen>& docs, int year, unsigned threads) {
    std::size_t findings = 0;
    for (const auto& f : sakip::audit_kabupaten(docs, {}, threads)) findings += f.size();
    const auto ev = sakip::evaluate_kabupaten(docs, year, {}, threads);
    for (const auto& e : ev) findings += e.indikator.empty() ? 1 : 0;  // keep the result alive
    return findings;
}

// One pass: audit_evaluate_kabupaten (the audit's own evaluation of the year is the result).
std::size_t run(const std::vector<sakip::Dokumen>& docs, int year, unsigned threads = 0) {
    std::size_t findings = 0;
    for (const auto& r : sakip::audit_evaluate_kabupaten(docs, year, {}, threads))
        findings += r.findings.size() + (r.evaluasi.indikator.empty() ? 1 : 0);
    return findings;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_kabupaten DIR [MAX_SCALE] [YEAR]\n");
        return 2;
    }
    const std::filesystem::path dir = argv[1];
    const int max_scale = argc > 2 ? std::atoi(argv[2]) : 10;
    const int year = argc > 3 ? std::atoi(argv[3]) : 2022;

    std::uintmax_t bytes = 0;
    for (const auto& f : sakip::kabupaten_files(dir)) bytes += std::filesystem::file_size(f);
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    double best_load = 1e300, best_load1 = 1e300;
    std::vector<sakip::Dokumen> docs;
    for (int rep = 0; rep < 3; ++rep) {
        auto t0 = clock_type::now();
        docs = sakip::load_kabupaten(dir, 1);
        best_load1 = std::min(best_load1, ms_since(t0));
        t0 = clock_type::now();
        docs = sakip::load_kabupaten(dir);
        best_load = std::min(best_load, ms_since(t0));
    }
    std::size_t indikator = 0, kegiatan = 0;
    for (const auto& d : docs) {
        indikator += d.renstra.indikator.size();
        if (const auto* dpa = d.find_dpa(year)) kegiatan += dpa->jumlah_kegiatan();
    }
    std::printf("kabupaten: %zu instansi, %zu indikator, %zu kegiatan, %.1f MB JSON\n", docs.size(), indikator,
                kegiatan, static_cast<double>(bytes) / 1e6);
    const double mb = static_cast<double>(bytes) / 1e6;
    std::printf("load_kabupaten (C++), 1 thread:  %7.1f ms, %5.1f MB/s\n", best_load1, mb / (best_load1 / 1e3));
    std::printf("load_kabupaten (C++), %u threads: %7.1f ms, %5.1f MB/s\n", cores, best_load, mb / (best_load / 1e3));

    // best of 5 for each of: {separate calls, one pass} x {1 thread, all cores}
    double t[2][2] = {{1e300, 1e300}, {1e300, 1e300}};
    std::size_t findings = 0;
    for (int rep = 0; rep < 5; ++rep) {
        for (int pass = 0; pass < 2; ++pass) {
            for (int par = 0; par < 2; ++par) {
                const unsigned threads = par == 0 ? 1 : 0;
                const auto t0 = clock_type::now();
                findings = pass == 0 ? run_separate(docs, year, threads) : run(docs, year, threads);
                t[pass][par] = std::min(t[pass][par], ms_since(t0));
            }
        }
    }
    std::printf("audit+evaluate 1x (target < 100 ms), %zu findings:\n", findings);
    std::printf("  audit_kabupaten + evaluate_kabupaten  1 thread %6.1f ms   %u threads %6.1f ms\n", t[0][0], cores,
                t[0][1]);
    std::printf("  audit_evaluate_kabupaten (one pass)   1 thread %6.1f ms   %u threads %6.1f ms\n", t[1][0], cores,
                t[1][1]);

    std::printf("series (one pass; documents repeated k times; best of 3; %u threads):\n", cores);
    std::printf("  k  instansi  indikator  kegiatan      ms   ms/k\n");
    for (int k = 1; k <= max_scale; ++k) {
        std::vector<sakip::Dokumen> big;
        big.reserve(docs.size() * static_cast<std::size_t>(k));
        for (int i = 0; i < k; ++i) big.insert(big.end(), docs.begin(), docs.end());
        double t = 1e300;
        for (int rep = 0; rep < 3; ++rep) {
            const auto t0 = clock_type::now();
            (void)run(big, year);
            t = std::min(t, ms_since(t0));
        }
        std::printf("  %2d  %8zu  %9zu  %8zu  %6.1f  %5.1f\n", k, big.size(), indikator * static_cast<std::size_t>(k),
                    kegiatan * static_cast<std::size_t>(k), t, t / k);
    }
    return 0;
}
