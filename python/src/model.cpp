// Bindings for the document model (sakip.load / sakip.loads / Dokumen.to_json) and sakip.LoadError.
// The Python objects are read-only copies of the C++ values: attributes mirror the C++ fields;
// amounts and quantities give their printed text (.text) and exact value (.value, decimal.Decimal);
// enums are their names ("positif", "rasio", "permendagri_13_2006"); per-year maps are dicts
// keyed by int year; collections are lists. Over 600 lines: one class per model struct (their fields
// come from the descriptions, model/describe.hpp), plus load/loads/save and the pickling.
#include "common.hpp"
#include "path_arg.hpp"

#include <sakip/io/json.hpp>
#include <sakip/model.hpp>

#include <pybind11/stl.h>

#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace sakip::python {

namespace {

// ---- conversions (declared first so the templates below see every overload) ------------------------
// Each returns a Python object of the type its stub names (Py<T>): the properties' signatures, and so
// the generated stubs, say what a field gives (list[Indikator], dict[int, Besaran], str | None ...).

// A copy of a bound class's value, typed as that class in the stubs.
template <class T>
struct BoundName {
    static constexpr auto name = py::detail::make_caster<T>::name;
};
template <class T>
using Bound = Typed<BoundName<T>>;

template <class T>
struct PyOf {
    using type = Bound<T>;
};
template <class T>
using Py = typename PyOf<T>::type;
template <>
struct PyOf<std::string> {
    using type = py::str;
};
template <>
struct PyOf<int> {
    using type = py::int_;
};
template <>
struct PyOf<Decimal> {
    using type = PyDecimal;
};
template <>
struct PyOf<Polaritas> {
    using type = py::str;
};
template <>
struct PyOf<JenisRumus> {
    using type = py::str;
};
template <>
struct PyOf<SkemaKode> {
    using type = py::str;
};
template <>
struct PyOf<Target> {
    using type = py::typing::Union<Bound<Besaran>, Bound<Rentang>>;
};
template <class T>
struct PyOf<std::optional<T>> {
    using type = py::typing::Optional<Py<T>>;
};
template <class T>
struct PyOf<std::vector<T>> {
    using type = py::typing::List<Py<T>>;
};
template <class V>
struct PyOf<std::map<int, V>> {
    using type = py::typing::Dict<py::int_, Py<V>>;
};

Py<std::string> conv(const std::string& s);
Py<int> conv(int v);
Py<Decimal> conv(const Decimal& d);
Py<Polaritas> conv(Polaritas p);
Py<JenisRumus> conv(JenisRumus j);
Py<SkemaKode> conv(SkemaKode s);
Py<Target> conv(const Target& t);
template <class T>
Py<T> conv(const T& v);
template <class T>
Py<std::optional<T>> conv(const std::optional<T>& v);
template <class T>
Py<std::vector<T>> conv(const std::vector<T>& v);
template <class V>
Py<std::map<int, V>> conv(const std::map<int, V>& m);

Py<std::string> conv(const std::string& s) { return py::str(s); }
Py<int> conv(int v) { return py::int_(v); }
Py<Decimal> conv(const Decimal& d) { return to_py_decimal(d); }
Py<Polaritas> conv(Polaritas p) { return py::str(std::string(to_string(p))); }
Py<JenisRumus> conv(JenisRumus j) { return py::str(std::string(to_string(j))); }
Py<SkemaKode> conv(SkemaKode s) { return py::str(std::string(to_string(s))); }
Py<Target> conv(const Target& t) {
    if (const auto* b = t.besaran()) return typed<Py<Target>>(py::cast(*b));
    return typed<Py<Target>>(py::cast(*t.rentang()));
}
template <class T>
Py<T> conv(const T& v) {
    return typed<Py<T>>(py::cast(v, py::return_value_policy::copy));
}

// The codes of a value's parse notes ("ambiguous_thousands"), as Amount.notes / Besaran.notes give them.
py::typing::List<py::str> note_codes(const std::vector<ParseNote>& notes) {
    py::typing::List<py::str> out;
    for (const auto& n : notes) out.append(py::str(n.code));
    return out;
}
template <class T>
Py<std::optional<T>> conv(const std::optional<T>& v) {
    if (!v) return typed<Py<std::optional<T>>>(py::none());
    return typed<Py<std::optional<T>>>(conv(*v));
}
template <class T>
Py<std::vector<T>> conv(const std::vector<T>& v) {
    Py<std::vector<T>> out;
    for (const auto& x : v) out.append(conv(x));
    return out;
}
template <class V>
Py<std::map<int, V>> conv(const std::map<int, V>& m) {
    Py<std::map<int, V>> out;
    for (const auto& [k, v] : m) out[py::int_(k)] = conv(v);
    return out;
}

// An iterator over a list of T (the model's __iter__), typed as collections.abc.Iterator[T].
template <class T>
py::typing::Iterator<T> iterate(const py::typing::List<T>& items) {
    return typed<py::typing::Iterator<T>>(items.attr("__iter__")());
}

// sakip.loads's text (read_text).
struct JsonTextName {
    static constexpr auto name = py::detail::const_name("str | bytes | bytearray | memoryview");
};

template <class T>
Py<std::optional<T>> opt_ptr(const T* p) {
    if (!p) return typed<Py<std::optional<T>>>(py::none());
    return typed<Py<std::optional<T>>>(py::cast(*p, py::return_value_policy::copy));
}

template <class T>
Py<std::vector<T>> ptr_list(const std::vector<const T*>& v) {
    Py<std::vector<T>> out;
    for (const auto* p : v) out.append(py::cast(*p, py::return_value_policy::copy));
    return out;
}

// The JSON text of sakip.loads: a str (as UTF-8) or contiguous bytes (bytes, bytearray, a memoryview of
// bytes). A str with a lone surrogate has no UTF-8 form: a LoadError naming its position, as invalid
// UTF-8 bytes are. Anything else (None, a list, a memoryview of ints) is a TypeError.
std::string read_text(py::handle text, const std::string& origin) {
    if (PyUnicode_Check(text.ptr())) {
        Py_ssize_t size = 0;
        const char* utf = PyUnicode_AsUTF8AndSize(text.ptr(), &size);
        if (utf != nullptr) return std::string(utf, static_cast<std::size_t>(size));
        PyErr_Clear();
        const Py_ssize_t n = PyUnicode_GetLength(text.ptr());
        Py_ssize_t at = 0;
        while (at < n && !Py_UNICODE_IS_SURROGATE(PyUnicode_ReadChar(text.ptr(), at))) ++at;
        const Py_UCS4 cp = at < n ? PyUnicode_ReadChar(text.ptr(), at) : 0;
        std::string code = "U+";
        for (int shift = 12; shift >= 0; shift -= 4) code += "0123456789ABCDEF"[(cp >> shift) & 0xFu];
        const std::string pos = std::to_string(at);
        throw load_error(origin, {LoadProblem{"", "json.syntax",
                                              "teks bukan Unicode yang sah: surrogate tunggal " + code +
                                                  " pada posisi " + pos + " (tidak punya bentuk UTF-8)",
                                              "text is not valid Unicode: lone surrogate " + code + " at position " +
                                                  pos + " (it has no UTF-8 form)"}});
    }
    if (PyBytes_Check(text.ptr())) return text.cast<std::string>();
    if (PyByteArray_Check(text.ptr()) || PyMemoryView_Check(text.ptr())) {
        if (PyMemoryView_Check(text.ptr())) {
            const Py_buffer* b = PyMemoryView_GET_BUFFER(text.ptr());
            if (b->itemsize != 1) {
                const std::string format(b->format != nullptr ? b->format : "?");
                throw py::type_error("loads: memoryview harus berisi byte (itemsize 1), bukan format '" + format +
                                     "' / loads: a memoryview must be of bytes (itemsize 1), not of format '" + format +
                                     "'");
            }
        }
        Py_buffer view;
        if (PyObject_GetBuffer(text.ptr(), &view, PyBUF_SIMPLE) != 0) {
            PyErr_Clear();
            throw py::type_error(
                "loads: memoryview tidak kontigu; berikan bytes(view) / loads: the memoryview is not contiguous; pass "
                "bytes(view)");
        }
        struct Release {
            Py_buffer* view;
            ~Release() { PyBuffer_Release(view); }
        } release{&view};
        return std::string(static_cast<const char*>(view.buf), static_cast<std::size_t>(view.len));
    }
    const std::string type(Py_TYPE(text.ptr())->tp_name);
    throw py::type_error("loads: teks harus str, bytes, bytearray atau memoryview, bukan " + type +
                         " (untuk berkas, pakai sakip.load(path)) / loads: text must be str, bytes, bytearray or "
                         "memoryview, not " +
                         type + " (for a file, use sakip.load(path))");
}

// `origin` of sakip.loads, as UTF-8 (a lone surrogate as \uXXXX rather than a failed cast).
std::string origin_arg(const py::str& origin) {
    PyObject* utf = PyUnicode_AsEncodedString(origin.ptr(), "utf-8", "backslashreplace");
    if (utf == nullptr) throw py::error_already_set();
    return py::reinterpret_steal<py::bytes>(utf).cast<std::string>();
}

// ---- pickling ----------------------------------------------------------------------------------------
// Every model value pickles field by field into plain tuples of str / int / None (no C++ layout in
// the pickle, so it survives a rebuild); the document pickles as its sakip/1 JSON. Amounts and
// quantities keep their printed text, exact value and notes verbatim (never re-parsed).

// The fields of each described struct come from its description (sakip/model/describe.hpp), in order;
// NipTercetak (a value type) is listed here.
auto fields(NipTercetak& x) { return std::tie(x.text, x.nip); }

template <class T>
concept HasFields = Described<T> || requires(T& t) {
    fields(t);
};

// state(): a value -> plain Python data; restore(): the inverse.
py::object state(const std::string& v) { return py::str(v); }
py::object state(int v) { return py::int_(v); }
py::object state(const Decimal& v) { return py::str(v.to_sci_string()); }
py::object state(const Rupiah& v) { return py::str(v.value().to_string()); }
py::object state(const Kode& v) { return py::str(v.text()); }
py::object state(const Nip& v) { return py::str(v.digits()); }
py::object state(const ParseNote& v) { return py::make_tuple(v.code, v.message, v.offset); }
template <class E>
requires std::is_enum_v<E> py::object state(E v) { return py::int_(static_cast<int>(v)); }
py::object state(const Amount& v);
py::object state(const Besaran& v);
py::object state(const Target& v);
template <HasFields T>
py::object state(const T& v);
template <class T>
py::object state(const std::optional<T>& v);
template <class T>
py::object state(const std::vector<T>& v);
template <class V>
py::object state(const std::map<int, V>& m);

template <class T>
py::object state(const std::optional<T>& v) {
    return v ? state(*v) : py::object(py::none());
}
template <class T>
py::object state(const std::vector<T>& v) {
    py::list out;
    for (const auto& x : v) out.append(state(x));
    return py::reinterpret_steal<py::object>(out.release());
}
template <class V>
py::object state(const std::map<int, V>& m) {
    py::list out;
    for (const auto& [k, v] : m) out.append(py::make_tuple(k, state(v)));
    return py::reinterpret_steal<py::object>(out.release());
}
py::object state(const Amount& v) { return py::make_tuple(v.text, state(v.value), state(v.notes)); }
py::object state(const Besaran& v) {
    return py::make_tuple(v.text, state(v.value), v.satuan, state(v.notes), v.tersedia);
}
py::object state(const Target& v) {
    if (const auto* b = v.besaran()) return py::make_tuple(0, state(*b));
    return py::make_tuple(1, state(*v.rentang()));
}
template <HasFields T>
py::object state(const T& v) {
    if constexpr (Described<T>) {
        py::tuple out(field_count<T>());
        std::size_t i = 0;
        for_each_field<T>([&](const auto& f) { out[i++] = state(f.of(v)); });
        return py::object(std::move(out));
    } else {
        auto tied = fields(const_cast<T&>(v));  // read only
        return std::apply([](const auto&... f) { return py::object(py::make_tuple(state(f)...)); }, tied);
    }
}

void restore(py::handle h, std::string& v) { v = h.cast<std::string>(); }
void restore(py::handle h, int& v) { v = h.cast<int>(); }
void restore(py::handle h, Decimal& v) { v = Decimal(h.cast<std::string>()); }
void restore(py::handle h, Rupiah& v) { v = Rupiah(Decimal(h.cast<std::string>())); }
void restore(py::handle h, Kode& v) { v = Kode::parse(h.cast<std::string>()); }
template <class E>
requires std::is_enum_v<E>
void restore(py::handle h, E& v) { v = static_cast<E>(h.cast<int>()); }
void restore(py::handle h, ParseNote& v);
void restore(py::handle h, Amount& v);
void restore(py::handle h, Besaran& v);
void restore(py::handle h, Target& v);
template <HasFields T>
void restore(py::handle h, T& v);
template <class T>
void restore(py::handle h, std::optional<T>& v);
template <class T>
void restore(py::handle h, std::vector<T>& v);
template <class V>
void restore(py::handle h, std::map<int, V>& m);

// Values without a default constructor (Kode, Nip) are built from their state directly.
template <class T>
T make(py::handle h) {
    if constexpr (std::is_same_v<T, Kode>) {
        return Kode::parse(h.cast<std::string>());
    } else if constexpr (std::is_same_v<T, Nip>) {
        return Nip::parse(h.cast<std::string>());
    } else if constexpr (std::is_same_v<T, NipTercetak>) {
        py::tuple t = py::reinterpret_borrow<py::tuple>(h);
        return NipTercetak{t[0].cast<std::string>(), Nip::parse(t[1].cast<std::string>())};
    } else {
        T v{};
        restore(h, v);
        return v;
    }
}

template <class T>
void restore(py::handle h, std::optional<T>& v) {
    if (h.is_none()) {
        v.reset();
    } else {
        v.emplace(make<T>(h));
    }
}
template <class T>
void restore(py::handle h, std::vector<T>& v) {
    v.clear();
    for (auto x : h) v.push_back(make<T>(x));
}
template <class V>
void restore(py::handle h, std::map<int, V>& m) {
    m.clear();
    for (auto x : h) {
        py::tuple kv = py::reinterpret_borrow<py::tuple>(x);
        m.emplace(kv[0].cast<int>(), make<V>(kv[1]));
    }
}
void restore(py::handle h, ParseNote& v) {
    py::tuple t = py::reinterpret_borrow<py::tuple>(h);
    v.code = t[0].cast<std::string>();
    v.message = t[1].cast<std::string>();
    v.offset = t[2].cast<std::size_t>();
}
void restore(py::handle h, Amount& v) {
    py::tuple t = py::reinterpret_borrow<py::tuple>(h);
    v.text = t[0].cast<std::string>();
    restore(t[1], v.value);
    restore(t[2], v.notes);
}
void restore(py::handle h, Besaran& v) {
    py::tuple t = py::reinterpret_borrow<py::tuple>(h);
    v.text = t[0].cast<std::string>();
    restore(t[1], v.value);
    v.satuan = t[2].cast<std::string>();
    restore(t[3], v.notes);
    v.tersedia = t[4].cast<bool>();
}
void restore(py::handle h, Target& v) {
    py::tuple t = py::reinterpret_borrow<py::tuple>(h);
    if (t[0].cast<int>() == 0) {
        v.nilai = make<Besaran>(t[1]);
    } else {
        v.nilai = make<Rentang>(t[1]);
    }
}
template <HasFields T>
void restore(py::handle h, T& v) {
    py::tuple t = py::reinterpret_borrow<py::tuple>(h);
    if constexpr (Described<T>) {
        if (t.size() != field_count<T>())
            throw py::value_error(
                "tidak dapat di-unpickle: jumlah isian state salah / cannot unpickle: state has the wrong number of "
                "fields");
        std::size_t i = 0;
        for_each_field<T>([&](const auto& f) { restore(t[i++], f.of(v)); });
    } else {
        auto tied = fields(v);
        constexpr std::size_t n = std::tuple_size_v<decltype(tied)>;
        if (t.size() != n)
            throw py::value_error(
                "tidak dapat di-unpickle: jumlah isian state salah / cannot unpickle: state has the wrong number of "
                "fields");
        [&]<std::size_t... I>(std::index_sequence<I...>) { (restore(t[I], std::get<I>(tied)), ...); }
        (std::make_index_sequence<n>{});
    }
}

// pickle (protocol >= 2), copy.copy and copy.deepcopy for a bound value type.
template <class T, class Cls>
void picklable(Cls&& cls) {
    // The state is opaque to users: builtins.object in the stubs.
    cls.def(py::pickle([](const T& v) { return py::make_tuple(PyObjectArg(state(v))); },
                       [](const py::tuple& t) {
                           if (t.size() != 1)
                               throw py::value_error(
                                   "tidak dapat di-unpickle: state tidak sah / cannot unpickle: bad state");
                           return make<T>(t[0]);
                       }))
        .def("__copy__", [](const T& v) { return T(v); })
        .def(
            "__deepcopy__", [](const T& v, const PyMemo&) { return T(v); }, py::arg("memo"));
    if constexpr (HasFields<T>) {
        // Value equality (field by field, as in C++), so a copy or an unpickled value equals its source.
        cls.def("__eq__", [](const T& a, const PyObjectArg& b) -> PyBoolResult {
            if (!py::isinstance<T>(b)) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
            return py::bool_(a == b.cast<const T&>());
        });
        cls.attr("__hash__") = py::none();
    }
}

// The read-only properties of a described struct, one per field, named and documented as described;
// the fields in `by_hand` are bound by the caller.
template <Described T, class Cls>
Cls properties(Cls cls, std::initializer_list<std::string_view> by_hand = {}) {
    for_each_field<T>([&](const auto& f) {
        for (std::string_view h : by_hand)
            if (h == f.name) return;
        cls.def_property_readonly(
            std::string(f.name).c_str(), [member = f.member](const T& t) { return conv(t.*member); }, f.doc.data());
    });
    return cls;
}

#define RO(T, f) def_property_readonly(#f, [](const T& t) { return conv(t.f); })

py::tuple as_tuple(const LoadProblem& p) {
    return py::make_tuple(utf8(p.pointer), utf8(p.rule), utf8(p.message), utf8(p.message_en));
}

}  // namespace

