// Bindings for sakip.Rupiah, allocate/split and terbilang.
#include "common.hpp"

#include <sakip/decimal/rupiah.hpp>
#include <sakip/decimal/terbilang.hpp>

#include <pybind11/stl.h>

#include <optional>
#include <string>
#include <vector>

namespace sakip::python {

namespace {

Rupiah to_rupiah(py::handle value) {
    if (py::isinstance<Rupiah>(value)) return value.cast<Rupiah>();
    // str is read in the canonical form, as for Decimal ("1234.50"); printed forms such as
    // "Rp 1.234,50" go through Rupiah.parse, so "1.500" never silently means 1500.
    return Rupiah(to_decimal(value));  // exact or an error, never rounded
}

// A rupiah amount given to a function (allocate, split): a str is read as printed (Rupiah::parse:
// "Rp 1.234,50", "1.500" = 1500 with AmbiguousNumberWarning) or, failing that, canonically.
Rupiah rupiah_arg(py::handle value) {
    if (!py::isinstance<py::str>(value)) return to_rupiah(value);
    const std::string text = value.cast<std::string>();
    std::optional<ParseResult<Rupiah>> r;
    try {
        r = Rupiah::parse_detailed(text);
    } catch (const parse_error&) {
        try {
            return Rupiah(Decimal(std::string_view(text)));
        } catch (const error&) {
        }
        throw;
    }
    warn_ambiguous(text, r->notes);
    return r->value;
}

// A note as a dict: code and message (str), offset (int).
using NoteDict = py::typing::Dict<py::str, py::typing::Union<py::str, py::int_>>;

py::typing::List<NoteDict> notes_list(const std::vector<ParseNote>& notes) {
    py::typing::List<NoteDict> out;
    for (const auto& n : notes) {
        out.append(py::dict(py::arg("code") = n.code, py::arg("message") = n.message, py::arg("offset") = n.offset));
    }
    return out;
}

ParseOptions options_with(const std::string* origin) {
    ParseOptions o;
    if (origin != nullptr) o.origin = *origin;
    return o;
}

// Rupiah * int is a Rupiah (exact); times any other number, a Decimal.
struct RupiahOrDecimalName {
    static constexpr auto name =
        py::detail::make_caster<Rupiah>::name + py::detail::const_name(" | ") + py::detail::make_caster<Decimal>::name;
};
using RupiahOrDecimal = Typed<RupiahOrDecimalName>;

}  // namespace

void bind_rupiah(py::module_& m) {
    py::class_<Rupiah> cls(m, "Rupiah", R"doc(
Money in rupiah with sen (an exact Decimal of scale 2).

Rupiah(125000000), Rupiah("Rp 13.578.653.418,-"), Rupiah(Decimal("10.50")).
A value with digits below one sen is refused, never rounded.
)doc");
    cls.def(py::init([](const PyRupiahArg& value) { return to_rupiah(value); }), py::arg("value") = 0)
        .def_static(
            "parse",
            [](const std::string& text, std::optional<std::string> origin) {
                auto r = Rupiah::parse_detailed(text, options_with(origin ? &*origin : nullptr));
                warn_ambiguous(text, r.notes);
                return r.value;
            },
            py::arg("text"), py::arg("origin") = py::none(),
            "Parse an amount as printed (Indonesian or canonical). `origin` names where the text "
            "came from in error messages.")
        .def_static(
            "parse_detailed",
            [](const std::string& text, std::optional<std::string> origin) {
                auto r = Rupiah::parse_detailed(text, options_with(origin ? &*origin : nullptr));
                return py::make_tuple(r.value, notes_list(r.notes));
            },
            py::arg("text"), py::arg("origin") = py::none(),
            "Like parse, but also returns the notes (e.g. english_grouping) as dicts.")
        .def_static(
            "from_sen", [](const py::int_& sen) { return Rupiah::from_sen(to_decimal(sen).coefficient()); },
            py::arg("sen"), "Build from an integer number of sen.")
        .def_property_readonly(
            "sen", [](const Rupiah& r) { return py::int_(py::str(Decimal::from_parts(r.sen(), 0).to_string())); },
            "The amount as an integer number of sen.")
        .def_property_readonly(
            "value", [](const Rupiah& r) { return to_py_decimal(r.value()); },
            "The amount as a decimal.Decimal (scale 2).")
        .def(
            "format",
            [](const Rupiah& r, const std::string& style) { return r.format(RupiahFormat::from_name(style)); },
            py::arg("style") = "puebi",
            "Format as 'puebi' (Rp125.000.000,00), 'no_sen', 'dokumen' (Rp 125.000.000,-), "
            "'canonical' (125000000.00) or 'ringkas' (Rp125.000.000, Rp900.500,50). A negative "
            "amount is -Rp1.234,50 (PUEBI).")
        .def(
            "terbilang",
            [](const Rupiah& r, bool capitalize) {
                TerbilangOptions o;
                o.capitalize = capitalize;
                return r.terbilang(o);
            },
            py::arg("capitalize") = false, "The amount in Indonesian words (PUEBI spelling).")
        .def("to_decimal", [](const Rupiah& r) { return to_py_decimal(r.value()); })
        .def("__add__", [](const Rupiah& a, const Rupiah& b) { return a + b; })
        .def("__sub__", [](const Rupiah& a, const Rupiah& b) { return a - b; })
        .def("__neg__", [](const Rupiah& a) { return -a; })
        .def("__mul__",
             [](const Rupiah& a, const PyNumber& b) -> RupiahOrDecimal {
                 // to_decimal refuses float (TypeError) like every other entry point.
                 if (py::isinstance<py::int_>(b)) return py::cast(Rupiah(a * to_decimal(b)));  // exact
                 return py::cast(a * to_decimal(b));
             })
        .def("__rmul__", [](const Rupiah& a, const PyNumber& b) { return a * to_decimal(b); })
        .def("__eq__",
             [](const Rupiah& a, const PyObjectArg& b) -> PyBoolResult {
                 if (!py::isinstance<Rupiah>(b)) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
                 return py::bool_(a == b.cast<Rupiah>());
             })
        .def("__lt__", [](const Rupiah& a, const Rupiah& b) { return a < b; })
        .def("__le__", [](const Rupiah& a, const Rupiah& b) { return a <= b; })
        .def("__gt__", [](const Rupiah& a, const Rupiah& b) { return a > b; })
        .def("__ge__", [](const Rupiah& a, const Rupiah& b) { return a >= b; })
        .def("__hash__", [](const Rupiah& a) { return py::hash(to_py_decimal(a.value())); })
        .def("__bool__", [](const Rupiah& a) { return !a.value().is_zero(); })
        .def("__str__", [](const Rupiah& a) { return a.format(); })
        .def("__repr__", [](const Rupiah& a) { return "Rupiah('" + a.value().to_string() + "')"; })
        .def(py::pickle([](const Rupiah& a) { return py::make_tuple(a.value().to_string()); },
                        [](const py::tuple& t) { return Rupiah(Decimal(t[0].cast<std::string>())); }))
        .def("__copy__", [](const Rupiah& a) { return a; })
        .def(
            "__deepcopy__", [](const Rupiah& a, const PyMemo&) { return a; }, py::arg("memo"));

    m.def(
        "allocate",
        [](const PyRupiahArg& total, const py::typing::Iterable<PyNumber>& weights) {
            std::vector<Decimal> w;
            for (auto x : weights) w.push_back(number_arg(x));
            return allocate(rupiah_arg(total), w);
        },
        py::arg("total"), py::arg("weights"),
        "Split `total` by `weights` (largest remainder, in sen): the parts always sum to total.");
    m.def(
        "split", [](const PyRupiahArg& total, std::size_t n) { return split(rupiah_arg(total), n); }, py::arg("total"),
        py::arg("n"), "Split `total` into n parts that differ by at most one sen.");
    m.def(
        "terbilang",
        [](const PyRupiahArg& value, bool capitalize) -> std::string {
            TerbilangOptions o;
            o.capitalize = capitalize;
            if (py::isinstance<Rupiah>(value)) return terbilang(value.cast<Rupiah>(), o);
            o.with_currency = false;
            return terbilang(number_arg(value), o);
        },
        py::arg("value"), py::arg("capitalize") = false,
        "Indonesian words: a Rupiah gives '... rupiah ... sen', a whole number just the words.");
}

}  // namespace sakip::python
