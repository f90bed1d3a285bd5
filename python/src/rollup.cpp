// sakip.rollup (exact roll-up of DPA line items by code prefix) and sakip.read_line_items_csv.
// The kernels run with the GIL released.
#include "columns.hpp"
#include "common.hpp"
#include "path_arg.hpp"

#include <sakip/error.hpp>
#include <sakip/io/csv.hpp>
#include <sakip/kabupaten/rollup.hpp>

#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sakip::python {

namespace {

// Holds whatever keeps the code strings alive while the kernel runs.
struct Codes {
    std::vector<std::string_view> views;
    py::object keep;  // the array or list whose memory is referenced
    std::optional<KodeKolom> column;
};

[[noreturn]] void bad_row(std::size_t row, Pesan why) {
    throw parse_error(std::move(why), "", 0, "row " + std::to_string(row) + ", column kode");
}

void views_from_sequence(const py::handle& seq, Codes& out) {
    const auto n = static_cast<std::size_t>(py::len(seq));
    out.views.reserve(n);
    std::size_t row = 0;
    for (auto item : seq) {
        if (!PyUnicode_Check(item.ptr())) {
            if (item.is_none()) bad_row(row, {"kode tidak ada (None)", "missing code (None)"});
            throw py::type_error("rollup: kode harus str (baris " + std::to_string(row) +
                                 ") / rollup: codes must be str (row " + std::to_string(row) + ")");
        }
        Py_ssize_t size = 0;
        const char* data = PyUnicode_AsUTF8AndSize(item.ptr(), &size);
        if (data == nullptr) throw py::error_already_set();
        out.views.emplace_back(data, static_cast<std::size_t>(size));  // cached in the str object
        ++row;
    }
    out.column.emplace(std::span<const std::string_view>(out.views));
}

void codes_from_arrow(const py::object& arr_in, Codes& out) {
    py::object arr = arr_in;
    if (py::hasattr(arr, "combine_chunks")) arr = arr.attr("combine_chunks")();  // ChunkedArray
    const std::string type = py::str(arr.attr("type"));
    const bool large = type == "large_string" || type == "large_utf8";
    if (!large && type != "string" && type != "utf8") {
        throw py::type_error("rollup: larik kode pyarrow harus bertipe string, bukan " + type +
                             " / rollup: a pyarrow codes array must be of type string, not " + type);
    }
    const auto n = static_cast<std::size_t>(py::len(arr));
    const auto offset = arr.attr("offset").cast<std::size_t>();
    py::list buffers = arr.attr("buffers")();
    auto address = [&](std::size_t i) -> const char* {
        if (buffers[i].is_none()) return nullptr;
        return reinterpret_cast<const char*>(buffers[i].attr("address").cast<std::uintptr_t>());
    };
    const char* validity = address(0);
    if (validity != nullptr && arr.attr("null_count").cast<std::size_t>() > 0) {
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t bit = offset + i;
            if (((static_cast<unsigned char>(validity[bit / 8]) >> (bit % 8)) & 1u) == 0) {
                bad_row(i, {"kode tidak ada (null)", "missing code (null)"});
            }
        }
    }
    const char* offsets = address(1);
    const char* data = address(2);
    static const char empty = '\0';
    if (data == nullptr) data = &empty;
    out.keep = arr;
    if (large) {
        const auto* off = reinterpret_cast<const std::int64_t*>(offsets) + offset;
        out.column.emplace(data, std::span<const std::int64_t>(off, n + 1));
    } else {
        const auto* off = reinterpret_cast<const std::int32_t*>(offsets) + offset;
        out.column.emplace(data, std::span<const std::int32_t>(off, n + 1));
    }
}

