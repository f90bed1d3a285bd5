// test_audit: sakip::evaluate and sakip::audit (unit tests per rule, Kajuara values, golden file).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
