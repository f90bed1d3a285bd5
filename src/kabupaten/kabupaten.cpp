// Several instansi at once: see include/sakip/kabupaten/kabupaten.hpp.
#include <sakip/kabupaten/kabupaten.hpp>

#include "kabupaten/parallel.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <system_error>
#include <tuple>
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
        throw load_error(path.string(), {LoadProblem{"", "io.read", "direktori tidak dapat dibaca: " + ec.message(),
                                                     "cannot list directory: " + ec.message()}});
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
    if (paths.empty()) {
        problems.push_back(
            {"", "kabupaten.empty", "tidak ada dokumen *.json untuk dimuat", "there is no *.json document to load"});
        throw load_error(std::move(origin), std::move(problems));
    }
    // (nama, pemda, report year) -> the first file of it
    std::map<std::tuple<std::string, std::string, std::optional<int>>, std::string> seen;
    for (std::size_t i = 0; i < paths.size(); ++i) {
        const std::string name = paths[i].filename().string();
        if (!loaded[i]) {
            for (const auto& problem : failed[i]) {
                problems.push_back(
                    {problem.pointer, problem.rule, name + ": " + problem.message, name + ": " + problem.message_en});
            }
            continue;
        }
        docs.push_back(std::move(*loaded[i]));
        const Instansi& ins = docs.back().instansi;
        const std::optional<int> tahun = tahun_laporan(docs.back());
        auto [it, fresh] = seen.emplace(std::make_tuple(ins.nama, ins.pemda, tahun), name);
        if (!fresh) {
            const std::string y = tahun ? std::to_string(*tahun) : std::string();
            const std::string shown = name + ": instansi " + sakip::quoted(ins.nama) + " (" + ins.pemda + ")";
            problems.push_back(
                {"/instansi/nama", "kabupaten.duplicate",
                 shown + " sudah dilaporkan" + (tahun ? " untuk tahun " + y : std::string()) + " oleh " + it->second,
                 shown + " is already reported" + (tahun ? " for " + y : std::string()) + " by " + it->second});
        }
    }
    if (!problems.empty()) throw load_error(std::move(origin), std::move(problems));
    return docs;
}

// Every document must report the year; the error of the first that does not names it (by instansi).
void cek_tahun_semua(std::span<const Dokumen* const> docs, int tahun) {
    for (const Dokumen* doc : docs) {
        try {
            cek_tahun(*doc, tahun);
        } catch (const error& e) {
            throw error(doc->instansi.nama + ": " + e.what());
        }
    }
}

std::vector<const Dokumen*> alamat(std::span<const Dokumen> docs) {
    std::vector<const Dokumen*> out;
    out.reserve(docs.size());
    for (const Dokumen& d : docs) out.push_back(&d);
    return out;
}

}  // namespace

std::vector<Dokumen> load_kabupaten(const std::filesystem::path& path, unsigned threads) {
    const auto files = kabupaten_files(path);
    return load_all(files, path.string(), threads);
}

std::vector<Dokumen> load_kabupaten(std::span<const std::filesystem::path> paths, unsigned threads) {
    return load_all(paths, "<kabupaten>", threads);
}

std::vector<EvaluasiTahun> evaluate_kabupaten(std::span<const Dokumen* const> docs, int tahun,
                                              const EvaluateOptions& options, unsigned threads) {
    cek_tahun_semua(docs, tahun);
    std::vector<EvaluasiTahun> out(docs.size());
    detail::parallel_for(docs.size(), threads, [&](std::size_t i) { out[i] = evaluate(*docs[i], tahun, options); });
    return out;
}

std::vector<std::vector<Finding>> audit_kabupaten(std::span<const Dokumen* const> docs, const AuditOptions& options,
                                                  unsigned threads) {
    if (options.tahun) cek_tahun_semua(docs, *options.tahun);
    std::vector<std::vector<Finding>> out(docs.size());
    detail::parallel_for(docs.size(), threads, [&](std::size_t i) { out[i] = audit(*docs[i], options); });
    return out;
}

std::vector<AuditEvaluasi> audit_evaluate_kabupaten(std::span<const Dokumen* const> docs, int tahun,
                                                    const AuditOptions& options, unsigned threads) {
    cek_tahun_semua(docs, tahun);
    if (options.tahun) cek_tahun_semua(docs, *options.tahun);
    std::vector<AuditEvaluasi> out(docs.size());
    detail::parallel_for(docs.size(), threads,
                         [&](std::size_t i) { out[i] = audit_evaluate(*docs[i], tahun, options); });
    return out;
}

std::vector<EvaluasiTahun> evaluate_kabupaten(std::span<const Dokumen> docs, int tahun, const EvaluateOptions& options,
                                              unsigned threads) {
    return evaluate_kabupaten(alamat(docs), tahun, options, threads);
}

std::vector<std::vector<Finding>> audit_kabupaten(std::span<const Dokumen> docs, const AuditOptions& options,
                                                  unsigned threads) {
    return audit_kabupaten(alamat(docs), options, threads);
}

std::vector<AuditEvaluasi> audit_evaluate_kabupaten(std::span<const Dokumen> docs, int tahun,
                                                    const AuditOptions& options, unsigned threads) {
    return audit_evaluate_kabupaten(alamat(docs), tahun, options, threads);
}

std::optional<int> tahun_laporan(const Dokumen& doc) {
    if (doc.dokumen && doc.dokumen->tahun) return doc.dokumen->tahun;
    const std::vector<int> years = tahun_dokumen(doc);
    if (years.empty()) return std::nullopt;
    return years.back();
}

std::vector<std::size_t> yang_melaporkan(std::span<const Dokumen> docs, int tahun) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < docs.size(); ++i) {
        const std::vector<int> years = tahun_dokumen(docs[i]);
        if (std::binary_search(years.begin(), years.end(), tahun)) out.push_back(i);
    }
    return out;
}

}  // namespace sakip
