// sakip.load_kabupaten and the kabupaten's audit / evaluation: several sakip/1 documents (one per
// instansi and report) at once, on several threads with the GIL released.
#include "audit.hpp"
#include "path_arg.hpp"

#include <sakip/kabupaten/kabupaten.hpp>

#include <pybind11/stl.h>

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace sakip::python {

namespace {

// The documents of a kabupaten call: a sequence of sakip._core.Dokumen (checked as a sequence, as before).
struct DokumenSequenceName {
    static constexpr auto name = py::detail::const_name("collections.abc.Sequence[") +
                                 py::detail::make_caster<Dokumen>::name + py::detail::const_name("]");
};
using DokumenSequence = Typed<DokumenSequenceName, py::sequence>;

// load_kabupaten's argument: a directory or a list of files.
struct PathsName {
    static constexpr auto name = PathName::name + py::detail::const_name(" | collections.abc.Iterable[") +
                                 PathName::name + py::detail::const_name("]");
};

}  // namespace

void bind_kabupaten(py::module_& m) {
    m.def(
        "load_kabupaten",
        [](const Typed<PathsName>& path_or_paths, unsigned threads) {
            std::vector<Dokumen> docs;
            if (py::isinstance<py::str>(path_or_paths) || py::isinstance<py::bytes>(path_or_paths) ||
                py::hasattr(path_or_paths, "__fspath__")) {
                const std::filesystem::path p = path_arg(path_or_paths);
                py::gil_scoped_release release;
                docs = load_kabupaten(p, threads);
            } else {
                std::vector<std::filesystem::path> paths;
                for (auto item : path_or_paths) {
                    paths.emplace_back(path_arg(item));
                }
                py::gil_scoped_release release;
                docs = load_kabupaten(std::span<const std::filesystem::path>(paths), threads);
            }
            return docs;
        },
        py::arg("path_or_paths"), py::arg("threads") = 0,
        "Load a kabupaten: a directory of sakip/1 documents (its *.json files in name order) or a "
        "list of files, one instansi each; returns a list of Dokumen. Raises sakip.LoadError with "
        "the problems of every file (messages prefixed by the file name). The files are parsed on up to "
        "`threads` threads (0: one per core; 1: sequentially), with the GIL released; the result does "
        "not depend on it.");

    // The documents of a sequence by address, each held by a reference of our own for the call: the
    // work then runs without the GIL and without copying a document, and neither a sequence that makes
    // its items on the fly nor another thread emptying the list can free one under it (a Dokumen is
    // immutable from Python).
    struct Held {
        std::vector<py::object> refs;
        std::vector<const Dokumen*> ptrs;
    };
    const auto addresses = [](const py::sequence& docs) {
        Held out;
        for (auto d : docs) {
            py::object ref = py::reinterpret_borrow<py::object>(d);
            out.ptrs.push_back(&ref.cast<const Dokumen&>());
            out.refs.push_back(std::move(ref));
        }
        return out;
    };
    m.def(
        "audit_kabupaten",
        [addresses](const DokumenSequence& docs, std::optional<int> year, const PySkalaOption& skala, bool legacy,
                    unsigned threads) {
            const Held held = addresses(docs);
            const AuditOptions o = audit_options(year, skala, legacy);
            std::vector<std::vector<Finding>> found;
            {
                py::gil_scoped_release release;
                found = audit_kabupaten(std::span<const Dokumen* const>(held.ptrs), o, threads);
            }
            py::typing::List<Findings> out;
            for (auto& f : found) out.append(py::cast(Findings{std::move(f)}));
            return out;
        },
        py::arg("docs"), py::arg("year") = py::none(), py::arg("skala") = py::none(), py::arg("legacy") = false,
        py::arg("threads") = 0,
        "sakip.audit of each document (a list of Findings, in order), on up to `threads` threads with the GIL "
        "released; with `year`, every document must report it.");
    m.def(
        "evaluate_kabupaten",
        [addresses](const DokumenSequence& docs, int year, const PySkalaOption& skala, bool legacy, unsigned threads) {
            const Held held = addresses(docs);
            const EvaluateOptions o = evaluate_options(skala, legacy);
            std::vector<EvaluasiTahun> evs;
            {
                py::gil_scoped_release release;
                evs = evaluate_kabupaten(std::span<const Dokumen* const>(held.ptrs), year, o, threads);
            }
            py::typing::List<EvaluasiDict> out;
            for (const auto& ev : evs) out.append(evaluasi_dict(ev));
            return out;
        },
        py::arg("docs"), py::arg("year"), py::arg("skala") = py::none(), py::arg("legacy") = false,
        py::arg("threads") = 0,
        "sakip.evaluate(doc, year) of each document (a list of dicts, in order); every document must report "
        "the year (sakip.Error naming the first that does not).");
    m.def(
        "audit_evaluate_kabupaten",
        [addresses](const DokumenSequence& docs, int year, const PySkalaOption& skala, bool legacy, unsigned threads) {
            const Held held = addresses(docs);
            const AuditOptions o = audit_options(std::nullopt, skala, legacy);
            std::vector<AuditEvaluasi> res;
            {
                py::gil_scoped_release release;
                res = audit_evaluate_kabupaten(std::span<const Dokumen* const>(held.ptrs), year, o, threads);
            }
            py::typing::List<py::typing::Tuple<Findings, EvaluasiDict>> out;
            for (auto& r : res) out.append(py::make_tuple(Findings{std::move(r.findings)}, evaluasi_dict(r.evaluasi)));
            return out;
        },
        py::arg("docs"), py::arg("year"), py::arg("skala") = py::none(), py::arg("legacy") = false,
        py::arg("threads") = 0,
        "The audit and the evaluation of `year` of each document in one pass per document: a list of "
        "(Findings, dict) pairs, in order.");
    m.def(
        "tahun_dokumen", [](const Dokumen& d) { return tahun_dokumen(d); }, py::arg("doc"),
        "The years a document reports (those of its realisasi and laporan), ascending.");
    m.def(
        "kabupaten_files",
        [](const PyPath& path) {
            std::vector<std::string> out;
            for (const auto& f : kabupaten_files(path_arg(path))) out.push_back(f.string());
            return out;
        },
        py::arg("path"), "The files load_kabupaten(path) reads, in its order (a directory's *.json by name).");
    m.def(
        "tahun_laporan", [](const Dokumen& d) { return tahun_laporan(d); }, py::arg("doc"),
        "The year a document is the report of: dokumen.tahun, else the last year it reports, else None.");
}

}  // namespace sakip::python
