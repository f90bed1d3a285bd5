// sakip.load_kabupaten: several sakip/1 documents (one per instansi) at once.
#include "common.hpp"
#include "path_arg.hpp"

#include <sakip/kabupaten/kabupaten.hpp>

#include <pybind11/stl.h>

#include <filesystem>
#include <string>
#include <vector>

namespace sakip::python {

void bind_kabupaten(py::module_& m) {
    m.def(
        "load_kabupaten",
        [](const py::object& path_or_paths, unsigned threads) {
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
            return py::cast(std::move(docs));
        },
        py::arg("path_or_paths"), py::arg("threads") = 0,
        "Load a kabupaten: a directory of sakip/1 documents (its *.json files in name order) or a "
        "list of files, one instansi each; returns a list of Dokumen. Raises sakip.LoadError with "
        "the problems of every file (messages prefixed by the file name). The files are parsed on up to "
        "`threads` threads (0: one per core; 1: sequentially), with the GIL released; the result does "
        "not depend on it.");
}

}  // namespace sakip::python
