// Bindings for the measures (sakip/measure.hpp): capaian, scales, averages, efficiency, trends,
// AKIP and the capaian column kernel. Exact values cross as sakip.Decimal / fractions.Fraction.
// About 600 lines: one binding per measure of include/sakip/measure/, each with its docstring.
#include "columns.hpp"
#include "common.hpp"

#include <sakip/decimal/rupiah.hpp>
#include <sakip/error.hpp>
#include <sakip/measure.hpp>

#include <pybind11/gil_safe_call_once.h>
#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sakip::python {

namespace {

// The stub types of the measures' arguments and results.
using py::detail::const_name;
using py::detail::make_caster;
// A value a measure takes (to_rasional): a number, a fractions.Fraction, a Rupiah or a computed result.
struct ExactName {
    static constexpr auto name = stub::Number::name + const_name(" | fractions.Fraction | ") +
                                 make_caster<Rupiah>::name + const_name(" | ") + make_caster<Hasil>::name;
};
// ... or None, a value not reported (to_rasional_opt).
struct ExactOptName {
    static constexpr auto name = ExactName::name + const_name(" | None");
};
struct NumberOptName {
    static constexpr auto name = stub::Number::name + const_name(" | None");
};
// capaian's target: a value, or a range (bawah, atas) for polaritas "rentang".
struct TargetName {
    static constexpr auto name = ExactName::name + const_name(" | tuple[") + ExactName::name + const_name(", ") +
                                 ExactName::name + const_name("] | list[") + ExactName::name + const_name("]");
};
struct FractionOptName {
    static constexpr auto name = const_name("fractions.Fraction | None");
};
// A trace input: decimal.Decimal when it terminates, else fractions.Fraction (exact_value).
struct ExactValueName {
    static constexpr auto name = const_name("decimal.Decimal | fractions.Fraction");
};
// A trace's values: formula, variant, rule, rounding, reason (str or None), inputs, policy, places,
// included, excluded (docs/measures.md).
struct TraceValueName {
    static constexpr auto name =
        const_name("str | dict[str, ") + ExactValueName::name + const_name("] | list[str] | int | None");
};
struct AkarName {
    static constexpr auto name = const_name("tuple[fractions.Fraction, int] | None");
};
struct BoolArrayName {
    static constexpr auto name = const_name("numpy.typing.NDArray[numpy.bool_]");
};
struct ValuesName {  // rata_rata's members
    static constexpr auto name = const_name("collections.abc.Sequence[") + ExactOptName::name + const_name(" | ") +
                                 make_caster<RataRata>::name + const_name("]");
};
struct ValuesOptName {  // realisasi_triwulan's quarters
    static constexpr auto name = const_name("collections.abc.Sequence[") + ExactOptName::name + const_name("]");
};
struct KeluaranName {  // efisiensi_pmk214's (pagu, capaian %, realisasi)
    static constexpr auto name = const_name("collections.abc.Sequence[tuple[") + ExactName::name + const_name(", ") +
                                 ExactName::name + const_name(", ") + ExactName::name + const_name("]]");
};
struct PitaArgName {  // Skala's bands: a Pita or its dict (pita_from)
    static constexpr auto name = const_name("collections.abc.Sequence[") + make_caster<Pita>::name +
                                 const_name(" | dict[str, ") + NumberOptName::name + const_name(" | bool]]");
};
struct KelasName {  // skala_tercetak's printed classes
    static constexpr auto name = const_name("collections.abc.Sequence[tuple[str, str]]");
};
using PyExact = Typed<ExactName>;
using PyExactOpt = Typed<ExactOptName>;
using PyNumberOpt = Typed<NumberOptName>;
using PyInputs = py::typing::Dict<py::str, PyExactOpt>;
using TraceDict = py::typing::Dict<py::str, Typed<TraceValueName>>;
using AkarResult = Typed<AkarName>;
using KelasLain = py::typing::List<py::typing::Tuple<py::str, py::str>>;
// nilai_akip's answers {komponen: {sub: [answer]}} and its result {nilai, komponen, predikat}.
struct JawabanName {
    static constexpr auto name = const_name("collections.abc.Sequence[") + stub::Number::name + const_name("]");
};
using Jawaban = py::typing::Dict<py::str, py::typing::Dict<py::str, Typed<JawabanName>>>;
struct HasilAkipValueName {
    static constexpr auto name = make_caster<Hasil>::name + const_name(" | dict[str, ") + make_caster<Hasil>::name +
                                 const_name("] | str | None");
};
using HasilAkipDict = py::typing::Dict<py::str, Typed<HasilAkipValueName>>;
struct KomponenValueName {
    static constexpr auto name = const_name("str | ") + make_caster<Decimal>::name;
};
using KomponenDict = py::typing::Dict<py::str, Typed<KomponenValueName>>;

py::object fraction_class() {
    PYBIND11_CONSTINIT static py::gil_safe_call_once_and_store<py::object> storage;
    return storage.call_once_and_store_result([]() { return py::module_::import("fractions").attr("Fraction"); })
        .get_stored();
}

py::object py_int(const Rasional::integer& v) {
    const std::string s = v.str();
    PyObject* o = PyLong_FromString(s.c_str(), nullptr, 10);
    if (o == nullptr) throw py::error_already_set();
    return py::reinterpret_steal<py::object>(o);
}

Rasional::integer to_integer(py::handle v) { return Rasional::integer(py::str(v).cast<std::string>()); }

py::object to_fraction(const Rasional& r) { return fraction_class()(py_int(r.num()), py_int(r.den())); }

// A trace value: decimal.Decimal when it is a terminating decimal, else fractions.Fraction.
py::object exact_value(const Rasional& r) {
    if (auto d = r.to_decimal()) return to_py_decimal(*d);
    return to_fraction(r);
}

std::optional<Rasional> to_rasional_opt(py::handle value);

Rasional to_rasional(py::handle value) {
    if (value.is_none())
        throw py::type_error(
            "nilai diperlukan di sini (None bukan bilangan) / a value is required here (None is not a number)");
    if (py::isinstance(value, fraction_class())) {
        return Rasional(to_integer(value.attr("numerator")), to_integer(value.attr("denominator")));
    }
    if (py::isinstance<Rupiah>(value)) return Rasional(value.cast<const Rupiah&>().value());
    if (py::isinstance<Hasil>(value)) {
        auto r = to_rasional_opt(value);
        if (!r) {
            const std::string status(to_string(value.cast<const Hasil&>().status));
            throw sakip::error("hasilnya tidak terdefinisi (status " + status + ") / the result is undefined (status " +
                               status + ")");
        }
        return *r;
    }
    return Rasional(number_arg(value));
}

// None, a number, a Fraction or a computed result (its exact value; None when undefined).
std::optional<Rasional> to_rasional_opt(py::handle value) {
    if (value.is_none()) return std::nullopt;
    if (py::isinstance<Hasil>(value)) {
        const Hasil& h = value.cast<const Hasil&>();
        if (h.exact) return *h.exact;
        if (h.value) return Rasional(*h.value);
        return std::nullopt;
    }
    return to_rasional(value);
}

TraceDict trace_dict(const Trace& t) {
    py::dict inputs;
    for (const auto& [name, value] : t.inputs) inputs[py::str(name)] = exact_value(value);
    py::dict d;
    d["formula"] = t.formula;
    d["variant"] = t.variant;
    d["rule"] = t.rule;
    d["inputs"] = inputs;
    d["policy"] = py::cast(t.policy);
    d["reason"] = t.reason.empty() ? py::object(py::none()) : py::str(t.reason);
    d["places"] = t.places;
    d["rounding"] = std::string(to_string(t.rounding));
    d["included"] = t.included;
    d["excluded"] = t.excluded;
    return typed<TraceDict>(d);
}

CapaianPolicy policy_from(int places, const std::string& rounding, const std::string& zero_over_zero,
                          const std::string& negative, py::handle cap, const std::string& negatif) {
    CapaianPolicy p;
    p.places = places;
    p.rounding = rounding_arg(rounding);
    p.zero_over_zero = parse_zero_over_zero(zero_over_zero);
    p.negative = parse_negative_policy(negative);
    if (!cap.is_none()) p.cap = number_arg(cap);
    p.negatif = parse_varian_negatif(negatif);
    return p;
}

// A list or tuple of values (a str is a sequence of characters, not of values).
py::sequence values_arg(py::handle v, const char* what) {
    if (py::isinstance<py::str>(v) || py::isinstance<py::bytes>(v) || !py::isinstance<py::sequence>(v)) {
        const std::string type = py::str(py::type::handle_of(v).attr("__name__")).cast<std::string>();
        throw py::type_error(std::string(what) + " memerlukan list nilai, bukan " + type + " / " + std::string(what) +
                             " needs a list of values, not " + type);
    }
    return py::reinterpret_borrow<py::sequence>(v);
}

Pita pita_from(py::handle item) {
    Pita p;
    if (py::isinstance<Pita>(item)) return item.cast<Pita>();
    if (!py::isinstance<py::dict>(item))
        throw py::type_error("pita berupa dict atau sakip.Pita / a band (pita) is a dict or a sakip.Pita");
    py::dict d = py::reinterpret_borrow<py::dict>(item);
    p.label = d["label"].cast<std::string>();
    if (d.contains("bawah") && !d["bawah"].is_none()) p.bawah = to_decimal(d["bawah"]);
    if (d.contains("atas") && !d["atas"].is_none()) p.atas = to_decimal(d["atas"]);
    p.bawah_inklusif = d.contains("bawah_inklusif") ? d["bawah_inklusif"].cast<bool>() : true;
    p.atas_inklusif = d.contains("atas_inklusif") ? d["atas_inklusif"].cast<bool>() : true;
    if (d.contains("tercetak")) p.tercetak = d["tercetak"].cast<std::string>();
    return p;
}

}  // namespace

