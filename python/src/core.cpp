// sakip._core: pybind11 bindings for the exact decimal core. Values cross the boundary
// as strings or decimal.Decimal, never as binary floating point.
#include "common.hpp"

#include <sakip/sakip.hpp>

#include <pybind11/operators.h>
#include <pybind11/stl.h>

#include <string>
#include <vector>

namespace py = pybind11;

namespace sakip::python {

namespace {

py::object exception_type(py::module_& m, const char* name, py::handle bases, const char* doc) {
    PyObject* type = PyErr_NewExceptionWithDoc((std::string("sakip.") + name).c_str(), doc, bases.ptr(), nullptr);
    if (type == nullptr) throw py::error_already_set();
    auto obj = py::reinterpret_steal<py::object>(type);
    m.add_object(name, obj);
    return obj;
}

void register_errors(py::module_& m) {
    static py::object error, parse_err, overflow_err, zero_div;
    error = exception_type(m, "Error", PyExc_ValueError, "Base of every sakip error; a ValueError.");
    parse_err = exception_type(m, "ParseError", error, "Text that is not a valid amount; has .text, .offset, .origin.");
    overflow_err = exception_type(m, "OverflowError", py::make_tuple(error, py::handle(PyExc_OverflowError)),
                                  "A result beyond sakip's exact range (never wraps).");
    zero_div = exception_type(m, "DivisionByZero", py::make_tuple(error, py::handle(PyExc_ZeroDivisionError)),
                              "Division by zero.");
    py::register_exception_translator([](std::exception_ptr p) {
        try {
            if (p) std::rethrow_exception(p);
        } catch (const sakip::parse_error& e) {
            py::object exc = parse_err(utf8(e.what()));
            exc.attr("text") = utf8(e.text());
            exc.attr("offset") = py::int_(e.offset());
            exc.attr("origin") = e.origin().empty() ? py::object(py::none()) : py::object(utf8(e.origin()));
            PyErr_SetObject(parse_err.ptr(), exc.ptr());
        } catch (const sakip::overflow_error& e) {
            PyErr_SetObject(overflow_err.ptr(), utf8(e.what()).ptr());
        } catch (const sakip::division_by_zero& e) {
            PyErr_SetObject(zero_div.ptr(), utf8(e.what()).ptr());
        } catch (const sakip::error& e) {
            PyErr_SetObject(error.ptr(), utf8(e.what()).ptr());
        }
    });
}

}  // namespace

}  // namespace sakip::python

PYBIND11_MODULE(_core, m) {
    m.doc() = "sakip._core: exact SAKIP arithmetic (C++ core). Use the `sakip` package.";
    m.attr("__version__") = SAKIP_VERSION_INFO;
    sakip::python::register_errors(m);
    sakip::python::bind_decimal(m);
    sakip::python::bind_rupiah(m);
    sakip::python::bind_batch(m);
    sakip::python::bind_model(m);  // needs Error registered first
    sakip::python::bind_measure(m);
    sakip::python::bind_audit(m);  // after the model and the measures it uses
    sakip::python::bind_rollup(m);
    sakip::python::bind_kabupaten(m);
}
