// Cooperative interruption of long computations: an audit of a long PK chain, a kabupaten of many
// documents, a compound rate over many years.
//
// The rule: sakip never installs signal handlers. A host (the Python binding, a GUI, a server with a
// deadline) installs one hook that answers "has the user asked to stop?"; sakip's long loops call
// check_interrupt() at safe points, which throws sakip::interrupted. Every such point is exception
// safe, so an interrupted call leaves no partial state behind. Without a hook a check costs one
// relaxed atomic load. Header-only: the hook is one inline atomic shared by every translation unit
// of a program (one per shared object that holds sakip code).
#pragma once

#include <sakip/error.hpp>

#include <atomic>
#include <cstdint>

namespace sakip {

// Thrown by check_interrupt() when the hook asked to stop.
class interrupted : public error {
public:
    interrupted();
};

// Returns true when the computation should stop. It may be called from any thread that runs sakip
// code (the kabupaten functions use several), so it must be thread-safe and must not throw.
using interrupt_hook = bool (*)() noexcept;

// Installs the hook (nullptr removes it) and returns the previous one.
interrupt_hook set_interrupt_hook(interrupt_hook hook) noexcept;

// A safe point inside a loop: asks the hook every 256th call on a thread, so the hook's cost (the
// Python hook takes the GIL) stays out of tight loops. Throws interrupted when it says stop.
void check_interrupt();

// A safe point before a step that is itself slow (each iteration of a root or of a power series):
// asks the hook at every call.
void check_interrupt_now();

// ---- definitions ----------------------------------------------------------------------------------

namespace detail {
inline std::atomic<interrupt_hook> interrupt_hook_{nullptr};
}  // namespace detail

inline interrupted::interrupted() : error("dihentikan oleh pengguna / interrupted by the user") {}

inline interrupt_hook set_interrupt_hook(interrupt_hook hook) noexcept {
    return detail::interrupt_hook_.exchange(hook);
}

inline void check_interrupt_now() {
    interrupt_hook hook = detail::interrupt_hook_.load(std::memory_order_acquire);
    if (hook != nullptr && hook()) throw interrupted();
}

inline void check_interrupt() {
    if (detail::interrupt_hook_.load(std::memory_order_relaxed) == nullptr) return;
    thread_local std::uint32_t calls = 0;
    if ((++calls & 255u) != 0) return;
    check_interrupt_now();
}

}  // namespace sakip
