// sakip._core: pybind11 bindings for the exact decimal core. Values cross the boundary
// as strings or decimal.Decimal, never as binary floating point.
#include "common.hpp"

#include <sakip/sakip.hpp>

#include <pybind11/operators.h>
#include <pybind11/stl.h>

#include <atomic>
#include <string>
#include <vector>

namespace py = pybind11;

namespace sakip::python {

namespace {

py::object exception_type(py::module_& m, const char* name, py::handle bases, const char* doc) {
    PyObject* type = PyErr_NewExceptionWithDoc((std::string("sakip.") + name).c_str(), doc, bases.ptr(), nullptr);
    if (type == nullptr) throw py::error_already_set();
    auto obj = py::reinterpret_steal<py::object>(type);
    m.add_object(name, obj);
    return obj;
}

// Ctrl-C (and any Python signal handler that raises, e.g. SIGALRM -> TimeoutError) inside a long C++
// call. Python runs signal handlers only on its main thread: there the hook takes the GIL and runs
// them; an exception they raise is kept and the stop is published to the other threads (workers of a
// kabupaten), whose hook only reads it. The translator of sakip::interrupted raises the kept exception
// on the calling thread once every worker has stopped.
unsigned long g_main_thread = 0;  // PyThread_get_thread_ident() of threading.main_thread()
std::atomic<bool> g_stop{false};
PyObject* g_pending_type = nullptr;  // guarded by the GIL
PyObject* g_pending_value = nullptr;
PyObject* g_pending_tb = nullptr;

bool python_interrupt_hook() noexcept {
    if (g_stop.load(std::memory_order_relaxed)) return true;
    if (PyThread_get_thread_ident() != g_main_thread) return false;
    PyGILState_STATE gil = PyGILState_Ensure();
    bool stop = false;
    if (PyErr_CheckSignals() != 0) {
        Py_XDECREF(g_pending_type);
        Py_XDECREF(g_pending_value);
        Py_XDECREF(g_pending_tb);
        PyErr_Fetch(&g_pending_type, &g_pending_value, &g_pending_tb);
        g_stop.store(true, std::memory_order_relaxed);
        stop = true;
    }
    PyGILState_Release(gil);
    return stop;
}

// Raises the exception the signal handler raised (KeyboardInterrupt if none was kept) and clears the
// stop, so the next call starts afresh. Called with the GIL held.
void raise_pending_interrupt() {
    g_stop.store(false, std::memory_order_relaxed);
    if (g_pending_type != nullptr) {
        PyErr_Restore(g_pending_type, g_pending_value, g_pending_tb);
        g_pending_type = g_pending_value = g_pending_tb = nullptr;
    } else {
        PyErr_SetNone(PyExc_KeyboardInterrupt);
    }
}

void register_errors(py::module_& m) {
    static py::object error, parse_err, overflow_err, zero_div;
    error = exception_type(m, "Error", PyExc_ValueError, "Base of every sakip error; a ValueError.");
    parse_err = exception_type(
        m, "ParseError", error,
        "Text that is not a valid amount; has .text, .offset, .origin and .reason (Indonesian), .reason_en.");
    overflow_err = exception_type(m, "OverflowError", py::make_tuple(error, py::handle(PyExc_OverflowError)),
                                  "A result beyond sakip's exact range (never wraps).");
    zero_div = exception_type(m, "DivisionByZero", py::make_tuple(error, py::handle(PyExc_ZeroDivisionError)),
                              "Division by zero.");
    py::register_exception_translator([](std::exception_ptr p) {
        try {
            if (p) std::rethrow_exception(p);
        } catch (const sakip::interrupted&) {
            raise_pending_interrupt();
        } catch (const sakip::parse_error& e) {
            py::object exc = parse_err(utf8(e.what()));
            exc.attr("text") = utf8(e.text());
            exc.attr("offset") = py::int_(e.offset());
            exc.attr("origin") = e.origin().empty() ? py::object(py::none()) : py::object(utf8(e.origin()));
            exc.attr("reason") = utf8(e.reason());  // Indonesian
            exc.attr("reason_en") = utf8(e.reason_en());
            PyErr_SetObject(parse_err.ptr(), exc.ptr());
        } catch (const sakip::overflow_error& e) {
            PyErr_SetObject(overflow_err.ptr(), utf8(e.what()).ptr());
        } catch (const sakip::division_by_zero& e) {
            PyErr_SetObject(zero_div.ptr(), utf8(e.what()).ptr());
        } catch (const sakip::error& e) {
            PyErr_SetObject(error.ptr(), utf8(e.what()).ptr());
        }
    });
}

}  // namespace

}  // namespace sakip::python

PYBIND11_MODULE(_core, m) {
    m.doc() = "sakip._core: exact SAKIP arithmetic (C++ core). Use the `sakip` package.";
    m.attr("__version__") = SAKIP_VERSION_INFO;
    sakip::python::register_errors(m);
    sakip::python::g_main_thread =
        py::module_::import("threading").attr("main_thread")().attr("ident").cast<unsigned long>();
    sakip::set_interrupt_hook(&sakip::python::python_interrupt_hook);
    sakip::python::bind_decimal(m);
    sakip::python::bind_rupiah(m);
    sakip::python::bind_batch(m);
    sakip::python::bind_model(m);  // needs Error registered first
    sakip::python::bind_measure(m);
    sakip::python::bind_audit(m);  // after the model and the measures it uses
    sakip::python::bind_rollup(m);
    sakip::python::bind_kabupaten(m);
    sakip::python::bind_impor(m);
}