void codes_from(const py::object& codes, Codes& out) {
    refuse_masked(codes, "rollup: codes");
    if (py::hasattr(codes, "buffers") && py::hasattr(codes, "type")) return codes_from_arrow(codes, out);
    if (py::hasattr(codes, "chunks") && py::hasattr(codes, "combine_chunks")) return codes_from_arrow(codes, out);
    if (py::isinstance<py::list>(codes) || py::isinstance<py::tuple>(codes)) return views_from_sequence(codes, out);
    auto np = py::module_::import("numpy");
    py::array arr = py::array::ensure(codes);
    if (!arr)
        throw py::type_error(
            "rollup: kode harus list str, larik string numpy atau pyarrow / rollup: codes must be a list of str, a "
            "numpy or a pyarrow string array");
    if (arr.ndim() != 1)
        throw py::type_error("rollup: kode harus satu dimensi / rollup: codes must be one-dimensional");
    const char kind = arr.dtype().kind();
    if (kind == 'U') arr = py::array::ensure(arr.attr("astype")("S"));  // ASCII codes
    if (arr.dtype().kind() == 'S') {
        arr = py::array::ensure(np.attr("ascontiguousarray")(arr));
        out.keep = arr;
        out.column.emplace(static_cast<const char*>(arr.data()), static_cast<std::size_t>(arr.itemsize()),
                           static_cast<std::size_t>(arr.size()));
        return;
    }
    if (kind == 'O') {
        out.keep = arr;
        return views_from_sequence(arr, out);
    }
    const std::string dtype(py::str(arr.dtype()));
    throw py::type_error("rollup: kode harus string, bukan larik numpy ber-dtype " + dtype +
                         " / rollup: codes must be strings, not a numpy array of dtype " + dtype);
}

py::array_t<std::int64_t, py::array::c_style> sen_column(const py::object& column, const char* name) {
    refuse_masked(column, std::string("rollup: ") + name);
    py::array arr = py::array::ensure(column);
    if (!arr || (arr.dtype().kind() != 'i' && arr.dtype().kind() != 'u')) {
        // A float column would have been rounded already; converting it here would hide that.
        throw py::type_error(std::string("rollup: ") + name + " harus larik numpy int64 dalam sen / rollup: " + name +
                             " must be a numpy int64 array of sen");
    }
    if (arr.ndim() != 1)
        throw py::type_error(std::string("rollup: ") + name + " harus satu dimensi / rollup: " + name +
                             " must be one-dimensional");
    if (arr.dtype().kind() == 'u' && arr.itemsize() == 8) {
        auto u = py::array_t<std::uint64_t, py::array::c_style>::ensure(arr);
        const auto* p = u.data();
        for (py::ssize_t i = 0; i < u.size(); ++i) {
            if (p[i] > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
                throw overflow_error(std::string("rollup: ") + name + " baris " + std::to_string(i) +
                                     " tidak muat dalam int64 sen / rollup: " + name + " row " + std::to_string(i) +
                                     " does not fit in int64 sen");
            }
        }
    }
    return py::array_t<std::int64_t, py::array::c_style>::ensure(arr);
}

py::object sums_column(const std::vector<Decimal::coefficient_type>& sums) {
    const Decimal::coefficient_type lo = std::numeric_limits<std::int64_t>::min();
    const Decimal::coefficient_type hi = std::numeric_limits<std::int64_t>::max();
    bool fits = true;
    for (const auto& s : sums) {
        if (s < lo || s > hi) {
            fits = false;
            break;
        }
    }
    if (fits) {
        py::array_t<std::int64_t> out(static_cast<py::ssize_t>(sums.size()));
        auto* p = out.mutable_data();
        for (std::size_t i = 0; i < sums.size(); ++i) p[i] = static_cast<std::int64_t>(sums[i]);
        py::object result = std::move(out);
        return result;
    }
    py::list out(sums.size());
    for (std::size_t i = 0; i < sums.size(); ++i) {
        out[i] = py::int_(py::str(Decimal::from_parts(sums[i], 0).to_string()));
    }
    py::object result = std::move(out);
    return result;
}

