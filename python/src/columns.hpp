// Numeric columns from numpy: a masked array's masked entries are unknown values. sakip never reads
// the data under the mask (what numpy.asarray would hand over) nor skips them: a sum or a capaian
// with an unknown part has no value, so the call is refused naming the first masked entry.
#pragma once

#include "common.hpp"

#include <string>

namespace sakip::python {

/// A numpy int64 column (sum_sen, capaian_batch: checked by the binding), as the stubs name it.
struct Int64ArrayName {
    static constexpr auto name = py::detail::const_name("numpy.typing.NDArray[numpy.int64]");
};
using Int64Array = Typed<Int64ArrayName>;

// ValueError when `column` is a numpy.ma.MaskedArray with at least one masked entry (0-based index
// of the first in the message); nothing for any other object.
inline void refuse_masked(py::handle column, const std::string& what) {
    if (!py::hasattr(column, "mask")) return;  // plain arrays and lists: no import of numpy.ma
    py::module_ ma = py::module_::import("numpy.ma");
    if (!py::isinstance(column, ma.attr("MaskedArray"))) return;
    py::object mask = ma.attr("getmaskarray")(column).attr("ravel")();
    if (!mask.attr("any")().cast<bool>()) return;
    const auto first = py::module_::import("numpy").attr("argmax")(mask).cast<long long>();
    const std::string i = std::to_string(first);
    throw py::value_error(what + ": entri " + i + " ter-mask, nilainya tidak diketahui / entry " + i +
                          " is masked: its value is unknown, and a result with an unknown part has no value "
                          "(fill or drop it explicitly)");
}

}  // namespace sakip::python
