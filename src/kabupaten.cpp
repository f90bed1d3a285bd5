// Several instansi at once: see include/sakip/kabupaten.hpp.
#include <sakip/kabupaten.hpp>

#include <algorithm>
#include <map>
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
        throw load_error(path.string(),
                         {LoadProblem{"", "io.read", "cannot list directory: " + ec.message()}});
    }
    std::sort(files.begin(), files.end(),
              [](const auto& a, const auto& b) { return a.filename().string() < b.filename().string(); });
    return files;
}

namespace {

std::vector<Dokumen> load_all(std::span<const std::filesystem::path> paths, std::string origin) {
    std::vector<Dokumen> docs;
    docs.reserve(paths.size());
    std::vector<LoadProblem> problems;
    std::map<std::pair<std::string, std::string>, std::string> seen;  // (nama, pemda) -> file
    for (const auto& p : paths) {
        const std::string name = p.filename().string();
        try {
            docs.push_back(load(p));
        } catch (const load_error& e) {
            for (const auto& problem : e.problems()) {
                problems.push_back({problem.pointer, problem.rule, name + ": " + problem.message});
            }
            continue;
        }
        const Instansi& ins = docs.back().instansi;
        auto [it, fresh] = seen.emplace(std::make_pair(ins.nama, ins.pemda), name);
        if (!fresh) {
            problems.push_back({"/instansi/nama", "kabupaten.duplicate",
                                name + ": instansi \"" + ins.nama + "\" (" + ins.pemda +
                                    ") is also the instansi of " + it->second});
        }
    }
    if (!problems.empty()) throw load_error(std::move(origin), std::move(problems));
    return docs;
}

}  // namespace

std::vector<Dokumen> load_kabupaten(const std::filesystem::path& path) {
    const auto files = kabupaten_files(path);
    return load_all(files, path.string());
}

std::vector<Dokumen> load_kabupaten(std::span<const std::filesystem::path> paths) {
    return load_all(paths, "<kabupaten>");
}

std::vector<EvaluasiTahun> evaluate_kabupaten(std::span<const Dokumen> docs, int tahun,
                                              const EvaluateOptions& options) {
    std::vector<EvaluasiTahun> out;
    out.reserve(docs.size());
    for (const auto& d : docs) out.push_back(evaluate(d, tahun, options));
    return out;
}

std::vector<std::vector<Finding>> audit_kabupaten(std::span<const Dokumen> docs,
                                                  const AuditOptions& options) {
    std::vector<std::vector<Finding>> out;
    out.reserve(docs.size());
    for (const auto& d : docs) out.push_back(audit(d, options));
    return out;
}

}  // namespace sakip
