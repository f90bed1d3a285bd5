// What the audit binding (audit.cpp) shares with the kabupaten binding (kabupaten.cpp): the findings
// type bound as sakip._core.Findings and the evaluation as the plain dicts `evaluate` returns.
#pragma once

#include "common.hpp"

#include <sakip/audit/audit.hpp>
#include <sakip/evaluate/evaluasi.hpp>

#include <vector>

namespace sakip::python {

/// The sorted findings of one document (sakip._core.Findings, a read-only sequence of Finding).
struct Findings {
    std::vector<Finding> items;
};

/// An evaluation as the plain dicts of sakip._core.evaluate: a nested document (docs/python.md) that
/// the Python layer reads through sakip.Evaluasi; its stub type is dict[str, builtins.object].
using EvaluasiDict = py::typing::Dict<py::str, PyObjectArg>;
/// The evaluation as an EvaluasiDict (needs the GIL).
EvaluasiDict evaluasi_dict(const EvaluasiTahun& ev);

/// The options of evaluate / audit from their Python arguments (skala: None, a name or a Skala).
EvaluateOptions evaluate_options(py::handle skala, bool legacy);
AuditOptions audit_options(std::optional<int> year, py::handle skala, bool legacy);

}  // namespace sakip::python