// The whole content of a regular file. Opened without blocking (a FIFO opened for reading waits for
// a writer) and refused unless fstat says it is a regular file: a directory, FIFO, socket or device
// never reaches the CSV reader. Errors say why, with the system's reason (strerror).
std::string read_regular_file(const std::string& path) {
    if (path.find('\0') != std::string::npos) {
        throw py::value_error("read_line_items_csv: nama berkas berisi byte NUL / file name contains a NUL byte");
    }
    const auto fail = [&](const std::string& why) {
        throw error("tidak dapat membaca " + path + ": " + why + " / cannot read " + path + ": " + why);
    };
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) fail(std::strerror(errno));
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat st {};
    if (::fstat(fd, &st) != 0) fail(std::strerror(errno));
    if (S_ISDIR(st.st_mode)) fail("direktori, bukan berkas / a directory, not a file");
    if (!S_ISREG(st.st_mode)) {
        const char* kind = S_ISFIFO(st.st_mode)   ? "FIFO"
                           : S_ISSOCK(st.st_mode) ? "socket"
                           : S_ISCHR(st.st_mode)  ? "character device"
                           : S_ISBLK(st.st_mode)  ? "block device"
                                                  : "special file";
        fail(std::string("bukan berkas biasa / not a regular file (") + kind + ")");
    }
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0 || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0) fail(std::strerror(errno));
    std::string text;
    text.reserve(static_cast<std::size_t>(st.st_size));
    char buffer[1 << 16];
    for (;;) {
        const ::ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail(std::strerror(errno));
        }
        if (n == 0) break;
        text.append(buffer, static_cast<std::size_t>(n));
    }
    return text;
}

// The stub types of the roll-up: a sen column (any integer numpy array, or what numpy.asarray makes
// one of); the result's columns. `codes` stays typing.Any: it may be a pyarrow array, which
// _core.pyi cannot name (it imports no pyarrow).
struct SenColumnName {
    static constexpr auto name =
        py::detail::const_name("numpy.typing.NDArray[numpy.integer] | collections.abc.Sequence[int]");
};
struct SenColumnOptName {
    static constexpr auto name = SenColumnName::name + py::detail::const_name(" | None");
};
struct RollupColumnName {
    static constexpr auto name = py::detail::const_name("list[str] | numpy.typing.NDArray[numpy.int64] | list[int]");
};
struct LineItemsColumnName {
    static constexpr auto name = py::detail::const_name("list[str] | numpy.typing.NDArray[numpy.int64]");
};
using SenColumn = Typed<SenColumnName>;
using RollupDict = py::typing::Dict<py::str, Typed<RollupColumnName>>;
using LineItemsDict = py::typing::Dict<py::str, Typed<LineItemsColumnName>>;

py::int_ to_int(const Decimal::coefficient_type& v) { return py::int_(py::str(Decimal::from_parts(v, 0).to_string())); }

}  // namespace

