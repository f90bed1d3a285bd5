// Private helper (not installed): run independent jobs on a few threads, results in input order.
#pragma once

#include <sakip/interrupt.hpp>

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace sakip::detail {

// The number of threads for `jobs` jobs when the caller asked for `requested` (0: one per hardware
// thread). Never more threads than jobs, never fewer than one.
inline unsigned thread_count(std::size_t jobs, unsigned requested) {
    unsigned t = requested != 0 ? requested : std::max(1u, std::thread::hardware_concurrency());
    if (jobs < t) t = static_cast<unsigned>(std::max<std::size_t>(jobs, 1));
    return t;
}

// Calls fn(i) once for every i in [0, n), on up to `threads` threads (see thread_count). Each job
// writes only its own result slot, so the outcome does not depend on the schedule. If jobs throw,
// every job still runs and the exception of the lowest index is rethrown: the same error a
// sequential loop that collected all errors would report first. Each job starts at a safe point
// (check_interrupt_now), so once the user interrupts, the remaining jobs stop at once.
template <class F>
void parallel_for(std::size_t n, unsigned threads, F&& fn) {
    const unsigned t = thread_count(n, threads);
    if (t <= 1) {
        std::exception_ptr first;
        for (std::size_t i = 0; i < n; ++i) {
            try {
                check_interrupt_now();
                fn(i);
            } catch (...) {
                if (!first) first = std::current_exception();
            }
        }
        if (first) std::rethrow_exception(first);
        return;
    }
    std::vector<std::exception_ptr> errors(n);
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t i = next.fetch_add(1, std::memory_order_relaxed); i < n;
             i = next.fetch_add(1, std::memory_order_relaxed)) {
            try {
                check_interrupt_now();
                fn(i);
            } catch (...) {
                errors[i] = std::current_exception();
            }
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(t - 1);
    for (unsigned k = 1; k < t; ++k) pool.emplace_back(worker);
    worker();
    for (auto& th : pool) th.join();
    for (auto& e : errors)
        if (e) std::rethrow_exception(e);
}

}  // namespace sakip::detail
