// Shared helpers of the Python bindings: converting Python numbers to sakip values
// exactly (str, int, decimal.Decimal, sakip.Decimal; float and bool are refused).
#pragma once

#include <sakip/decimal/decimal.hpp>
#include <sakip/decimal/rounding.hpp>
#include <sakip/measure/skala.hpp>

#include <pybind11/pybind11.h>

#include <optional>
#include <string>
#include <vector>

namespace sakip::python {

namespace py = pybind11;

/// The decimal.Decimal class, imported once per interpreter (pybind11's
/// gil_safe_call_once_and_store, so sub-interpreters and threads are safe).
py::object decimal_class();

/// Exact conversion of a Python value to Decimal; raises TypeError for float, bool and others. Every
/// binding that takes a number converts through here, so the refusals are the same everywhere.
Decimal to_decimal(py::handle value);

/// A number given to a function (not a constructor): a str is read in the document forms as every
/// figure is (Decimal::parse: "97,25", "1.234,5", "70%", a lone "1.500" = 1500) or, failing that, in
/// the canonical form (".5"); an ambiguous text ("1.500", "1,500") warns AmbiguousNumberWarning.
/// Anything else converts as to_decimal does.
Decimal number_arg(py::handle value);
/// Decimal::parse_detailed(text) with the warning of number_arg (Decimal.parse, number_arg).
Decimal read_number(const std::string& text, const std::optional<std::string>& origin);
/// AmbiguousNumberWarning for these notes of reading `text` (a no-op when none is ambiguous);
/// raises error_already_set if warnings are errors.
void warn_ambiguous(const std::string& text, const std::vector<ParseNote>& notes);

/// A decimal.Decimal object: what results cross as (docs/python.md, "One number story"). A py::object
/// that the stubs name `decimal.Decimal` (handle_type_name below), so the type is known to mypy.
class PyDecimal : public py::object {
public:
    using py::object::object;
    PyDecimal(py::object o) : py::object(std::move(o)) {}  // NOLINT(google-explicit-constructor)
};

/// decimal.Decimal holding exactly the same value and exponent.
PyDecimal to_py_decimal(const Decimal& value);
/// to_py_decimal of the value, or None.
std::optional<PyDecimal> to_py_decimal(const std::optional<Decimal>& value);

/// A C++ message as a Python str. Messages quote the user's text, which may not be valid UTF-8
/// (a CSV field, a byte string); such bytes appear as \xNN instead of raising UnicodeDecodeError
/// in place of the sakip error.
inline py::str utf8(const std::string& s) {
    PyObject* o = PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "backslashreplace");
    if (o == nullptr) throw py::error_already_set();
    return py::reinterpret_steal<py::str>(o);
}

/// The scale argument of evaluate / audit / kategori: None (nullopt: the report's own), a shipped
/// scale's name (sakip.Error listing the names if unknown) or a sakip.Skala; TypeError for anything else.
std::optional<Skala> skala_option(py::handle value);

/// Rounding from its Python name ("half_up", ...).
Rounding rounding_arg(const std::string& name);

void bind_decimal(py::module_& m);
void bind_rupiah(py::module_& m);
void bind_batch(py::module_& m);
void bind_measure(py::module_& m);    // python/src/measure.cpp
void bind_model(py::module_& m);      // python/src/model.cpp
void bind_rollup(py::module_& m);     // python/src/kabupaten/rollup.cpp
void bind_kabupaten(py::module_& m);  // python/src/kabupaten/kabupaten.cpp (after bind_audit)
void bind_audit(py::module_& m);      // python/src/audit/audit.cpp (after bind_model, bind_measure)
void bind_impor(py::module_& m);      // python/src/impor.cpp (after bind_model)

}  // namespace sakip::python

namespace pybind11::detail {
template <>
struct handle_type_name<sakip::python::PyDecimal> {
    static constexpr auto name = const_name("decimal.Decimal");
};
}  // namespace pybind11::detail
