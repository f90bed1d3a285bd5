// test_regression: replayed inputs and the kabupaten roll-up.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
