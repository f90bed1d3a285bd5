// Several instansi at once: see include/sakip/kabupaten/kabupaten.hpp.
#include <sakip/kabupaten/kabupaten.hpp>

#include "kabupaten/parallel.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <system_error>
#include <utility>

namespace sakip {

std::vector<std::filesystem::path> kabupaten_files(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::is_directory(path, ec)) return {path};
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(path, ec)) {
        if (entry.path().extension() == ".json" && !entry.is_directory(ec)) files.push_back(entry.path());
    }
    if (ec) {
        throw load_error(path.string(), {LoadProblem{"", "io.read", "cannot list directory: " + ec.message()}});
    }
    std::sort(files.begin(), files.end(),
              [](const auto& a, const auto& b) { return a.filename().string() < b.filename().string(); });
    return files;
}

namespace {

std::vector<Dokumen> load_all(std::span<const std::filesystem::path> paths, std::string origin, unsigned threads) {
    // Files are parsed in parallel; problems and duplicates are then collected in input order, so the
    // result and the error message do not depend on the schedule.
    std::vector<std::optional<Dokumen>> loaded(paths.size());
    std::vector<std::vector<LoadProblem>> failed(paths.size());
    detail::parallel_for(paths.size(), threads, [&](std::size_t i) {
        try {
            loaded[i] = load(paths[i]);
        } catch (const load_error& e) {
            failed[i] = e.problems();
        }
    });
    std::vector<Dokumen> docs;
    docs.reserve(paths.size());
    std::vector<LoadProblem> problems;
    std::map<std::pair<std::string, std::string>, std::string> seen;  // (nama, pemda) -> file
    for (std::size_t i = 0; i < paths.size(); ++i) {
        const std::string name = paths[i].filename().string();
        if (!loaded[i]) {
            for (const auto& problem : failed[i]) {
                problems.push_back({problem.pointer, problem.rule, name + ": " + problem.message});
            }
            continue;
        }
        docs.push_back(std::move(*loaded[i]));
        const Instansi& ins = docs.back().instansi;
        auto [it, fresh] = seen.emplace(std::make_pair(ins.nama, ins.pemda), name);
        if (!fresh) {
            problems.push_back(
                {"/instansi/nama", "kabupaten.duplicate",
                 name + ": instansi \"" + ins.nama + "\" (" + ins.pemda + ") is also the instansi of " + it->second});
        }
    }
    if (!problems.empty()) throw load_error(std::move(origin), std::move(problems));
    return docs;
}

// Every document must report the year; the error of the first that does not names it (by instansi).
void cek_tahun_semua(std::span<const Dokumen> docs, int tahun) {
    for (const Dokumen& doc : docs) {
        try {
            cek_tahun(doc, tahun);
        } catch (const error& e) {
            throw error(doc.instansi.nama + ": " + e.what());
        }
    }
}

}  // namespace

std::vector<Dokumen> load_kabupaten(const std::filesystem::path& path, unsigned threads) {
    const auto files = kabupaten_files(path);
    return load_all(files, path.string(), threads);
}

std::vector<Dokumen> load_kabupaten(std::span<const std::filesystem::path> paths, unsigned threads) {
    return load_all(paths, "<kabupaten>", threads);
}

std::vector<EvaluasiTahun> evaluate_kabupaten(std::span<const Dokumen> docs, int tahun, const EvaluateOptions& options,
                                              unsigned threads) {
    cek_tahun_semua(docs, tahun);
    std::vector<EvaluasiTahun> out(docs.size());
    detail::parallel_for(docs.size(), threads, [&](std::size_t i) { out[i] = evaluate(docs[i], tahun, options); });
    return out;
}

std::vector<std::vector<Finding>> audit_kabupaten(std::span<const Dokumen> docs, const AuditOptions& options,
                                                  unsigned threads) {
    if (options.tahun) cek_tahun_semua(docs, *options.tahun);
    std::vector<std::vector<Finding>> out(docs.size());
    detail::parallel_for(docs.size(), threads, [&](std::size_t i) { out[i] = audit(docs[i], options); });
    return out;
}

std::vector<AuditEvaluasi> audit_evaluate_kabupaten(std::span<const Dokumen> docs, int tahun,
                                                    const AuditOptions& options, unsigned threads) {
    cek_tahun_semua(docs, tahun);
    if (options.tahun) cek_tahun_semua(docs, *options.tahun);
    std::vector<AuditEvaluasi> out(docs.size());
    detail::parallel_for(docs.size(), threads,
                         [&](std::size_t i) { out[i] = audit_evaluate(docs[i], tahun, options); });
    return out;
}

}  // namespace sakip
