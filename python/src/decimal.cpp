// Bindings for sakip.Decimal, divide, percent and the rounding names.
#include "common.hpp"

#include <sakip/decimal/format.hpp>

#include <sakip/error.hpp>

#include <pybind11/gil_safe_call_once.h>
#include <pybind11/operators.h>
#include <pybind11/stl.h>

#include <optional>

#include <string>

namespace sakip::python {

py::object decimal_class() {
    PYBIND11_CONSTINIT static py::gil_safe_call_once_and_store<py::object> storage;
    return storage.call_once_and_store_result([]() { return py::module_::import("decimal").attr("Decimal"); })
        .get_stored();
}

namespace {

bool is_py_decimal(py::handle value) { return py::isinstance(value, decimal_class()); }

Decimal from_py_decimal(py::handle value) {
    // as_tuple() gives sign, digits and exponent exactly; NaN and Infinity have a
    // non-integer exponent and are not numbers sakip can hold.
    py::tuple t = value.attr("as_tuple")();
    py::object exponent = t[2];
    if (!py::isinstance<py::int_>(exponent)) {
        const std::string shown = py::str(value).cast<std::string>();
        throw py::value_error("sakip.Decimal tidak dapat memuat " + shown + " / sakip.Decimal cannot hold " + shown);
    }
    std::string text = t[0].cast<int>() != 0 ? "-" : "";
    py::tuple digits = t[1];
    for (auto d : digits) text += static_cast<char>('0' + d.cast<int>());
    text += "E" + std::to_string(exponent.cast<long long>());
    return Decimal(text);
}

}  // namespace

Decimal to_decimal(py::handle value) {
    if (py::isinstance<Decimal>(value)) return value.cast<Decimal>();
    // bool is an int to Python, but True is not the number 1 in a document: refused, not read as 1
    // (nor as the text "True").
    if (PyBool_Check(value.ptr())) {
        throw py::type_error(
            "bool bukan bilangan (True/False ditolak); berikan str, int atau decimal.Decimal / bool is not a number "
            "(True/False is refused); pass a str, int or decimal.Decimal");
    }
    if (py::isinstance<py::float_>(value)) {
        throw py::type_error(
            "float adalah bilangan titik mengambang biner dan tidak eksak; berikan str, int atau decimal.Decimal / "
            "float is binary floating point and not exact; pass a str, int or decimal.Decimal");
    }
    if (py::isinstance<py::int_>(value)) {
        return Decimal(py::str(value).cast<std::string>());
    }
    if (py::isinstance<py::str>(value)) return Decimal(value.cast<std::string>());
    if (is_py_decimal(value)) return from_py_decimal(value);
    const std::string type = py::str(py::type::handle_of(value).attr("__name__")).cast<std::string>();
    throw py::type_error(type + " tidak dapat diubah menjadi sakip.Decimal secara eksak / cannot convert " + type +
                         " to sakip.Decimal exactly");
}

namespace {
PyObject* ambiguous_warning = nullptr;  // sakip.AmbiguousNumberWarning, created by bind_decimal
}  // namespace

void warn_ambiguous(const std::string& text, const std::vector<ParseNote>& notes) {
    for (const auto& n : notes) {
        if (n.code != "ambiguous_thousands" && n.code != "ambiguous_separator") continue;
        const std::string msg =
            sakip::quoted(text) + ": " + n.message + " (" + n.code + ", offset " + std::to_string(n.offset) + ")";
        if (PyErr_WarnEx(ambiguous_warning, msg.c_str(), 2) != 0) throw py::error_already_set();
    }
}

Decimal read_number(const std::string& text, const std::optional<std::string>& origin) {
    ParseOptions o;
    if (origin) o.origin = *origin;
    std::optional<ParseResult<Decimal>> r;
    try {
        r = Decimal::parse_detailed(text, o);
    } catch (const parse_error&) {
        try {
            return Decimal(std::string_view(text));  // ".5", "5.": the canonical forms the document reading lacks
        } catch (const error&) {
        }
        throw;  // the document reading's message
    }
    warn_ambiguous(text, r->notes);
    return r->value;
}

Decimal number_arg(py::handle value) {
    if (py::isinstance<py::str>(value)) return read_number(value.cast<std::string>(), std::nullopt);
    return to_decimal(value);
}

PyDecimal to_py_decimal(const Decimal& value) { return decimal_class()(value.to_sci_string()); }

std::optional<PyDecimal> to_py_decimal(const std::optional<Decimal>& value) {
    if (!value) return std::nullopt;
    return to_py_decimal(*value);
}

Rounding rounding_arg(const std::string& name) { return parse_rounding(name); }

namespace {

// The operands Decimal's operators take: sakip.Decimal, int (not bool) and decimal.Decimal.
bool is_operand(py::handle other) {
    return py::isinstance<Decimal>(other) || (py::isinstance<py::int_>(other) && !PyBool_Check(other.ptr())) ||
           is_py_decimal(other);
}

// Arithmetic, comparison and == with a foreign type (float, bool, str, None, ...) return
// NotImplemented so Python can try the reflected operation: == then falls back to identity (False)
// and the rest raise TypeError.
template <class Op>
py::object binary(const Decimal& self, py::handle other, Op op) {
    if (!is_operand(other)) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
    return py::cast(op(self, to_decimal(other)));
}

// The stub types of the operators: the operands is_operand takes; a result is the type of a defined
// operation (NotImplemented, for a foreign operand, is not part of it, as in typeshed).
struct OperandName {
    static constexpr auto name =
        py::detail::const_name("decimal.Decimal | int | ") + py::detail::make_caster<Decimal>::name;
};
struct DecimalName {
    static constexpr auto name = py::detail::make_caster<Decimal>::name;
};
using Operand = Typed<OperandName>;
using DecimalResult = Typed<DecimalName>;

}  // namespace

void bind_decimal(py::module_& m) {
    ambiguous_warning = PyErr_NewExceptionWithDoc(
        "sakip.AmbiguousNumberWarning",
        "A number text that reads two ways: a lone group '1.500' (read 1500; 1.5 in English writing) or a "
        "three-digit decimal part '1,500' (read 1.5; 1500 in English writing).",
        PyExc_UserWarning, nullptr);
    if (ambiguous_warning == nullptr) throw py::error_already_set();
    m.add_object("AmbiguousNumberWarning", py::handle(ambiguous_warning));
    py::class_<Decimal> cls(m, "Decimal", R"doc(
Exact signed decimal: an integer coefficient of up to 38 digits and a scale.

Built from str, int, decimal.Decimal or sakip.Decimal; float raises TypeError.
``+ - *`` are exact; division needs an explicit scale (sakip.divide).
Equality and hashing are by value (Decimal("1.0") == Decimal("1.00")).
)doc");
    cls.def(py::init([](const PyNumber& value) { return to_decimal(value); }), py::arg("value") = 0)
        .def("__add__", [](const Decimal& a, const Operand& b) -> DecimalResult { return binary(a, b, std::plus<>{}); })
        .def("__radd__",
             [](const Decimal& a, const Operand& b) -> DecimalResult { return binary(a, b, std::plus<>{}); })
        .def("__sub__",
             [](const Decimal& a, const Operand& b) -> DecimalResult { return binary(a, b, std::minus<>{}); })
        .def("__rsub__",
             [](const Decimal& a, const Operand& b) -> DecimalResult {
                 return binary(a, b, [](const Decimal& x, const Decimal& y) { return y - x; });
             })
        .def("__mul__",
             [](const Decimal& a, const Operand& b) -> DecimalResult { return binary(a, b, std::multiplies<>{}); })
        .def("__rmul__",
             [](const Decimal& a, const Operand& b) -> DecimalResult { return binary(a, b, std::multiplies<>{}); })
        .def("__neg__", [](const Decimal& a) { return -a; })
        .def("__pos__", [](const Decimal& a) { return a; })
        .def("__abs__", [](const Decimal& a) { return a.abs(); })
        .def("__bool__", [](const Decimal& a) { return !a.is_zero(); })
        .def("__eq__",
             [](const Decimal& a, const PyObjectArg& b) -> PyBoolResult { return binary(a, b, std::equal_to<>{}); })
        .def("__lt__", [](const Decimal& a, const Operand& b) -> PyBoolResult { return binary(a, b, std::less<>{}); })
        .def("__le__",
             [](const Decimal& a, const Operand& b) -> PyBoolResult { return binary(a, b, std::less_equal<>{}); })
        .def("__gt__",
             [](const Decimal& a, const Operand& b) -> PyBoolResult { return binary(a, b, std::greater<>{}); })
        .def("__ge__",
             [](const Decimal& a, const Operand& b) -> PyBoolResult { return binary(a, b, std::greater_equal<>{}); })
        // Hash as decimal.Decimal does, so that equal int / Decimal / sakip.Decimal hash alike.
        .def("__hash__", [](const Decimal& a) { return py::hash(to_py_decimal(a)); })
        // decimal.Decimal's str(): to-scientific-string, which reads back with the same value and
        // exponent (to_string()'s plain 1000 for 1E+3 would not keep the exponent).
        .def("__str__", &Decimal::to_sci_string)
        // Not decimal.Decimal's repr: a sakip.Decimal never passes for one (issue 16).
        .def("__repr__", [](const Decimal& a) { return "sakip.Decimal('" + a.to_sci_string() + "')"; })
        .def("__format__", [](const Decimal& a,
                              const std::string& spec) { return py::str(to_py_decimal(a).attr("__format__")(spec)); })
        .def_static(
            "parse",
            [](const std::string& text, std::optional<std::string> origin) { return read_number(text, origin); },
            py::arg("text"), py::arg("origin") = py::none(),
            "Parse a figure as printed in a document ('35,55 %', '13.642.000.-', '86,347,000'):\n"
            "'.' groups thousands and ',' marks decimals; a lone '1.500' is 1500 and warns\n"
            "AmbiguousNumberWarning. The constructor reads the canonical form ('1.500' = 1.5).")
        .def(
            "to_decimal", [](const Decimal& a) { return to_py_decimal(a); },
            "The same value as an exact decimal.Decimal.")
        .def(
            "quantize",
            [](const Decimal& a, int places, const std::string& rounding) {
                return a.quantize(places, rounding_arg(rounding));
            },
            py::arg("places"), py::arg("rounding") = "half_up",
            "Round to `places` digits after the point (negative: tens, hundreds, ...).")
        .def("normalized", &Decimal::normalized, "The same value without trailing zeros.")
        .def_property_readonly("scale", &Decimal::scale, "Digits after the decimal point.")
        .def_property_readonly(
            "coefficient",
            [](const Decimal& a) { return py::int_(py::str(Decimal::from_parts(a.coefficient(), 0).to_string())); },
            "The integer coefficient: value == coefficient * 10**-scale.")
        .def(py::pickle([](const Decimal& a) { return py::make_tuple(a.to_sci_string()); },
                        [](const py::tuple& t) { return Decimal(t[0].cast<std::string>()); }))
        .def("__copy__", [](const Decimal& a) { return a; })
        .def(
            "__deepcopy__", [](const Decimal& a, const PyMemo&) { return a; }, py::arg("memo"));

    m.def(
        "divide",
        [](const PyNumber& a, const PyNumber& b, int places, const std::string& rounding) {
            return to_py_decimal(divide(number_arg(a), number_arg(b), places, rounding_arg(rounding)));
        },
        py::arg("a"), py::arg("b"), py::arg("places"), py::arg("rounding") = "half_up",
        "a / b correctly rounded to `places` digits, as a decimal.Decimal; DivisionByZero when b == 0.");
    m.def(
        "percent",
        [](const PyNumber& part, const PyNumber& whole, int places, const std::string& rounding) {
            return to_py_decimal(percent(number_arg(part), number_arg(whole), places, rounding_arg(rounding)));
        },
        py::arg("part"), py::arg("whole"), py::arg("places") = 2, py::arg("rounding") = "half_up",
        "part / whole x 100, exact then rounded once (half-up by default), as a decimal.Decimal.");
    m.def(
        "format_angka",
        [](const PyNumber& value, int min_places, const std::string& suffix) {
            AngkaFormat f;
            f.min_places = min_places;
            f.suffix = suffix;
            return format_angka(number_arg(value), f);
        },
        py::arg("value"), py::arg("min_places") = 0, py::arg("suffix") = "",
        "The value written for people in Indonesian: '.' groups thousands, ',' marks decimals "
        "('1.234.567,89'). Never rounds: quantize first; min_places pads with zeros.");
    m.def(
        "format_persen",
        [](const PyNumber& value, int min_places) { return format_persen(number_arg(value), min_places); },
        py::arg("value"), py::arg("min_places") = 0, "format_angka followed by ' %' ('96,36 %').");
    m.attr("ROUNDING_MODES") = py::make_tuple("half_up", "half_even", "half_down", "down", "up", "ceiling", "floor");
}

}  // namespace sakip::python
