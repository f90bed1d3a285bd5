// Shared helpers of the Python bindings: converting Python numbers to sakip values
// exactly (str, int, decimal.Decimal, sakip.Decimal; float is refused).
#pragma once

#include <sakip/decimal.hpp>
#include <sakip/rounding.hpp>

#include <pybind11/pybind11.h>

namespace sakip::python {

namespace py = pybind11;

/// The decimal.Decimal class, imported once per interpreter (pybind11's
/// gil_safe_call_once_and_store, so sub-interpreters and threads are safe).
py::object decimal_class();

/// Exact conversion of a Python value to Decimal; raises TypeError for float and others.
Decimal to_decimal(py::handle value);

/// decimal.Decimal holding exactly the same value and exponent.
py::object to_py_decimal(const Decimal& value);

/// Rounding from its Python name ("half_up", ...).
Rounding rounding_arg(const std::string& name);

void bind_decimal(py::module_& m);
void bind_rupiah(py::module_& m);
void bind_batch(py::module_& m);
void bind_measure(py::module_& m);  // python/src/measure.cpp
void bind_model(py::module_& m);    // python/src/model.cpp
void bind_rollup(py::module_& m);     // python/src/rollup.cpp
void bind_kabupaten(py::module_& m);  // python/src/kabupaten.cpp (after bind_audit)
void bind_audit(py::module_& m);    // python/src/audit.cpp (after bind_model, bind_measure)

}  // namespace sakip::python
