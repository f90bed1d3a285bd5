// test_decimal: the exact Decimal and Rupiah, their reading, writing and rounding.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