void bind_model(py::module_& m) {
    // sakip.LoadError(sakip.Error) with .problems = [LoadProblem(pointer, rule, message, message_en), ...]
    py::class_<LoadProblem>(m, "LoadProblem",
                            "One problem of a document that cannot be loaded: where (a JSON Pointer, '' for the whole "
                            "document), by which rule (docs/format.md section 9) and what, in Indonesian (message) "
                            "and English (message_en). It unpacks as (pointer, rule, message, message_en).")
        .def_property_readonly("pointer", [](const LoadProblem& p) { return utf8(p.pointer); })
        .def_property_readonly("rule", [](const LoadProblem& p) { return utf8(p.rule); })
        .def_property_readonly("message", [](const LoadProblem& p) { return utf8(p.message); })
        .def_property_readonly("message_en", [](const LoadProblem& p) { return utf8(p.message_en); })
        .def(
            "to_string", [](const LoadProblem& p, bool english) { return utf8(p.to_string(english)); },
            py::arg("english") = false, "'<pointer>: <rule>: <message>', in English if asked.")
        .def("__iter__", [](const LoadProblem& p) { return py::typing::Iterator<py::str>(py::iter(as_tuple(p))); })
        .def("__len__", [](const LoadProblem&) { return 4; })
        .def("__getitem__",
             [](const LoadProblem& p, py::int_ i) {
                 const py::tuple t = as_tuple(p);  // the accessor refers to it: keep it alive
                 return py::str(py::object(t[i]));
             })
        .def(
            "__eq__", [](const LoadProblem& a, const LoadProblem& b) { return a == b; }, py::is_operator())
        .def("__repr__",
             [](const LoadProblem& p) { return "LoadProblem" + py::repr(as_tuple(p)).cast<std::string>(); });
    static py::object load_error_type;
    {
        py::object base = m.attr("Error");
        PyObject* type = PyErr_NewExceptionWithDoc(
            "sakip.LoadError",
            "A document that cannot be loaded; .problems lists every LoadProblem (pointer, rule, message, message_en).",
            base.ptr(), nullptr);
        if (type == nullptr) throw py::error_already_set();
        load_error_type = py::reinterpret_steal<py::object>(type);
        m.add_object("LoadError", load_error_type);
    }
    py::register_exception_translator([](std::exception_ptr p) {
        try {
            if (p) std::rethrow_exception(p);
        } catch (const sakip::load_error& e) {
            py::list problems;
            for (const auto& x : e.problems()) problems.append(py::cast(x));
            py::object exc = load_error_type(utf8(e.what()));
            exc.attr("problems") = problems;
            exc.attr("origin") = utf8(e.origin());
            PyErr_SetObject(load_error_type.ptr(), exc.ptr());
        }
    });

    // ---- values ----
    picklable<Nip>(py::class_<Nip>(m, "Nip", "A NIP: 18 digits (birth date, TMT CPNS, sex, sequence), validated.")
                       .def(py::init([](const std::string& text) { return Nip::parse(text); }), py::arg("text"))
                       .def_static(
                           "parse", [](const std::string& text) { return Nip::parse(text); }, py::arg("text"))
                       .def_property_readonly("digits", &Nip::digits)
                       .def("format", &Nip::format)
                       .def_property_readonly("tahun_lahir", &Nip::tahun_lahir)
                       .def_property_readonly("bulan_lahir", &Nip::bulan_lahir)
                       .def_property_readonly("hari_lahir", &Nip::hari_lahir)
                       .def_property_readonly("tahun_tmt", &Nip::tahun_tmt)
                       .def_property_readonly("bulan_tmt", &Nip::bulan_tmt)
                       .def_property_readonly("jenis_kelamin", &Nip::jenis_kelamin)
                       .def_property_readonly("nomor_urut", &Nip::nomor_urut)
                       .def("__eq__", [](const Nip& a, const Nip& b) { return a == b; })
                       .def("__hash__", [](const Nip& a) { return py::hash(py::str(a.digits())); })
                       .def("__str__", &Nip::format)
                       .def("__repr__", [](const Nip& n) { return "sakip.Nip('" + n.format() + "')"; }));

    picklable<NipTercetak>(
        py::class_<NipTercetak>(m, "NipTercetak", "A NIP as printed (.text) and its value (.nip).")
            .RO(NipTercetak, text)
            .def_property_readonly("nip", [](const NipTercetak& n) { return n.nip; })
            .def("__str__", [](const NipTercetak& n) { return n.text; })
            .def("__repr__", [](const NipTercetak& n) { return "sakip.NipTercetak('" + n.text + "')"; }));

    picklable<Kode>(
        py::class_<Kode>(m, "Kode", "A program/kegiatan/sub kegiatan code (Permendagri 13/2006 or 90/2019).")
            .def(py::init([](const std::string& text) { return Kode::parse(text); }), py::arg("text"))
            .def_static(
                "parse", [](const std::string& text) { return Kode::parse(text); }, py::arg("text"))
            .def_property_readonly("str", &Kode::str)
            .def_property_readonly("text", &Kode::text)
            .def_property_readonly("skema", [](const Kode& k) { return conv(k.skema()); })
            .def_property_readonly("level",
                                   [](const Kode& k) -> py::typing::Optional<py::str> {
                                       if (auto l = k.level())
                                           return typed<py::typing::Optional<py::str>>(
                                               py::str(std::string(to_string(*l))));
                                       return typed<py::typing::Optional<py::str>>(py::none());
                                   })
            .def_property_readonly("parent", [](const Kode& k) { return conv(k.parent()); })
            .def_property_readonly("program", [](const Kode& k) { return conv(k.program()); })
            .def("is_under", &Kode::is_under, py::arg("ancestor"))
            .def("__eq__", [](const Kode& a, const Kode& b) { return a == b; })
            .def("__lt__", [](const Kode& a, const Kode& b) { return a < b; })
            .def("__hash__", [](const Kode& a) { return py::hash(py::str(a.str())); })
            .def("__str__", &Kode::text)
            .def("__repr__", [](const Kode& k) { return "sakip.Kode('" + k.text() + "')"; }));

    picklable<Amount>(
        py::class_<Amount>(m, "Amount", "A rupiah amount: .text as printed, .value exact, .notes parse notes.")
            .RO(Amount, text)
            .def_property_readonly("value", [](const Amount& a) { return to_py_decimal(a.value.value()); })
            .def_property_readonly("rupiah", [](const Amount& a) { return a.value; })
            .def_property_readonly("notes", [](const Amount& a) { return note_codes(a.notes); })
            .def("has_note", &Amount::has_note, py::arg("code"))
            .def("__eq__", [](const Amount& a, const Amount& b) { return a == b; })
            .def("__str__", [](const Amount& a) { return a.text; })
            .def("__repr__", [](const Amount& a) { return "sakip.Amount('" + a.text + "')"; }));

    picklable<Besaran>(
        py::class_<Besaran>(m, "Besaran",
                            "A quantity: .text as printed, .value exact (None when .tersedia is False: a \"not "
                            "available\" text such as 'n/a'), .satuan ('%', 'Dokumen', ''), .notes parse notes.")
            .RO(Besaran, text)
            .def_property_readonly("value",
                                   [](const Besaran& b) {
                                       return typed<py::typing::Optional<PyDecimal>>(
                                           b.tersedia ? py::object(conv(b.value)) : py::object(py::none()));
                                   })
            .RO(Besaran, satuan)
            .RO(Besaran, tersedia)
            .def_property_readonly("notes", [](const Besaran& b) { return note_codes(b.notes); })
            .def("has_note", &Besaran::has_note, py::arg("code"))
            .def_property_readonly("is_percent", &Besaran::is_percent)
            .def("__eq__", [](const Besaran& a, const Besaran& b) { return a == b; })
            .def("__str__", [](const Besaran& a) { return a.text; })
            .def("__repr__", [](const Besaran& a) { return "sakip.Besaran('" + a.text + "')"; }));

    picklable<Rentang>(properties<Rentang>(py::class_<Rentang>(m, "Rentang", "A target range [bawah, atas]."))
                           .def("__repr__", [](const Rentang& r) {
                               return "sakip.Rentang('" + r.bawah.text + "', '" + r.atas.text + "')";
                           }));

    picklable<Varian>(properties<Varian>(py::class_<Varian>(m, "Varian")).def("__repr__", [](const Varian& v) {
        return "sakip.Varian(" + py::repr(py::str(v.teks)).cast<std::string>() + ")";
    }));

    // ---- organisation ----
    picklable<Unit>(properties<Unit>(py::class_<Unit>(m, "Unit")).def("__repr__", [](const Unit& u) {
        return "<sakip.Unit " + u.id + ">";
    }));
    picklable<Pejabat>(properties<Pejabat>(py::class_<Pejabat>(m, "Pejabat")).def("__repr__", [](const Pejabat& p) {
        return "<sakip.Pejabat " + p.id + ">";
    }));
    picklable<TandaTangan>(properties<TandaTangan>(py::class_<TandaTangan>(m, "TandaTangan")));
    picklable<Instansi>(
        properties<Instansi>(py::class_<Instansi>(m, "Instansi"))
            .def("find_unit", [](const Instansi& i, const std::string& id) { return opt_ptr(i.find_unit(id)); })
            .def("find_pejabat", [](const Instansi& i, const std::string& id) { return opt_ptr(i.find_pejabat(id)); })
            .def("__repr__", [](const Instansi& i) { return "<sakip.Instansi " + i.nama + ">"; }));
    picklable<InfoDokumen>(properties<InfoDokumen>(py::class_<InfoDokumen>(m, "InfoDokumen")));

    // ---- RPJMD, Renstra ----
    picklable<Periode>(properties<Periode>(py::class_<Periode>(m, "Periode"))
                           .def("__contains__", [](const Periode& p, int y) { return p.contains(y); })
                           .def("__repr__", [](const Periode& p) {
                               return "sakip.Periode(" + std::to_string(p.awal) + ", " + std::to_string(p.akhir) + ")";
                           }));
    picklable<Misi>(properties<Misi>(py::class_<Misi>(m, "Misi")));
    picklable<MisiDidukung>(properties<MisiDidukung>(py::class_<MisiDidukung>(m, "MisiDidukung")));
    picklable<Rpjmd>(properties<Rpjmd>(py::class_<Rpjmd>(m, "Rpjmd")));
    picklable<Tujuan>(properties<Tujuan>(py::class_<Tujuan>(m, "Tujuan")).def("__repr__", [](const Tujuan& t) {
        return "<sakip.Tujuan " + t.id + ">";
    }));
    picklable<Sasaran>(properties<Sasaran>(py::class_<Sasaran>(m, "Sasaran")).def("__repr__", [](const Sasaran& s) {
        return "<sakip.Sasaran " + s.id + ">";
    }));
    picklable<Indikator>(
        properties<Indikator>(py::class_<Indikator>(m, "Indikator")).def("__repr__", [](const Indikator& i) {
            return "<sakip.Indikator " + i.id + ">";
        }));
    picklable<Renstra>(
        properties<Renstra>(py::class_<Renstra>(m, "Renstra"))
            .def("find_tujuan", [](const Renstra& r, const std::string& id) { return opt_ptr(r.find_tujuan(id)); })
            .def("find_sasaran", [](const Renstra& r, const std::string& id) { return opt_ptr(r.find_sasaran(id)); })
            .def("find_indikator",
                 [](const Renstra& r, const std::string& id) { return opt_ptr(r.find_indikator(id)); })
            .def("indikator_sasaran",
                 [](const Renstra& r, const std::string& id) { return ptr_list(r.indikator_sasaran(id)); }));

    // ---- IKU ----
    picklable<Rumus>(properties<Rumus>(py::class_<Rumus>(m, "Rumus")).def_property_readonly("inputs", &Rumus::inputs));
    picklable<InputIku>(properties<InputIku>(py::class_<InputIku>(m, "InputIku")));
    picklable<PenanggungJawab>(properties<PenanggungJawab>(py::class_<PenanggungJawab>(m, "PenanggungJawab")));
    picklable<Iku>(properties<Iku>(py::class_<Iku>(m, "Iku")).def("__repr__", [](const Iku& i) {
        return "<sakip.Iku " + i.indikator + ">";
    }));

    // ---- DPA ----
    picklable<SubKegiatan>(
        properties<SubKegiatan>(py::class_<SubKegiatan>(m, "SubKegiatan")).def("__repr__", [](const SubKegiatan& k) {
            return "<sakip.SubKegiatan " + k.kode.text() + ">";
        }));
    picklable<Kegiatan>(
        properties<Kegiatan>(py::class_<Kegiatan>(m, "Kegiatan"))
            .def("__len__", [](const Kegiatan& k) { return k.sub_kegiatan.size(); })
            .def("__iter__", [](const Kegiatan& k) { return iterate(conv(k.sub_kegiatan)); })
            .def("__repr__", [](const Kegiatan& k) { return "<sakip.Kegiatan " + k.kode.text() + ">"; }));
    picklable<Program>(
        properties<Program>(py::class_<Program>(m, "Program"))
            .def("find_kegiatan",
                 [](const Program& p, const std::string& k) { return opt_ptr(p.find_kegiatan(Kode::parse(k))); })
            .def("__len__", [](const Program& p) { return p.kegiatan.size(); })
            .def("__iter__", [](const Program& p) { return iterate(conv(p.kegiatan)); })
            .def("__repr__", [](const Program& p) { return "<sakip.Program " + p.kode.text() + ">"; }));
    picklable<BelanjaPos>(properties<BelanjaPos>(py::class_<BelanjaPos>(m, "BelanjaPos")));
    picklable<Belanja>(properties<Belanja>(py::class_<Belanja>(m, "Belanja")));
    picklable<Dpa>(properties<Dpa>(py::class_<Dpa>(m, "Dpa"))
                       .def_property_readonly("jumlah_kegiatan", &Dpa::jumlah_kegiatan)
                       .def("find_program",
                            [](const Dpa& d, const std::string& k) { return opt_ptr(d.find_program(Kode::parse(k))); })
                       .def("find_kegiatan",
                            [](const Dpa& d, const std::string& k) { return opt_ptr(d.find_kegiatan(Kode::parse(k))); })
                       .def("__len__", [](const Dpa& d) { return d.program.size(); })
                       .def("__iter__", [](const Dpa& d) { return iterate(conv(d.program)); })
                       .def("__repr__", [](const Dpa& d) { return "<sakip.Dpa " + std::to_string(d.tahun) + ">"; }));

    // ---- PK ----
    picklable<Pihak>(properties<Pihak>(py::class_<Pihak>(m, "Pihak")));
    picklable<PkIndikator>(properties<PkIndikator>(py::class_<PkIndikator>(m, "PkIndikator")));
    picklable<PkSasaran>(properties<PkSasaran>(py::class_<PkSasaran>(m, "PkSasaran")));
    picklable<PkBaris>(properties<PkBaris>(py::class_<PkBaris>(m, "PkBaris")));
    picklable<PerjanjianKinerja>(properties<PerjanjianKinerja>(py::class_<PerjanjianKinerja>(m, "PerjanjianKinerja"))
                                     .def("__repr__", [](const PerjanjianKinerja& p) {
                                         return "<sakip.PerjanjianKinerja " + std::to_string(p.tahun) + "/" + p.id +
                                                ">";
                                     }));

    // ---- realisasi, laporan ----
    picklable<Rincian>(properties<Rincian>(py::class_<Rincian>(m, "Rincian")));
    picklable<RealisasiIndikator>(
        properties<RealisasiIndikator>(py::class_<RealisasiIndikator>(m, "RealisasiIndikator"), {"input", "rincian"})
            .def_property_readonly(
                "input",
                [](const RealisasiIndikator& r) {
                    py::typing::Dict<py::str, Py<Besaran>> out;  // name -> Besaran, in document order
                    for (const auto& i : r.input) out[py::str(i.nama)] = conv(i.nilai);
                    return out;
                })
            .def_property_readonly("rincian",
                                   [](const RealisasiIndikator& r) {
                                       py::typing::Dict<py::str, Py<std::vector<Rincian>>> out;
                                       for (const auto& ri : r.rincian) out[py::str(ri.input)] = conv(ri.baris);
                                       return out;
                                   })
            .def("__repr__", [](const RealisasiIndikator& r) {
                return "<sakip.RealisasiIndikator " + std::to_string(r.tahun) + "/" + r.indikator + ">";
            }));
    picklable<Angka>(
        properties<Angka>(
            py::class_<Angka>(m, "Angka",
                              "A figure the report printed: .teks exactly as printed; .nilai its number or None."))
            .def_property_readonly("nilai", [](const Angka& a) { return conv(a.nilai()); })
            .def("__repr__", [](const Angka& a) {
                return "<sakip.Angka " + a.id + " " + py::repr(py::str(a.teks)).cast<std::string>() + ">";
            }));
    picklable<KelasSkala>(properties<KelasSkala>(py::class_<KelasSkala>(m, "KelasSkala")));
    picklable<SkalaTercetak>(properties<SkalaTercetak>(py::class_<SkalaTercetak>(m, "SkalaTercetak")));
    picklable<Laporan>(
        properties<Laporan>(py::class_<Laporan>(m, "Laporan"))
            .def("find_angka", [](const Laporan& l, const std::string& id) { return opt_ptr(l.find_angka(id)); })
            .def("angka_tentang",
                 [](const Laporan& l, const std::string& ref) { return ptr_list(l.angka_tentang(ref)); })
            .def("__len__", [](const Laporan& l) { return l.angka.size(); })
            .def("__iter__", [](const Laporan& l) { return iterate(conv(l.angka)); }));
    picklable<PohonProgram>(properties<PohonProgram>(py::class_<PohonProgram>(m, "PohonProgram")));
    picklable<PohonKinerja>(properties<PohonKinerja>(py::class_<PohonKinerja>(m, "PohonKinerja")));

    // ---- the document ----
    properties<Dokumen>(
        py::class_<Dokumen>(m, "Dokumen", "One instansi's SAKIP chain (a sakip/1 document). Read-only."))
        .def(
            "to_json", [](const Dokumen& d) { return save(d); },
            "The document as sakip/1 JSON text (deterministic, lossless).")
        .def(
            "save", [](const Dokumen& d, const PyPath& path) { save(d, path_arg(path)); }, py::arg("path"))
        .def("find_iku", [](const Dokumen& d, const std::string& id) { return opt_ptr(d.find_iku(id)); })
        .def("find_realisasi",
             [](const Dokumen& d, int y, const std::string& id) { return opt_ptr(d.find_realisasi(y, id)); })
        .def("find_pk", [](const Dokumen& d, int y, const std::string& id) { return opt_ptr(d.find_pk(y, id)); })
        .def("atasan", [](const Dokumen& d, const PerjanjianKinerja& p) { return opt_ptr(d.atasan(p)); })
        .def("bawahan", [](const Dokumen& d, const PerjanjianKinerja& p) { return ptr_list(d.bawahan(p)); })
        .def("rantai_atasan", [](const Dokumen& d, const PerjanjianKinerja& p) { return ptr_list(d.rantai_atasan(p)); })
        .def("semua_bawahan", [](const Dokumen& d, const PerjanjianKinerja& p) { return ptr_list(d.semua_bawahan(p)); })
        .def("__eq__", [](const Dokumen& a, const Dokumen& b) { return a == b; })
        .def("__repr__", [](const Dokumen& d) { return "<sakip.Dokumen " + d.instansi.nama + ">"; })
        // Pickled as its sakip/1 JSON (lossless), validated again when unpickled.
        .def(py::pickle([](const Dokumen& d) { return py::make_tuple(save(d)); },
                        [](const py::tuple& t) {
                            if (t.size() != 1)
                                throw py::value_error(
                                    "tidak dapat di-unpickle: state tidak sah / cannot unpickle: bad state");
                            return load_json(t[0].cast<std::string>(), "<pickle>");
                        }))
        .def("__copy__", [](const Dokumen& d) { return Dokumen(d); })
        .def(
            "__deepcopy__", [](const Dokumen& d, const PyMemo&) { return Dokumen(d); }, py::arg("memo"));

    m.def(
        "load", [](const PyPath& path) { return load(path_arg(path)); }, py::arg("path"),
        "Load a sakip/1 JSON file (str, bytes or os.PathLike); raises sakip.LoadError listing every problem.");
    m.def(
        "loads",
        [](const Typed<JsonTextName>& text, const py::str& origin) {
            const std::string o = origin_arg(origin);
            const std::string t = read_text(text, o);
            return load_json(t, o);
        },
        py::arg("text"), py::arg("origin") = "<string>",
        "Load sakip/1 JSON text (str, bytes, bytearray or memoryview); raises sakip.LoadError listing every "
        "problem.");
}

#undef RO

}  // namespace sakip::python
