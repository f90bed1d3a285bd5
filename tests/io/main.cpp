// test_io: the readers of user tables (SIPD-style DPA sheets and CSV).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
