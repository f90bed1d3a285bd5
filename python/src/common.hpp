// Shared helpers of the Python bindings: converting Python numbers to sakip values
// exactly (str, int, decimal.Decimal, sakip.Decimal; float and bool are refused).
#pragma once

#include <sakip/decimal/decimal.hpp>
#include <sakip/decimal/rounding.hpp>
#include <sakip/decimal/rupiah.hpp>
#include <sakip/measure/skala.hpp>

#include <pybind11/pybind11.h>
#include <pybind11/typing.h>

#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace sakip::python {

namespace py = pybind11;

/// The decimal.Decimal class, imported once per interpreter (pybind11's
/// gil_safe_call_once_and_store, so sub-interpreters and threads are safe).
py::object decimal_class();

/// A Python object whose type in the stubs is `Name::name` (a pybind11 descr: a typing expression),
/// for the arguments a binding converts itself (to_decimal, number_arg, path_arg, skala_option ...)
/// and for results built as Python objects. As an argument it lets every object through, as the
/// py::handle it replaces did, so the conversion's own refusal and message are unchanged: only the
/// signature (and so scripts/stubgen's stubs) says what is accepted.
/// With a Base (py::sequence, py::dict ...), an argument is checked as the Base was, so a wrong type
/// is refused exactly as before.
template <class Name, class Base = py::object>
class Typed : public Base {
public:
    using Base::Base;
    Typed(Base o) : Base(std::move(o)) {}  // NOLINT(google-explicit-constructor)
    static bool check_(py::handle h) {
        if constexpr (std::is_same_v<Base, py::object>) {
            return h.ptr() != nullptr;
        } else {
            return Base::check_(h);
        }
    }
};

/// `o` as the typed handle T, unchecked: the binding built it as T's stub name says.
template <class T>
T typed(py::object o) {
    return py::reinterpret_steal<T>(o.release());
}

/// The stub names of the types above (pybind11 descr; a bound class by its caster's name, which the
/// signature shows as the registered Python class).
namespace stub {
using py::detail::const_name;
using py::detail::make_caster;
/// The one number alias: what to_decimal and number_arg accept (float and bool are refused at run time).
struct Number {
    static constexpr auto name = const_name("decimal.Decimal | int | str | ") + make_caster<Decimal>::name;
};
/// An amount: a sakip.Rupiah or a number (to_rupiah, rupiah_arg).
struct RupiahArg {
    static constexpr auto name = make_caster<Rupiah>::name + const_name(" | ") + Number::name;
};
/// Any object (an __eq__ operand): `builtins.object`, as pybind11-stubgen prints a bare `object` as Any.
struct Object {
    static constexpr auto name = const_name("builtins.object");
};
/// A result that is a bool or NotImplemented (comparisons with a foreign operand), typed as typeshed does.
struct Bool {
    static constexpr auto name = const_name("bool");
};
/// copy.deepcopy's memo.
struct Memo {
    static constexpr auto name = const_name("dict[int, builtins.object]");
};
/// The scale argument of evaluate / audit (skala_option).
struct SkalaOption {
    static constexpr auto name = const_name("str | ") + make_caster<Skala>::name + const_name(" | None");
};
/// The scale argument of kategori (None refused).
struct SkalaArg {
    static constexpr auto name = const_name("str | ") + make_caster<Skala>::name;
};
}  // namespace stub

using PyNumber = Typed<stub::Number>;
using PyRupiahArg = Typed<stub::RupiahArg>;
using PyObjectArg = Typed<stub::Object>;
using PyBoolResult = Typed<stub::Bool>;
using PyMemo = Typed<stub::Memo>;
using PySkalaOption = Typed<stub::SkalaOption>;
using PySkalaArg = Typed<stub::SkalaArg>;

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
template <class Name, class Base>
struct handle_type_name<sakip::python::Typed<Name, Base>> {
    static constexpr auto name = Name::name;
};
}  // namespace pybind11::detail
