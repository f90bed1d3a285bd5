// File names from Python: str, bytes or os.PathLike, passed to C++ as the bytes the OS sees.
// On POSIX a file name is bytes; Python carries a name that is not UTF-8 (b"bad\xff.json") in a
// str as surrogate escapes, which os.fsencode turns back into the same bytes. Messages quote such a
// name with \xNN (utf8() in common.hpp), never raising UnicodeDecodeError in place of the error.
#pragma once

#include "common.hpp"

#include <sakip/error.hpp>

#include <filesystem>
#include <string>

namespace sakip::python {

/// What path_arg takes, as the stubs name it.
struct PathName {
    static constexpr auto name = py::detail::const_name("str | bytes | os.PathLike[str] | os.PathLike[bytes]");
};
using PyPath = Typed<PathName>;

/// The path `path` names (str, bytes or os.PathLike; TypeError otherwise, from os.fsencode).
/// A name with an embedded NUL byte raises sakip.Error naming it: the OS would stop at the NUL
/// and open another file.
inline std::filesystem::path path_arg(py::handle path) {
    const py::bytes encoded = py::module_::import("os").attr("fsencode")(path);
    std::string name = encoded;
    if (name.find('\0') != std::string::npos) {
        std::string shown;
        for (char c : name) shown += c == '\0' ? std::string("\\x00") : std::string(1, c);
        throw error("nama berkas berisi byte NUL / file name contains a NUL byte: \"" + shown + "\"");
    }
#ifdef _WIN32
    // os.fsencode gives UTF-8 on Windows; std::filesystem::path(std::string) would read the ANSI code page.
    return std::filesystem::path(py::str(py::module_::import("os").attr("fsdecode")(path)).cast<std::wstring>());
#else
    return std::filesystem::path(std::move(name));
#endif
}

}  // namespace sakip::python
