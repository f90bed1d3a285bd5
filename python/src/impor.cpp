// sakip._core.impor_dpa_csv / impor_dpa_baris (a SIPD-style DPA table, include/sakip/io/dpa_tabel.hpp),
// pasang_dpa, dokumen_dpa, nama_kolom_dpa and sakip.ImporDpaError. A pure binding: the Python layer
// (python/sakip/impor_dpa.py) reads sheets and DataFrames into text cells.
#include "common.hpp"

#include <sakip/io/dpa_tabel.hpp>

#include <pybind11/stl.h>

#include <string>
#include <string_view>
#include <vector>

namespace sakip::python {

namespace {

OpsiImporDpa opsi_dari(int tahun, const std::string& sumber, bool lembar, const std::optional<std::string>& skema) {
    OpsiImporDpa o;
    o.tahun = tahun;
    o.sumber = sumber;
    o.lembar = lembar;
    if (skema) {
        o.skema = parse_skema_kode(*skema);
        if (!o.skema) detail::unknown_word("skema_kode", *skema, "permendagri_13_2006, permendagri_90_2019");
    }
    return o;
}

std::string_view teks(py::handle cell, const char* what) {
    if (cell.is_none()) return {};
    Py_ssize_t n = 0;
    const char* s = PyUnicode_Check(cell.ptr()) ? PyUnicode_AsUTF8AndSize(cell.ptr(), &n) : nullptr;
    if (s == nullptr) {
        if (PyErr_Occurred()) throw py::error_already_set();
        const std::string type(py::str(py::type::handle_of(cell).attr("__name__")));
        throw py::type_error(std::string(what) + ": sel harus str atau None, bukan " + type + " / " +
                             std::string(what) + ": a cell must be str or None, not " + type);
    }
    return {s, static_cast<std::size_t>(n)};
}

// impor_dpa_baris's rows of text cells.
struct BarisName {
    static constexpr auto name =
        py::detail::const_name("collections.abc.Sequence[collections.abc.Sequence[str | None]]");
};

}  // namespace

void bind_impor(py::module_& m) {
    static py::object impor_error_type;
    {
        py::object base = m.attr("Error");
        PyObject* type = PyErr_NewExceptionWithDoc(
            "sakip.ImporDpaError", "A DPA table that cannot be imported; .masalah lists every (tempat, pesan).",
            base.ptr(), nullptr);
        if (type == nullptr) throw py::error_already_set();
        impor_error_type = py::reinterpret_steal<py::object>(type);
        m.add_object("ImporDpaError", impor_error_type);
    }
    py::register_exception_translator([](std::exception_ptr p) {
        try {
            if (p) std::rethrow_exception(p);
        } catch (const sakip::impor_dpa_error& e) {
            py::list masalah;
            for (const auto& x : e.masalah()) masalah.append(py::make_tuple(utf8(x.tempat), utf8(x.pesan)));
            py::object exc = impor_error_type(utf8(e.what()));
            exc.attr("masalah") = masalah;
            PyErr_SetObject(impor_error_type.ptr(), exc.ptr());
        }
    });

    py::class_<HasilImporDpa>(m, "HasilImporDpa", "An imported DPA table: the Dpa, its printed figures, its rows.")
        .def_property_readonly("dpa", [](const HasilImporDpa& h) { return h.dpa; })
        .def_property_readonly("angka", [](const HasilImporDpa& h) { return h.angka; })
        .def_property_readonly(
            "baris",
            [](const HasilImporDpa& h) {
                py::typing::List<py::typing::Tuple<py::int_, py::str, py::str>> out;
                for (const auto& b : h.baris)
                    out.append(py::make_tuple(b.nomor, std::string(to_string(b.jenis)), utf8(b.keterangan)));
                return out;
            },
            "(nomor, jenis, keterangan) of every row that is not a node or a rekening.")
        .def_property_readonly(
            "jumlah",
            [](const HasilImporDpa& h) {
                py::typing::Dict<py::str, py::int_> out;
                for (std::size_t i = 0; i < jumlah_jenis_baris; ++i)
                    out[py::str(std::string(to_string(static_cast<JenisBaris>(i))))] = h.jumlah[i];
                return out;
            },
            "Rows by kind: judul, header, nomor_kolom, kosong, urusan, program, kegiatan, "
            "sub_kegiatan, rekening, total, dilewati.")
        .def_property_readonly("peringatan", [](const HasilImporDpa& h) {
            py::typing::List<py::str> out;
            for (const auto& w : h.peringatan) out.append(utf8(w));
            return out;
        });

    m.def(
        "impor_dpa_csv",
        [](const py::bytes& data, int tahun, const std::string& sumber, const std::optional<std::string>& skema) {
            const OpsiImporDpa o = opsi_dari(tahun, sumber, false, skema);
            char* buf = nullptr;
            Py_ssize_t n = 0;
            if (PyBytes_AsStringAndSize(data.ptr(), &buf, &n) != 0) throw py::error_already_set();
            py::gil_scoped_release release;
            return impor_dpa_csv(std::string_view(buf, static_cast<std::size_t>(n)), o);
        },
        py::arg("data"), py::arg("tahun"), py::arg("sumber") = "", py::arg("skema") = py::none(),
        "Import a SIPD-style DPA CSV (bytes, UTF-8; ';' or ','); raises sakip.ImporDpaError listing every problem.");

    m.def(
        "impor_dpa_baris",
        [](const Typed<BarisName, py::sequence>& rows, int tahun, const std::string& sumber, bool lembar,
           const std::optional<std::string>& skema, std::size_t nomor_awal,
           const std::vector<std::pair<std::size_t, std::size_t>>& angka) {
            ImporDpa imp(opsi_dari(tahun, sumber, lembar, skema));
            std::vector<std::string_view> cells;
            std::vector<std::size_t> numeric;
            std::size_t a = 0;
            const std::size_t n = rows.size();
            for (std::size_t i = 0; i < n; ++i) {
                const py::object row = rows[i];
                const py::sequence seq = py::reinterpret_borrow<py::sequence>(row);
                cells.clear();
                const std::size_t w = seq.size();
                for (std::size_t j = 0; j < w; ++j) cells.push_back(teks(seq[j], "impor_dpa_baris"));
                numeric.clear();
                while (a < angka.size() && angka[a].first == i) numeric.push_back(angka[a++].second);
                imp.baris(cells, nomor_awal + i, numeric);
            }
            return imp.selesai();
        },
        py::arg("rows"), py::arg("tahun"), py::arg("sumber") = "", py::arg("lembar") = true,
        py::arg("skema") = py::none(), py::arg("nomor_awal") = 1,
        py::arg("angka") = std::vector<std::pair<std::size_t, std::size_t>>{},
        "Import rows of text cells (str or None); `angka`: sorted (row index, column) of cells that were "
        "numbers in the source. Row i is numbered nomor_awal + i in messages.");

    m.def("pasang_dpa", &pasang_dpa, py::arg("dokumen"), py::arg("hasil"), py::arg("timpa") = false,
          "A copy of the document with the imported DPA of its year and its printed figures.");
    m.def("dokumen_dpa", &dokumen_dpa, py::arg("hasil"), py::arg("instansi"),
          "A new document holding only the imported DPA.");
    m.def(
        "nama_kolom_dpa",
        []() {
            py::typing::List<py::typing::Tuple<py::str, py::str>> out;
            for (const auto& n : nama_kolom_dpa())
                out.append(py::make_tuple(std::string(to_string(n.kolom)), std::string(n.nama)));
            return out;
        },
        "The header names of a DPA table: (kolom, nama) pairs, nama folded (lower case, single spaces).");
    m.def(
        "kolom_dpa",
        [](std::string_view header) -> std::optional<std::string> {
            if (auto k = kolom_dpa(header)) return std::string(to_string(*k));
            return std::nullopt;
        },
        py::arg("header"),
        "The DPA field a header names (kode, uraian, pagu, realisasi, persen: any case, blanks collapsed, a "
        "trailing (Rp) dropped), or None.");
}

}  // namespace sakip::python