std::optional<Skala> skala_option(py::handle s) {
    if (s.is_none()) return std::nullopt;
    if (py::isinstance<Skala>(s)) return s.cast<const Skala&>();
    if (py::isinstance<py::str>(s)) return skala(s.cast<std::string>());
    throw py::type_error("skala: nama skala bawaan (str) atau sakip.Skala, bukan " +
                         std::string(py::str(py::type::handle_of(s).attr("__name__"))) +
                         " / skala: a shipped scale's name (str) or a sakip.Skala, not " +
                         std::string(py::str(py::type::handle_of(s).attr("__name__"))));
}

namespace {

Skala skala_arg(py::handle s) {
    if (s.is_none()) throw py::type_error("skala: None bukan skala / skala: None is not a scale");
    return *skala_option(s);
}

NilaiInput inputs_from(const py::dict& d) {
    NilaiInput out;
    for (auto [k, v] : d) {
        if (v.is_none()) continue;
        out.emplace(k.cast<std::string>(), to_rasional(v));
    }
    return out;
}

py::array_t<std::int64_t, py::array::c_style> int64_column(py::handle column, const char* what) {
    if (!py::isinstance<py::array_t<std::int64_t>>(column)) {
        throw py::type_error(std::string("capaian_batch memerlukan larik numpy int64 (") + what +
                             "); nilainya nilai × 10^skala / capaian_batch needs numpy int64 arrays (" + what +
                             "); values are value × 10^scale");
    }
    refuse_masked(column, std::string("capaian_batch: ") + what);
    return py::array_t<std::int64_t, py::array::c_style>::ensure(column);
}

// ---- pickling: results and scales as plain tuples of str / int / None ----------------------------------
py::object rasional_state(const Rasional& r) { return py::make_tuple(r.num().str(), r.den().str()); }
Rasional rasional_from(py::handle h) {
    py::tuple t = py::reinterpret_borrow<py::tuple>(h);
    return Rasional(Rasional::integer(t[0].cast<std::string>()), Rasional::integer(t[1].cast<std::string>()));
}
py::object hasil_state(const Hasil& h) {
    py::list inputs;
    for (const auto& [name, value] : h.trace.inputs) inputs.append(py::make_tuple(name, rasional_state(value)));
    py::tuple trace =
        py::make_tuple(h.trace.formula, h.trace.variant, h.trace.rule, inputs, py::cast(h.trace.policy), h.trace.reason,
                       h.trace.places, static_cast<int>(h.trace.rounding), h.trace.included, h.trace.excluded);
    return py::make_tuple(h.exact ? rasional_state(*h.exact) : py::object(py::none()),
                          h.value ? py::object(py::str(h.value->to_sci_string())) : py::object(py::none()),
                          static_cast<int>(h.status), trace);
}
void hasil_restore(py::handle state, Hasil& h) {
    py::tuple t = py::reinterpret_borrow<py::tuple>(state);
    if (t.size() != 4)
        throw py::value_error("hasil tidak dapat di-unpickle: state tidak sah / cannot unpickle a result: bad state");
    if (!t[0].is_none()) h.exact = rasional_from(t[0]);
    if (!t[1].is_none()) h.value = Decimal(t[1].cast<std::string>());
    h.status = static_cast<Status>(t[2].cast<int>());
    py::tuple tr = t[3];
    h.trace.formula = tr[0].cast<std::string>();
    h.trace.variant = tr[1].cast<std::string>();
    h.trace.rule = tr[2].cast<std::string>();
    for (auto item : tr[3]) {
        py::tuple kv = py::reinterpret_borrow<py::tuple>(item);
        h.trace.input(kv[0].cast<std::string>(), rasional_from(kv[1]));
    }
    h.trace.policy = tr[4].cast<std::vector<std::string>>();
    h.trace.reason = tr[5].cast<std::string>();
    h.trace.places = tr[6].cast<int>();
    h.trace.rounding = static_cast<Rounding>(tr[7].cast<int>());
    h.trace.included = tr[8].cast<std::size_t>();
    h.trace.excluded = tr[9].cast<std::size_t>();
}
py::object pita_state(const Pita& p) {
    auto opt = [](const std::optional<Decimal>& d) {
        return d ? py::object(py::str(d->to_sci_string())) : py::object(py::none());
    };
    return py::make_tuple(p.label, opt(p.bawah), p.bawah_inklusif, opt(p.atas), p.atas_inklusif, p.tercetak);
}
Pita pita_restore(py::handle state) {
    py::tuple t = py::reinterpret_borrow<py::tuple>(state);
    if (t.size() != 6)
        throw py::value_error("pita tidak dapat di-unpickle: state tidak sah / cannot unpickle a band: bad state");
    Pita p;
    p.label = t[0].cast<std::string>();
    if (!t[1].is_none()) p.bawah = Decimal(t[1].cast<std::string>());
    p.bawah_inklusif = t[2].cast<bool>();
    if (!t[3].is_none()) p.atas = Decimal(t[3].cast<std::string>());
    p.atas_inklusif = t[4].cast<bool>();
    p.tercetak = t[5].cast<std::string>();
    return p;
}
}  // namespace

