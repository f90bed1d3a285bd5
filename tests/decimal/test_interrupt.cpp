// The interrupt hook: check_interrupt asks the hook every 256th call, check_interrupt_now at every
// call, and both throw sakip::interrupted (a sakip::error) only when the hook says stop.
#include <sakip/interrupt.hpp>

#include <doctest/doctest.h>

#include <atomic>
#include <string>

namespace {
std::atomic<int> g_asked{0};
std::atomic<bool> g_say_stop{false};
bool counting_hook() noexcept {
    ++g_asked;
    return g_say_stop.load();
}
struct HookGuard {
    sakip::interrupt_hook previous = sakip::set_interrupt_hook(&counting_hook);
    ~HookGuard() { sakip::set_interrupt_hook(previous); }
};
}  // namespace

TEST_CASE("no hook: the checks never throw") {
    auto previous = sakip::set_interrupt_hook(nullptr);
    for (int i = 0; i < 1000; ++i) CHECK_NOTHROW(sakip::check_interrupt());
    CHECK_NOTHROW(sakip::check_interrupt_now());
    sakip::set_interrupt_hook(previous);
}

TEST_CASE("check_interrupt asks the hook once every 256 calls; check_interrupt_now every call") {
    HookGuard guard;
    g_say_stop = false;
    g_asked = 0;
    for (int i = 0; i < 256 * 4; ++i) sakip::check_interrupt();
    CHECK(g_asked.load() == 4);
    g_asked = 0;
    for (int i = 0; i < 3; ++i) sakip::check_interrupt_now();
    CHECK(g_asked.load() == 3);
}

TEST_CASE("a hook that says stop makes the next safe point throw interrupted") {
    HookGuard guard;
    g_say_stop = true;
    CHECK_THROWS_AS(sakip::check_interrupt_now(), sakip::interrupted);
    bool thrown = false;
    try {
        for (int i = 0; i < 256; ++i) sakip::check_interrupt();
    } catch (const sakip::error& e) {  // interrupted is a sakip::error with a bilingual message
        thrown = true;
        CHECK(std::string(e.what()).find("interrupted") != std::string::npos);
    }
    CHECK(thrown);
    g_say_stop = false;
}