void bind_rollup(py::module_& m) {
    m.def(
        "rollup",
        [](const py::object& codes, const SenColumn& pagu, const Typed<SenColumnOptName>& realisasi,
           const std::string& level_name) {
            const auto level = parse_level_rollup(level_name);
            if (!level) {
                throw py::value_error(
                    "rollup: tingkat harus instansi, program, kegiatan, sub_kegiatan atau rekening, bukan \"" +
                    level_name +
                    "\" / rollup: level must be instansi, program, kegiatan, sub_kegiatan or "
                    "rekening, not \"" +
                    level_name + "\"");
            }
            Codes c;
            codes_from(codes, c);
            auto p = sen_column(pagu, "pagu_sen");
            std::optional<py::array_t<std::int64_t, py::array::c_style>> r;
            if (!realisasi.is_none()) r = sen_column(realisasi, "realisasi_sen");
            RollupResult result;
            {
                py::gil_scoped_release release;
                std::span<const std::int64_t> ps(p.data(), static_cast<std::size_t>(p.size()));
                std::span<const std::int64_t> rs;
                if (r) rs = {r->data(), static_cast<std::size_t>(r->size())};
                if (r && rs.size() != c.column->size()) {
                    const std::string rows = std::to_string(rs.size()), codes = std::to_string(c.column->size());
                    throw error("rollup: realisasi_sen memuat " + rows + " baris, kode " + codes +
                                " / rollup: realisasi_sen has " + rows + " rows, codes " + codes);
                }
                result = rollup(*c.column, ps, rs, *level);
            }
            py::dict out;
            out["kode"] = py::cast(result.kode);
            py::array_t<std::int64_t> baris(static_cast<py::ssize_t>(result.baris.size()));
            for (std::size_t i = 0; i < result.baris.size(); ++i) {
                baris.mutable_data()[i] = static_cast<std::int64_t>(result.baris[i]);
            }
            out["baris"] = baris;
            out["pagu_sen"] = sums_column(result.pagu);
            if (r) out["realisasi_sen"] = sums_column(result.realisasi);
            return typed<RollupDict>(out);
        },
        py::arg("codes"), py::arg("pagu_sen"), py::arg("realisasi_sen") = py::none(), py::arg("level") = "program",
        "Exact roll-up of DPA line items by code prefix.\n\n"
        "codes: list of str, numpy str/object array or pyarrow string array of line-item codes\n"
        "  \"[<instansi>/]<program path>[/<rekening>]\" (Permendagri 90/2019 widths 1.2.2.1.2.4);\n"
        "pagu_sen, realisasi_sen: numpy int64 arrays of sen; level: instansi, program, kegiatan,\n"
        "sub_kegiatan or rekening. Returns a dict of columns (pandas.DataFrame(result) works):\n"
        "kode (sorted), baris (rows per group), pagu_sen and realisasi_sen (exact sums: numpy int64,\n"
        "or a list of Python int when a sum does not fit in int64). A malformed code raises\n"
        "sakip.ParseError naming the row (origin \"row 17, column kode\").");

    m.def(
        "rollup_totals",
        [](const py::object& codes, const SenColumn& pagu, const std::string& level_name) {
            const auto level = parse_level_rollup(level_name);
            if (!level)
                throw py::value_error("rollup_totals: tingkat \"" + level_name +
                                      "\" tidak dikenal / rollup_totals: unknown level \"" + level_name + "\"");
            Codes c;
            codes_from(codes, c);
            auto p = sen_column(pagu, "pagu_sen");
            RollupResult result;
            {
                py::gil_scoped_release release;
                result = rollup(*c.column, {p.data(), static_cast<std::size_t>(p.size())}, {}, *level);
            }
            return to_int(result.total_pagu);
        },
        py::arg("codes"), py::arg("pagu_sen"), py::arg("level") = "program",
        "The exact total of a roll-up (Σ of all groups) as a Python int.");

    m.def(
        "read_line_items_csv",
        [](const PyPath& path) {
            const std::string p = path_arg(path).string();  // str, bytes, os.PathLike; NUL refused
            LineItems items;
            {
                py::gil_scoped_release release;
                items = read_line_items_csv(read_regular_file(p));
            }
            py::dict out;
            out["kode"] = py::cast(items.kode);
            py::array_t<std::int64_t> pagu(static_cast<py::ssize_t>(items.pagu_sen.size()));
            std::copy(items.pagu_sen.begin(), items.pagu_sen.end(), pagu.mutable_data());
            out["pagu_sen"] = pagu;
            if (!items.realisasi_sen.empty() || items.kode.empty()) {
                py::array_t<std::int64_t> real(static_cast<py::ssize_t>(items.realisasi_sen.size()));
                std::copy(items.realisasi_sen.begin(), items.realisasi_sen.end(), real.mutable_data());
                out["realisasi_sen"] = real;
            }
            return typed<LineItemsDict>(out);
        },
        py::arg("path"),
        "Read a DPA line-item CSV (header: kode, uraian, pagu_sen, realisasi_sen; or pagu/realisasi\n"
        "as printed rupiah). Returns a dict of columns. A malformed field raises sakip.ParseError\n"
        "(sakip.OverflowError beyond int64 sen) naming the line and column (\"line 17, column pagu_sen\").\n"
        "path: str, bytes or os.PathLike of a regular file; a directory, FIFO or device, or a file that\n"
        "cannot be read, raises sakip.Error saying why.");
}

}  // namespace sakip::python