void bind_measure(py::module_& m) {
    py::class_<Hasil>(m, "Hasil", R"doc(
A computed figure: the exact value, the figure rounded once, a status and a trace.

``persen`` (alias ``value``) is a decimal.Decimal at trace["places"], or None when the status is
"undefined" or "missing"; ``fraction`` is the exact value as fractions.Fraction (None when
undefined, or when the value is irrational as for a geometric mean). ``status`` is one of "ok",
"undefined", "missing", "capped", "legacy_zero_over_zero". ``trace`` is a dict: formula, variant,
rule, inputs, policy, reason, places, rounding, included, excluded.
)doc")
        .def_property_readonly("persen", [](const Hasil& h) { return to_py_decimal(h.value); })
        .def_property_readonly("value", [](const Hasil& h) { return to_py_decimal(h.value); })
        .def_property_readonly(
            "fraction",
            [](const Hasil& h) {
                return typed<Typed<FractionOptName>>(h.exact ? to_fraction(*h.exact) : py::object(py::none()));
            })
        .def_property_readonly("status", [](const Hasil& h) { return std::string(to_string(h.status)); })
        .def_property_readonly("defined", &Hasil::defined)
        .def_property_readonly("trace", [](const Hasil& h) { return trace_dict(h.trace); })
        .def_property_readonly(
            "trace_text", [](const Hasil& h) { return h.trace_text(); },
            "The trace as one line, as the evaluation and the audit write it.")
        .def("__bool__", &Hasil::defined)
        .def("__str__",
             [](const Hasil& h) { return h.value ? h.value->to_string() : std::string(to_string(h.status)); })
        .def("__repr__",
             [](const Hasil& h) {
                 return "<" + h.trace.variant + " " + (h.value ? h.value->to_string() : std::string("-")) + " (" +
                        std::string(to_string(h.status)) + ")>";
             })
        .def(py::pickle([](const Hasil& h) { return py::make_tuple(PyObjectArg(hasil_state(h))); },
                        [](const py::tuple& t) {
                            Hasil h;
                            hasil_restore(t[0], h);
                            return h;
                        }))
        .def("__copy__", [](const Hasil& h) { return h; })
        .def(
            "__deepcopy__", [](const Hasil& h, const PyMemo&) { return h; }, py::arg("memo"));
    m.attr("Capaian") = m.attr("Hasil");

    py::class_<RataRata, Hasil>(m, "RataRata",
                                "An average; `akar` = (radicand Fraction, n) holds the exact "
                                "value radicand**(1/n), usable as a member of another average.")
        .def_property_readonly("akar",
                               [](const RataRata& r) -> AkarResult {
                                   if (!r.akar) return py::none();
                                   return py::make_tuple(to_fraction(r.akar->radikan), r.akar->n);
                               })
        .def(py::pickle(
            [](const RataRata& r) {
                py::object akar = r.akar ? py::object(py::make_tuple(rasional_state(r.akar->radikan), r.akar->n))
                                         : py::object(py::none());
                return py::make_tuple(PyObjectArg(hasil_state(r)), PyObjectArg(akar));
            },
            [](const py::tuple& t) {
                RataRata r;
                hasil_restore(t[0], r);
                if (!t[1].is_none()) {
                    py::tuple a = t[1];
                    r.akar.emplace(rasional_from(a[0]), a[1].cast<unsigned>());
                }
                return r;
            }))
        .def("__copy__", [](const RataRata& r) { return r; })
        .def(
            "__deepcopy__", [](const RataRata& r, const PyMemo&) { return r; }, py::arg("memo"));

    m.def(
        "capaian",
        [](const PyExactOpt& realisasi, const Typed<TargetName>& target, const std::string& polaritas, int places,
           const std::string& rounding, const std::string& zero_over_zero, const std::string& negative,
           const PyNumberOpt& cap, const std::string& negatif) {
            const CapaianPolicy p = policy_from(places, rounding, zero_over_zero, negative, cap, negatif);
            const Polaritas pol = polaritas_dari_nama(polaritas);
            const std::optional<Rasional> r = to_rasional_opt(realisasi);
            if (py::isinstance<py::tuple>(target) || py::isinstance<py::list>(target)) {
                py::sequence s = py::reinterpret_borrow<py::sequence>(target);
                if (s.size() != 2)
                    throw py::value_error(
                        "target berupa rentang adalah pasangan (bawah, atas) / a target range is a pair (bawah, atas)");
                if (pol != Polaritas::rentang)
                    throw py::value_error(
                        "target berupa rentang memerlukan polaritas=\"rentang\" / a target range needs "
                        "polaritas=\"rentang\"");
                return capaian_rentang(r, to_rasional(s[0]), to_rasional(s[1]), p);
            }
            return capaian(r, to_rasional(target), pol, p);
        },
        py::arg("realisasi"), py::arg("target"), py::arg("polaritas") = "positif", py::arg("places") = 2,
        py::arg("rounding") = "half_up", py::kw_only(), py::arg("zero_over_zero") = "undefined",
        py::arg("negative") = "undefined", py::arg("cap") = py::none(), py::arg("negatif") = "pengurangan",
        R"doc(Capaian (achievement) in percent of an indicator.

polaritas: "positif" R/T×100; "negatif" (2T−R)/T×100 (negatif="rasio_terbalik": T/R×100);
"rentang" with target=(a, b): 100 inside, R/b above, R/a below; "stabil" (1−|1−R/T|)×100.
realisasi None → status "missing". Policies (keyword-only): zero_over_zero "undefined" | "seratus"
(legacy 0/0 = 100 %, marked), negative "undefined" | "error" | "hitung", cap (e.g. 120).
Values: int, str, decimal.Decimal, sakip.Decimal, fractions.Fraction or a computed result; float
raises TypeError.)doc");

    m.def(
        "realisasi_triwulan",
        [](const Typed<ValuesOptName, py::sequence>& tw, const std::string& cara, int places,
           const std::string& rounding) {
            std::vector<std::optional<Rasional>> v;
            for (auto x : values_arg(tw, "realisasi_triwulan")) v.push_back(to_rasional_opt(x));
            return realisasi_triwulan(v, parse_agregasi_triwulan(cara), places, rounding_arg(rounding));
        },
        py::arg("triwulan"), py::arg("cara") = "kumulatif", py::arg("places") = 2, py::arg("rounding") = "half_up",
        "Quarterly realisasi combined: \"kumulatif\" (sum), \"terakhir\" (last reported), \"rata_rata\".\n"
        "triwulan: 1 to 4 values (TW I–IV; None for a quarter not reported); more or none is an Error.");
    m.def(
        "rasio",
        [](const PyExactOpt& a, const PyExactOpt& b, int places, const std::string& rounding) {
            return rasio(to_rasional_opt(a), to_rasional_opt(b), places, rounding_arg(rounding));
        },
        py::arg("pembilang"), py::arg("penyebut"), py::arg("places") = 2, py::arg("rounding") = "half_up",
        "IKU ratio: pembilang / penyebut × 100 (penyebut 0 → undefined).");
    m.def(
        "perubahan_persen",
        [](const PyExactOpt& a, const PyExactOpt& b, int places, const std::string& rounding) {
            return perubahan_persen(to_rasional_opt(a), to_rasional_opt(b), places, rounding_arg(rounding));
        },
        py::arg("sekarang"), py::arg("sebelumnya"), py::arg("places") = 2, py::arg("rounding") = "half_up",
        "(x(n) − x(n−1)) / x(n−1) × 100.");
    m.def(
        "penurunan_persen",
        [](const PyExactOpt& a, const PyExactOpt& b, int places, const std::string& rounding) {
            return penurunan_persen(to_rasional_opt(a), to_rasional_opt(b), places, rounding_arg(rounding));
        },
        py::arg("sekarang"), py::arg("sebelumnya"), py::arg("places") = 2, py::arg("rounding") = "half_up",
        "(x(n−1) − x(n)) / x(n−1) × 100.");
    m.def(
        "ekspresi",
        [](const std::string& text, const PyInputs& inputs, std::optional<PyInputs> sebelumnya, int places,
           const std::string& rounding) {
            Rumus r;
            r.jenis = JenisRumus::ekspresi;
            r.ekspresi = text;
            const NilaiInput now = inputs_from(inputs);
            std::optional<NilaiInput> before;
            if (sebelumnya) before = inputs_from(*sebelumnya);
            return realisasi_iku(r, now, before ? &*before : nullptr, places, rounding_arg(rounding));
        },
        py::arg("text"), py::arg("inputs"), py::arg("sebelumnya") = py::none(), py::arg("places") = 2,
        py::arg("rounding") = "half_up",
        "Evaluate an IKU expression exactly over named inputs (+ − × ÷ * / parentheses, decimals;\n"
        "name[n-1] reads `sebelumnya`). Bad syntax raises ParseError with .offset.");
    m.def(
        "ekspresi_names", [](const std::string& text) { return Ekspresi::parse(text).names(); }, py::arg("text"),
        "The input names an IKU expression reads (ParseError on bad syntax).");

    // Scales.
    py::class_<Pita>(m, "Pita", "A band of an ordinal scale (bounds None are open).")
        .def_readonly("label", &Pita::label)
        .def_property_readonly("bawah", [](const Pita& p) { return to_py_decimal(p.bawah); })
        .def_readonly("bawah_inklusif", &Pita::bawah_inklusif)
        .def_property_readonly("atas", [](const Pita& p) { return to_py_decimal(p.atas); })
        .def_readonly("atas_inklusif", &Pita::atas_inklusif)
        .def_readonly("tercetak", &Pita::tercetak)
        .def("__contains__", [](const Pita& p, const PyExact& v) { return p.contains(to_rasional(v)); })
        .def("__repr__", [](const Pita& p) { return "<Pita " + p.label + " " + p.to_string() + ">"; })
        .def(py::pickle([](const Pita& p) { return py::make_tuple(PyObjectArg(pita_state(p))); },
                        [](const py::tuple& t) { return pita_restore(t[0]); }))
        .def("__copy__", [](const Pita& p) { return p; })
        .def(
            "__deepcopy__", [](const Pita& p, const PyMemo&) { return p; }, py::arg("memo"));
    py::class_<Skala>(m, "Skala", R"doc(
An ordinal scale: bands in ascending order. Skala(nama, pita, deskripsi="") validates that adjacent
bands touch with exactly one side inclusive (no gap, no overlap). Each band is a dict:
{"label": str, "bawah": value | None, "bawah_inklusif": bool, "atas": value | None,
"atas_inklusif": bool, "tercetak": str}.
)doc")
        .def(py::init([](std::string nama, const Typed<PitaArgName, py::sequence>& pita, std::string deskripsi) {
                 std::vector<Pita> bands;
                 for (auto item : pita) bands.push_back(pita_from(item));
                 return Skala(std::move(nama), std::move(deskripsi), std::move(bands));
             }),
             py::arg("nama"), py::arg("pita"), py::arg("deskripsi") = "")
        .def_property_readonly("nama", &Skala::nama)
        .def_property_readonly("deskripsi", &Skala::deskripsi)
        .def_property_readonly("pita", &Skala::pita)
        .def_property_readonly("catatan", &Skala::catatan,
                               "How the bands were read from print: each gap closed, each open end (\"id / en\").")
        .def_property_readonly(
            "kelas_lain",
            [](const Skala& s) {
                KelasLain out;
                for (const KelasCetak& k : s.kelas_lain()) out.append(py::make_tuple(k.interval, k.label));
                return out;
            },
            "Printed classes that are not numeric, as (interval, label): (\"Tidak Ada Target\", \"TAT\").")
        .def("has_label", &Skala::has_label, py::arg("label"),
             "Whether `label` (case-insensitive) is a band's or another class's label.")
        .def(
            "kategori", [](const Skala& s, const PyExact& v) { return kategori(to_rasional(v), s); }, py::arg("value"))
        .def("__repr__", [](const Skala& s) { return "<Skala " + s.nama() + ">"; })
        .def(
            "__eq__",
            [](const Skala& a, const PyObjectArg& other) {
                if (!py::isinstance<Skala>(other)) return false;
                return a == other.cast<const Skala&>();
            },
            py::arg("other"))
        .def("__hash__", [](const Skala& s) { return py::hash(py::str(s.nama())); })
        .def(py::pickle(
            [](const Skala& s) {
                py::list pita;
                for (const auto& p : s.pita()) pita.append(pita_state(p));
                py::list lain;
                for (const KelasCetak& k : s.kelas_lain()) lain.append(py::make_tuple(k.interval, k.label));
                return py::make_tuple(s.nama(), s.deskripsi(), pita, s.catatan(), lain);
            },
            [](const py::tuple& t) {
                if (t.size() != 5)
                    throw py::value_error(
                        "skala tidak dapat di-unpickle: state tidak sah / cannot unpickle a scale: bad state");
                std::vector<Pita> bands;
                for (auto p : t[2]) bands.push_back(pita_restore(p));
                std::vector<KelasCetak> lain;
                for (auto k : t[4]) {
                    auto kt = k.cast<py::tuple>();
                    lain.push_back(KelasCetak{kt[0].cast<std::string>(), kt[1].cast<std::string>()});
                }
                return Skala(t[0].cast<std::string>(), t[1].cast<std::string>(), std::move(bands),
                             t[3].cast<std::vector<std::string>>(), std::move(lain));
            }))
        .def("__copy__", [](const Skala& s) { return s; })
        .def(
            "__deepcopy__", [](const Skala& s, const PyMemo&) { return s; }, py::arg("memo"));
    m.def(
        "skala", [](const std::string& nama) { return skala(nama); }, py::arg("nama"),
        "A shipped scale by name: regulation scales only (\"permendagri_86_2017\"); sakip.Error listing them "
        "for any other name.");
    m.def(
        "skala_tercetak",
        [](std::string nama, const Typed<KelasName, py::sequence>& kelas, const std::string& aturan_celah,
           std::string deskripsi) {
            std::vector<KelasCetak> k;
            for (auto item : kelas) {
                auto t = item.cast<py::sequence>();
                if (t.size() != 2)
                    throw py::type_error(
                        "kelas: setiap kelas berupa (interval, label) / kelas: each class is (interval, label)");
                k.push_back(KelasCetak{t[0].cast<std::string>(), t[1].cast<std::string>()});
            }
            return skala_tercetak(std::move(nama), std::move(deskripsi), k, parse_aturan_celah(aturan_celah));
        },
        py::arg("nama"), py::arg("kelas"), py::arg("aturan_celah") = "batas_atas", py::arg("deskripsi") = "",
        "A scale from the classes a report printed, [(interval, label), …] in any order (\"76 % ≤ 100 %\",\n"
        "\"91 – 100\", \"> 100 %\", \"≤ 50\", \"0 – 49,99\", \"100\", \"Tidak Ada Target\"): gaps closed by\n"
        "`aturan_celah` (\"batas_atas\": a printed upper bound is inclusive and the next band begins above it;\n"
        "\"batas_bawah\": a printed lower bound is inclusive), each noted in .catatan.");
    m.def(
        "parse_interval", [](const std::string& text) { return parse_interval(text); }, py::arg("text"),
        "One printed interval as a Pita (label empty) before any gap is closed; None if not numeric.");
    m.def("daftar_skala", &daftar_skala, "Names of the shipped scales.");
    m.def(
        "kategori",
        [](const PyExact& value, const PySkalaArg& s) { return kategori(to_rasional(value), skala_arg(s)); },
        py::arg("value"), py::arg("skala") = "permendagri_86_2017",
        "The label of `value` on a scale (a shipped name or a sakip.Skala); None outside a bounded scale.");

    // Averages.
    m.def(
        "rata_rata",
        [](const Typed<ValuesName, py::sequence>& values_in, const std::string& metode, int places,
           const std::string& rounding) {
            const py::sequence values = values_arg(values_in, "rata_rata");
            std::vector<std::optional<Akar>> v;
            for (auto x : values) {
                if (py::isinstance<RataRata>(x)) {
                    const RataRata& r = x.cast<const RataRata&>();
                    v.push_back(r.akar);
                    continue;
                }
                auto q = to_rasional_opt(x);
                if (q && q->signum() < 0) {
                    // signed members: the Rasional overload handles them (aritmetik) or says undefined
                    std::vector<std::optional<Rasional>> w;
                    for (auto y : values) w.push_back(to_rasional_opt(y));
                    return rata_rata(std::span<const std::optional<Rasional>>(w), parse_metode_rata_rata(metode),
                                     places, rounding_arg(rounding));
                }
                v.push_back(q ? std::optional<Akar>(Akar(*q)) : std::nullopt);
            }
            return rata_rata(std::span<const std::optional<Akar>>(v), parse_metode_rata_rata(metode), places,
                             rounding_arg(rounding));
        },
        py::arg("values"), py::arg("metode") = "aritmetik", py::arg("places") = 2, py::arg("rounding") = "half_up",
        "Mean of capaian: \"aritmetik\" (LKjIP practice) or \"geometrik\" (PMK 22/2021), exact up to the\n"
        "final rounding. None / undefined members are excluded and counted in trace[\"excluded\"]; a\n"
        "RataRata member keeps its exact root (nested PMK 22/2021 means).");

    // Budget, efficiency, trends.
    m.def(
        "serapan",
        [](const PyExact& realisasi, const PyExact& pagu, int places, const std::string& rounding) {
            return serapan(to_rasional(realisasi), to_rasional(pagu), places, rounding_arg(rounding));
        },
        py::arg("realisasi"), py::arg("pagu"), py::arg("places") = 2, py::arg("rounding") = "half_up",
        "Budget absorption RA / PA × 100 (PMK 214/2017); pagu 0 → undefined. Amounts: Rupiah or numbers.");
    m.def(
        "pangsa",
        [](const PyExact& bagian, const PyExact& total, int places, const std::string& rounding) {
            return pangsa(to_rasional(bagian), to_rasional(total), places, rounding_arg(rounding));
        },
        py::arg("bagian"), py::arg("total"), py::arg("places") = 2, py::arg("rounding") = "half_up",
        "Share of a total, bagian / total × 100.");
    m.def(
        "efisiensi",
        [](const PyExact& c, const PyExact& s, const std::string& metode, int places, const std::string& rounding) {
            return efisiensi(to_rasional(c), to_rasional(s), parse_metode_efisiensi(metode), places,
                             rounding_arg(rounding));
        },
        py::arg("capaian"), py::arg("serapan"), py::arg("metode") = "selisih", py::arg("places") = 2,
        py::arg("rounding") = "half_up",
        "Efficiency: \"selisih\" capaian − serapan (LKjIP practice, signed: 83,77 − 99,50 = −15,73) or\n"
        "\"rasio\" capaian / serapan × 100.");
    m.def(
        "efisiensi_pmk214",
        [](const Typed<KeluaranName, py::sequence>& keluaran, int places, const std::string& rounding) {
            std::vector<KeluaranPmk214> k;
            for (auto item : values_arg(keluaran, "efisiensi_pmk214")) {
                if (py::isinstance<py::str>(item) || !py::isinstance<py::sequence>(item) || py::len(item) != 3) {
                    throw py::value_error(
                        "setiap keluaran berupa (pagu, capaian_persen, realisasi) / each keluaran is (pagu, "
                        "capaian_persen, realisasi)");
                }
                py::sequence t = py::reinterpret_borrow<py::sequence>(item);
                k.push_back({to_rasional(t[0]), to_rasional(t[1]), to_rasional(t[2])});
            }
            return efisiensi_pmk214(k, places, rounding_arg(rounding));
        },
        py::arg("keluaran"), py::arg("places") = 2, py::arg("rounding") = "half_up",
        "PMK 214/2017: E = Σ(PAK·CK − RAK) / Σ(PAK·CK) × 100 over (pagu, capaian %, realisasi) tuples.");
    m.def(
        "nilai_efisiensi_pmk214",
        [](const PyExact& e, int places, const std::string& rounding) {
            return nilai_efisiensi_pmk214(to_rasional(e), places, rounding_arg(rounding));
        },
        py::arg("efisiensi"), py::arg("places") = 2, py::arg("rounding") = "half_up",
        "Nilai efisiensi 50 + E/20 × 50, limited to [0, 100] (status \"capped\" when limited).");
    m.def(
        "selisih_tahunan",
        [](const PyExactOpt& a, const PyExactOpt& b, int places, const std::string& rounding) {
            return selisih_tahunan(to_rasional_opt(a), to_rasional_opt(b), places, rounding_arg(rounding));
        },
        py::arg("sekarang"), py::arg("sebelumnya"), py::arg("places") = 2, py::arg("rounding") = "half_up",
        "Year-on-year change in the indicator's unit: x(n) − x(n−1).");
    m.def(
        "kesenjangan_target_akhir",
        [](const PyExactOpt& r, const PyExact& ta, const std::string& polaritas, int places,
           const std::string& rounding) {
            return kesenjangan_target_akhir(to_rasional_opt(r), to_rasional(ta), polaritas_dari_nama(polaritas), places,
                                            rounding_arg(rounding));
        },
        py::arg("realisasi"), py::arg("target_akhir"), py::arg("polaritas") = "positif", py::arg("places") = 2,
        py::arg("rounding") = "half_up", "Still to go to the Renstra target akhir: TA − R (R − TA for negatif).");
    m.def(
        "laju_linear",
        [](const PyExactOpt& r, const PyExact& ta, int years, int places, const std::string& rounding) {
            return laju_linear(to_rasional_opt(r), to_rasional(ta), years, places, rounding_arg(rounding));
        },
        py::arg("realisasi"), py::arg("target_akhir"), py::arg("sisa_tahun"), py::arg("places") = 2,
        py::arg("rounding") = "half_up", "Yearly step needed: (TA − R) / sisa_tahun.");
    m.def(
        "laju_majemuk",
        [](const PyExactOpt& r, const PyExact& ta, int years, int places, const std::string& rounding) {
            return laju_majemuk(to_rasional_opt(r), to_rasional(ta), years, places, rounding_arg(rounding));
        },
        py::arg("realisasi"), py::arg("target_akhir"), py::arg("sisa_tahun"), py::arg("places") = 2,
        py::arg("rounding") = "half_up",
        "Yearly compound rate needed, percent: ((TA / R)^(1/sisa_tahun) − 1) × 100, correctly rounded.");

    // AKIP.
    m.def(
        "predikat_akip", [](const PyExact& nilai) { return std::string(predikat_akip(to_rasional(nilai)).kode); },
        py::arg("nilai"),
        "PermenPAN-RB 88/2021 grade: AA (90,100], A (80,90], BB (70,80], B (60,70], CC (50,60], C (30,50],\n"
        "D [0,30]. 80 is \"BB\", 80.01 is \"A\".");
    m.def(
        "sebutan_akip", [](const PyExact& nilai) { return std::string(predikat_akip(to_rasional(nilai)).sebutan); },
        py::arg("nilai"), "The grade's name: \"Sangat Memuaskan\" ... \"Sangat Kurang\".");
    m.def(
        "komponen_akip",
        []() {
            py::typing::List<KomponenDict> out;
            for (const auto& k : komponen_akip()) {
                out.append(py::dict(py::arg("kode") = k.kode, py::arg("nama") = k.nama, py::arg("bobot") = k.bobot));
            }
            return out;
        },
        "The PermenPAN-RB 88/2021 components with their weights (30, 30, 15, 25).");
    m.def(
        "nilai_akip",
        [](const Jawaban& jawaban, int places, const std::string& rounding) {
            std::vector<JawabanAkip> answers;
            for (auto [komponen, subs] : jawaban) {
                const std::string k = py::str(komponen).cast<std::string>();
                if (!py::isinstance<py::dict>(subs)) {
                    throw py::type_error("nilai_akip: jawaban[\"" + k +
                                         "\"] harus dict sub-komponen / nilai_akip: jawaban[\"" + k +
                                         "\"] must be a dict of sub-components");
                }
                for (auto [sub, list] : py::reinterpret_borrow<py::dict>(subs)) {
                    JawabanAkip j;
                    j.komponen = k;
                    j.sub = parse_sub_komponen_akip(sub.cast<std::string>());
                    if (py::isinstance<py::str>(list) || !py::isinstance<py::sequence>(list)) {
                        const std::string at = "jawaban[\"" + k + "\"][\"" + py::str(sub).cast<std::string>() + "\"]";
                        throw py::type_error("nilai_akip: " + at + " harus list jawaban / nilai_akip: " + at +
                                             " must be a list of answers");
                    }
                    // An answer is a letter or a number; a number converts exactly like every other
                    // value (to_decimal: float raises TypeError), never through its repr.
                    for (auto a : py::reinterpret_borrow<py::sequence>(list)) {
                        j.jawaban.push_back(py::isinstance<py::str>(a) ? a.cast<std::string>()
                                                                       : to_decimal(a).to_string());
                    }
                    answers.push_back(std::move(j));
                }
            }
            HasilAkip h = nilai_akip(answers, places, rounding_arg(rounding));
            py::dict komponen;
            for (auto& [kode, hasil] : h.komponen) komponen[py::str(kode)] = py::cast(hasil);
            py::dict out;
            out["nilai"] = py::cast(h.nilai);
            out["komponen"] = komponen;
            out["predikat"] = h.predikat ? py::object(py::str(std::string(h.predikat->kode))) : py::object(py::none());
            return typed<HasilAkipDict>(out);
        },
        py::arg("jawaban"), py::arg("places") = 2, py::arg("rounding") = "half_up",
        "AKIP score from LKE answers {komponen: {\"pemenuhan\"|\"kualitas\"|\"pemanfaatan\": [answers]}};\n"
        "answers \"Y\"/\"T\", \"A\"..\"E\" or a number in [0, 1] (str, int, decimal.Decimal; float raises\n"
        "TypeError). Returns {nilai, komponen, predikat}.");

    // Column kernel.
    m.def(
        "capaian_batch",
        [](const Int64Array& realisasi, const Int64Array& target, int scale, const std::string& polaritas,
           const std::string& negatif) {
            auto r = int64_column(realisasi, "realisasi");
            auto t = int64_column(target, "target");
            if (r.size() != t.size())
                throw py::value_error(
                    "capaian_batch: panjang realisasi dan target berbeda / capaian_batch: realisasi and target differ "
                    "in length");
            const Polaritas pol = polaritas_dari_nama(polaritas);
            const VarianNegatif var = parse_varian_negatif(negatif);
            const auto n = static_cast<std::size_t>(r.size());
            py::array_t<std::int64_t> out(static_cast<py::ssize_t>(n));
            py::array_t<std::uint8_t> defined(static_cast<py::ssize_t>(n));
            {
                py::gil_scoped_release release;
                capaian_batch(r.data(), t.data(), n, scale, pol, out.mutable_data(), defined.mutable_data(), var);
            }
            return typed<py::typing::Tuple<py::array_t<std::int64_t>, Typed<BoolArrayName>>>(
                py::make_tuple(out, defined.attr("view")("bool")));
        },
        py::arg("realisasi"), py::arg("target"), py::arg("scale") = 2, py::arg("polaritas") = "positif",
        py::arg("negatif") = "pengurangan",
        "Capaian over numpy int64 arrays holding value × 10**scale: returns (int64 array in units of\n"
        "0,01 % half-up, e.g. 10309 for 103,09 %, bool array of defined results). Equal to capaian()\n"
        "with the default policy; the GIL is released. Non-int64 arrays raise TypeError.");
}

}  // namespace sakip::python
