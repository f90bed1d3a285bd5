// The interrupt hook (include/sakip/interrupt.hpp): one atomic pointer, a per-thread call counter.
#include <sakip/interrupt.hpp>

#include <atomic>
#include <cstdint>

namespace sakip {

namespace {
std::atomic<interrupt_hook> g_hook{nullptr};
}  // namespace

interrupted::interrupted() : error("dihentikan oleh pengguna / interrupted by the user") {}

interrupt_hook set_interrupt_hook(interrupt_hook hook) noexcept { return g_hook.exchange(hook); }

void check_interrupt_now() {
    interrupt_hook hook = g_hook.load(std::memory_order_acquire);
    if (hook != nullptr && hook()) throw interrupted();
}

void check_interrupt() {
    if (g_hook.load(std::memory_order_relaxed) == nullptr) return;
    thread_local std::uint32_t calls = 0;
    if ((++calls & 255u) != 0) return;
    check_interrupt_now();
}

}  // namespace sakip
