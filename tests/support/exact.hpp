// Helpers shared by the test areas: an exact Decimal from its text and a figure's text.
#pragma once

#include <sakip/decimal/decimal.hpp>
#include <sakip/measure/hasil.hpp>

#include <string>
#include <string_view>

namespace test_support {

inline sakip::Decimal D(const char* s) { return sakip::Decimal(std::string_view(s)); }
inline sakip::Decimal D(const std::string& s) { return sakip::Decimal(std::string_view(s)); }

// A figure as its exact text, "undefined" when it has no value.
inline std::string persen(const sakip::Hasil& h) { return h.value ? h.value->to_string() : "undefined"; }

}  // namespace test_support
