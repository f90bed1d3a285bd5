// Bindings for the column kernels; the GIL is released while they run.
#include "columns.hpp"
#include "common.hpp"

#include <sakip/decimal/sen_column.hpp>

#include <pybind11/numpy.h>

#include <string_view>
#include <vector>

namespace sakip::python {

void bind_batch(py::module_& m) {
    m.def(
        "sum_sen",
        [](const Int64Array& column) {
            // Only a genuine int64 array is accepted: a float column would have been
            // rounded already, so converting it here would hide the damage.
            if (!py::isinstance<py::array_t<std::int64_t>>(column)) {
                throw py::type_error(
                    "sum_sen memerlukan larik numpy int64 dalam sen / sum_sen needs a numpy int64 array of sen");
            }
            refuse_masked(column, "sum_sen");
            auto arr = py::array_t<std::int64_t, py::array::c_style>::ensure(column);
            Decimal::coefficient_type total;
            {
                py::gil_scoped_release release;
                total = sum_sen({arr.data(), static_cast<std::size_t>(arr.size())});
            }
            return py::int_(py::str(Decimal::from_parts(total, 0).to_string()));
        },
        py::arg("sen"),
        "Exact sum of a numpy int64 array of sen, as a Python int (never wraps). A masked entry of a\n"
        "numpy masked array is unknown: ValueError naming it.");

    m.def(
        "parse_amounts",
        [](const py::typing::List<py::str>& texts) {
            std::vector<std::string_view> views;
            views.reserve(texts.size());
            for (auto item : texts) {
                if (!py::isinstance<py::str>(item)) {
                    const std::string item = std::to_string(views.size());
                    throw py::type_error("parse_amounts memerlukan list str (butir " + item +
                                         ") / parse_amounts needs a list of str (item " + item + ")");
                }
                Py_ssize_t size = 0;
                const char* data = PyUnicode_AsUTF8AndSize(item.ptr(), &size);
                if (data == nullptr) throw py::error_already_set();
                // The UTF-8 buffer is cached in the str object, which the list keeps alive.
                views.emplace_back(data, static_cast<std::size_t>(size));
            }
            py::array_t<std::int64_t> out(static_cast<py::ssize_t>(views.size()));
            std::int64_t* dest = out.mutable_data();
            {
                py::gil_scoped_release release;
                parse_amounts(views, {dest, views.size()});
            }
            return out;
        },
        py::arg("texts"),
        "Parse amounts as printed into a numpy int64 array of sen; a bad entry raises "
        "ParseError naming its index.");
}

}  // namespace sakip::python
