// test_measure: capaian, kategori, scales, the means and the formula language.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
