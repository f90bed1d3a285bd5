// sakip.audit / sakip.Finding / sakip.Findings and the methods Dokumen.evaluate / Dokumen.audit.
// Decimal values cross as decimal.Decimal (never float); evaluate returns plain dicts.
#include "audit.hpp"

#include <sakip/audit/audit.hpp>
#include <sakip/evaluate/evaluasi.hpp>
#include <sakip/model.hpp>

#include <pybind11/stl.h>

#include <optional>
#include <string>
#include <vector>

namespace py = pybind11;

namespace sakip::python {

namespace {

py::object opt_str(const std::optional<std::string>& s) { return s ? py::object(py::str(*s)) : py::object(py::none()); }

// A finding as to_dict gives it: every value a str, reported_value and expected possibly None.
using FindingDict = py::typing::Dict<py::str, py::typing::Optional<py::str>>;

FindingDict finding_dict(const Finding& f) {
    FindingDict d;
    d["rule"] = f.rule;
    d["severity"] = std::string(to_string(f.severity));
    d["lapisan"] = std::string(to_string(f.lapisan));
    d["location"] = f.location;
    d["source"] = f.source;
    d["message"] = f.message;
    d["message_en"] = f.message_en;
    d["reported"] = f.reported;
    d["reported_value"] = opt_str(f.reported_value);
    d["expected"] = opt_str(f.expected);
    d["trace"] = f.trace;
    return d;
}

py::object dec(const std::optional<Decimal>& d) { return d ? to_py_decimal(*d) : py::object(py::none()); }

py::object rupiah(const std::optional<Rupiah>& r) { return r ? to_py_decimal(r->value()) : py::object(py::none()); }

py::dict hasil(const Hasil& h) {
    py::dict d;
    d["value"] = dec(h.value);
    d["exact"] = h.exact ? py::object(py::str(h.exact->to_string())) : py::object(py::none());
    d["status"] = std::string(to_string(h.status));
    d["trace"] = h.trace_text();
    return d;
}

py::object target(const std::optional<Target>& t) {
    if (!t) return py::none();
    if (const Besaran* b = t->besaran()) return py::str(b->text);
    return py::make_tuple(t->rentang()->bawah.text, t->rentang()->atas.text);
}

py::dict anggaran(const EvaluasiAnggaran& a) {
    py::dict d;
    d["pointer"] = a.pointer;
    d["kode"] = a.kode;
    d["uraian"] = a.uraian;
    d["rencana"] = rupiah(a.rencana);
    d["realisasi"] = rupiah(a.realisasi);
    d["serapan"] = hasil(a.serapan);
    d["porsi"] = hasil(a.porsi);
    d["nama"] = a.nama;
    d["nama_en"] = a.nama_en;
    d["fisik"] = hasil(a.fisik);
    // Printed in the DPA ("tercetak"), the Σ of its rows ("rincian"), or unknown ("tidak_ada", with why).
    d["asal_rencana"] = std::string(to_string(a.asal_rencana));
    d["asal_realisasi"] = std::string(to_string(a.asal_realisasi));
    d["alasan_rencana"] = a.alasan_rencana;
    d["alasan_realisasi"] = a.alasan_realisasi;
    if (!a.sub_kegiatan.empty()) {
        py::list subs;
        for (const auto& x : a.sub_kegiatan) subs.append(anggaran(x));
        d["sub_kegiatan"] = subs;
        d["jumlah_rencana_sub_kegiatan"] = rupiah(a.jumlah_rencana_sub_kegiatan);
        d["jumlah_realisasi_sub_kegiatan"] = rupiah(a.jumlah_realisasi_sub_kegiatan);
    }
    return d;
}

py::dict evaluasi_impl(const EvaluasiTahun& ev) {
    py::dict out;
    out["tahun"] = ev.tahun;
    out["skala"] = ev.skala.skala;
    static constexpr const char* asal[] = {"opsi", "laporan", "baku", "bawaan"};
    out["skala_asal"] = asal[static_cast<int>(ev.skala.asal)];
    out["skala_pointer"] = ev.skala.pointer;
    out["skala_masalah"] =
        ev.skala.masalah_en.empty() ? py::object(py::none()) : py::object(py::str(ev.skala.masalah_en));
    py::list ind;
    for (const auto& e : ev.indikator) {
        py::dict d;
        d["id"] = e.id;
        d["sasaran"] = e.sasaran;
        d["nama"] = e.nama;
        d["polaritas"] = std::string(nama_polaritas(e.polaritas));
        d["target"] = target(e.target);
        d["sumber_target"] = e.sumber_target;
        d["target_akhir"] = target(e.target_akhir);
        d["realisasi"] = hasil(e.realisasi);
        d["sumber_realisasi"] = e.sumber_realisasi;
        d["capaian"] = hasil(e.capaian);
        d["kategori"] = opt_str(e.kategori);
        py::list rincian;
        for (const JumlahRincian& j : e.rincian) {
            py::dict r;
            r["input"] = j.input;
            r["baris"] = j.baris;
            r["jumlah"] = dec(j.jumlah);
            rincian.append(r);
        }
        d["rincian"] = rincian;
        ind.append(d);
    }
    out["indikator"] = ind;
    py::list sas;
    for (const auto& s : ev.sasaran) {
        py::dict d;
        d["id"] = s.id;
        d["nama"] = s.nama;
        d["indikator"] = s.indikator;
        d["rata_rata"] = hasil(s.rata_rata);
        d["excluded"] = s.rata_rata.trace.excluded;
        d["jumlah_capaian"] = hasil(s.jumlah_capaian);
        d["program"] = s.program;
        d["rencana"] = rupiah(s.rencana);
        d["realisasi"] = rupiah(s.realisasi);
        d["serapan"] = hasil(s.serapan);
        d["porsi"] = hasil(s.porsi);
        d["efisiensi"] = hasil(s.efisiensi);
        d["efisiensi_rasio"] = hasil(s.efisiensi_rasio);
        sas.append(d);
    }
    out["sasaran"] = sas;
    py::list prog;
    for (const auto& p : ev.program) {
        py::dict d = anggaran(p);
        d["sasaran"] = p.sasaran;
        py::list keg;
        for (const auto& k : p.kegiatan) keg.append(anggaran(k));
        d["kegiatan"] = keg;
        d["jumlah_sub_kegiatan"] = p.jumlah_sub_kegiatan;
        d["jumlah_rencana_kegiatan"] = rupiah(p.jumlah_rencana_kegiatan);
        d["jumlah_realisasi_kegiatan"] = rupiah(p.jumlah_realisasi_kegiatan);
        prog.append(d);
    }
    out["program"] = prog;
    py::list bel;
    for (const auto& b : ev.belanja) bel.append(anggaran(b));
    out["belanja"] = bel;
    out["total_rencana"] = rupiah(ev.total_rencana);
    out["total_realisasi"] = rupiah(ev.total_realisasi);
    out["serapan"] = hasil(ev.serapan);
    out["rata_rata"] = hasil(ev.rata_rata);
    out["jumlah_belanja"] = ev.jumlah_belanja ? py::object(anggaran(*ev.jumlah_belanja)) : py::object(py::none());
    out["jumlah_capaian"] = hasil(ev.jumlah_capaian);
    out["jumlah_kegiatan"] = ev.jumlah_kegiatan;
    out["jumlah_sub_kegiatan"] = ev.jumlah_sub_kegiatan;
    out["fisik"] = hasil(ev.fisik);
    py::list pks;
    for (const auto& p : ev.pk) {
        py::dict d;
        d["id"] = p.id;
        d["program"] = hasil(p.program);
        d["kegiatan"] = hasil(p.kegiatan);
        d["sub_kegiatan"] = hasil(p.sub_kegiatan);
        // The cascade: each checked amount and the Σ of the subordinate PKs' rows under it.
        py::list kaskade;
        for (const auto& k : p.kaskade) {
            py::dict x;
            x["level"] = k.level;
            x["tabel"] = std::string(k.tabel == 0 ? "program" : "kegiatan");
            x["baris"] = k.baris;
            x["kode"] = k.kode.text();
            x["pointer"] = k.pointer;
            x["jumlah"] = rupiah(k.jumlah);
            x["alasan"] = k.alasan;
            x["n"] = k.n;
            x["ambiguous"] = k.ambiguous;
            kaskade.append(x);
        }
        d["kaskade"] = kaskade;
        pks.append(d);
    }
    out["pk"] = pks;
    py::list masalah;  // figures a measure could not compute (left undefined above)
    for (const auto& m : ev.masalah) {
        py::dict d;
        d["pointer"] = m.pointer;
        d["message"] = m.message;
        d["message_en"] = m.message_en;
        d["trace"] = m.trace;
        masalah.append(d);
    }
    out["masalah"] = masalah;
    return out;
}

CapaianPolicy policy(bool legacy) {
    CapaianPolicy p;
    if (legacy) p.zero_over_zero = ZeroOverZero::seratus;
    return p;
}

Findings run_audit(const Dokumen& doc, std::optional<int> year, const PySkalaOption& skala, bool legacy) {
    const AuditOptions o = audit_options(year, skala, legacy);
    py::gil_scoped_release release;
    return Findings{audit(doc, o)};
}

EvaluasiDict run_evaluate(const Dokumen& doc, int year, const PySkalaOption& skala, bool legacy) {
    const EvaluateOptions o = evaluate_options(skala, legacy);
    std::optional<EvaluasiTahun> ev;
    {
        py::gil_scoped_release release;  // other Python threads run while one document is evaluated
        ev = evaluate(doc, year, o);
    }
    return evaluasi_dict(*ev);
}

// Pickling: a finding travels as a plain tuple of its fields (to multiprocessing or Dask
// workers); the severity by its name.
py::tuple finding_state(const Finding& f) {
    return py::make_tuple(f.rule, std::string(to_string(f.severity)), f.location, f.source, f.message, f.message_en,
                          f.reported, f.reported_value, f.expected, f.trace, std::string(to_string(f.lapisan)));
}

Finding finding_from_state(const py::tuple& t) {
    if (t.size() != 11) throw std::runtime_error("sakip.Finding ter-pickle tidak sah / invalid pickled sakip.Finding");
    Finding f;
    f.rule = t[0].cast<std::string>();
    const auto severity = t[1].cast<std::string>();
    if (severity == "error")
        f.severity = Severity::error;
    else if (severity == "warning")
        f.severity = Severity::warning;
    else if (severity == "info")
        f.severity = Severity::info;
    else
        throw std::runtime_error("severity tidak sah dalam sakip.Finding ter-pickle: " + severity +
                                 " / invalid severity in pickled sakip.Finding: " + severity);
    f.location = t[2].cast<std::string>();
    f.source = t[3].cast<std::string>();
    f.message = t[4].cast<std::string>();
    f.message_en = t[5].cast<std::string>();
    f.reported = t[6].cast<std::string>();
    f.reported_value = t[7].cast<std::optional<std::string>>();
    f.expected = t[8].cast<std::optional<std::string>>();
    f.trace = t[9].cast<std::string>();
    const auto lapisan = t[10].cast<std::string>();
    if (lapisan != "konsistensi" && lapisan != "hitung_ulang")
        throw std::runtime_error("lapisan tidak sah dalam sakip.Finding ter-pickle: " + lapisan +
                                 " / invalid lapisan in pickled sakip.Finding: " + lapisan);
    f.lapisan = lapisan == "konsistensi" ? Lapisan::konsistensi : Lapisan::hitung_ulang;
    return f;
}

}  // namespace

EvaluasiDict evaluasi_dict(const EvaluasiTahun& ev) { return typed<EvaluasiDict>(evaluasi_impl(ev)); }

EvaluateOptions evaluate_options(py::handle skala, bool legacy) {
    EvaluateOptions o;
    o.skala = skala_option(skala);
    o.policy = policy(legacy);
    return o;
}

AuditOptions audit_options(std::optional<int> year, py::handle skala, bool legacy) {
    AuditOptions o;
    o.tahun = year;
    o.skala = skala_option(skala);
    o.policy = policy(legacy);
    return o;
}

void bind_audit(py::module_& m) {
    py::class_<Finding>(m, "Finding", "One discrepancy found by sakip.audit (rule ids: docs/audit.md).")
        .def_readonly("rule", &Finding::rule)
        .def_property_readonly("severity", [](const Finding& f) { return std::string(to_string(f.severity)); })
        .def_property_readonly(
            "lapisan", [](const Finding& f) { return std::string(to_string(f.lapisan)); },
            "The audit layer that found it: \"konsistensi\" (against the report's own printed inputs) or "
            "\"hitung_ulang\" (against the raw data).")
        .def_readonly("location", &Finding::location)
        .def_readonly("source", &Finding::source)
        .def_readonly("message", &Finding::message)
        .def_readonly("message_en", &Finding::message_en)
        .def_readonly("reported", &Finding::reported)
        .def_readonly("reported_value", &Finding::reported_value)
        .def_readonly("expected", &Finding::expected)
        .def_readonly("trace", &Finding::trace)
        .def("to_dict", &finding_dict, "The finding as a dict of plain str / None values.")
        .def("__str__", [](const Finding& f) { return f.to_string(); })
        .def("__repr__", [](const Finding& f) { return "<Finding " + f.to_string() + ">"; })
        .def("__eq__", [](const Finding& a, const Finding& b) { return a == b; })
        .def(py::pickle(&finding_state, &finding_from_state));

    py::class_<Findings>(m, "Findings", "The sorted findings of sakip.audit (a read-only sequence of Finding).")
        .def(py::pickle(
            [](const Findings& f) {
                py::list items;
                for (const auto& x : f.items) items.append(finding_state(x));
                return py::make_tuple(items);
            },
            [](const py::tuple& t) {
                Findings f;
                for (auto x : t[0].cast<py::list>()) f.items.push_back(finding_from_state(x.cast<py::tuple>()));
                return f;
            }))
        .def("__len__", [](const Findings& f) { return f.items.size(); })
        .def(
            "__getitem__",
            [](const Findings& f, long i) -> const Finding& {
                const long n = static_cast<long>(f.items.size());
                if (i < 0) i += n;
                if (i < 0 || i >= n)
                    throw py::index_error("indeks temuan di luar jangkauan / finding index out of range");
                return f.items[static_cast<std::size_t>(i)];
            },
            py::return_value_policy::reference_internal)
        .def(
            "__iter__", [](const Findings& f) { return py::make_iterator(f.items.begin(), f.items.end()); },
            py::keep_alive<0, 1>())
        .def("__bool__", [](const Findings& f) { return !f.items.empty(); })
        .def(
            "to_json", [](const Findings& f) { return to_json(f.items); },
            "The findings as JSON text (the format of tests/golden/*.findings.json).")
        .def("to_list",
             [](const Findings& f) {
                 py::typing::List<FindingDict> l;
                 for (const auto& x : f.items) l.append(finding_dict(x));
                 return l;
             })
        .def(
            "count",
            [](const Findings& f, const std::string& severity) {
                std::size_t n = 0;
                for (const auto& x : f.items) n += to_string(x.severity) == severity ? 1 : 0;
                return n;
            },
            py::arg("severity"))
        .def("__repr__", [](const Findings& f) {
            std::size_t e = 0, w = 0, i = 0;
            for (const auto& x : f.items)
                (x.severity == Severity::error ? e : x.severity == Severity::warning ? w : i)++;
            return "<Findings " + std::to_string(f.items.size()) + ": " + std::to_string(e) + " error, " +
                   std::to_string(w) + " warning, " + std::to_string(i) + " info>";
        });

    m.def("audit", &run_audit, py::arg("doc"), py::arg("year") = py::none(), py::arg("skala") = py::none(),
          py::arg("legacy") = false,
          "Recompute every printed figure of the document and cross-check its parts; returns Findings "
          "sorted by (severity, location, rule). legacy=True scores 0/0 as 100 %.");
    m.def("evaluate", &run_evaluate, py::arg("doc"), py::arg("year"), py::arg("skala") = py::none(),
          py::arg("legacy") = false, "The LKjIP figures of `year` recomputed from the inputs, as plain dicts.");
    m.def(
        "audit_rules",
        [] {
            py::typing::List<py::typing::Tuple<py::str, py::str, py::str>> l;
            for (const auto& r : audit_rules())
                l.append(
                    py::make_tuple(std::string(r.id), std::string(to_string(r.severity)), std::string(r.description)));
            return l;
        },
        "The stable audit rule ids: (id, severity, description).");
    m.def("audit_rules_json", &audit_rules_json,
          "The audit's rule registry as JSON text: rule, severity, error_when, ukuran, description, deskripsi, "
          "example.");
    m.def("audit_rules_markdown", &audit_rules_markdown,
          "The audit's rule registry as the Markdown table of docs/audit.md.");

    // Methods on the model's Dokumen class, when the model bindings registered it.
    if (py::detail::get_type_info(typeid(Dokumen)) != nullptr) {
        py::object cls = py::type::of<Dokumen>();
        cls.attr("audit") =
            py::cpp_function([](const Dokumen& d, std::optional<int> year, const PySkalaOption& skala,
                                bool legacy) { return run_audit(d, year, skala, legacy); },
                             py::is_method(cls), py::arg("year") = py::none(), py::arg("skala") = py::none(),
                             py::arg("legacy") = false, "sakip.audit(self, ...)");
        cls.attr("evaluate") = py::cpp_function([](const Dokumen& d, int year, const PySkalaOption& skala,
                                                   bool legacy) { return run_evaluate(d, year, skala, legacy); },
                                                py::is_method(cls), py::arg("year"), py::arg("skala") = py::none(),
                                                py::arg("legacy") = false, "sakip.evaluate(self, year, ...)");
    }
}

}  // namespace sakip::python
