// Fuzzes Rupiah::parse and its allocation-free twin parse_sen: both must agree, and a
// parsed amount must survive every format style -> parse unchanged.
#include <sakip/error.hpp>
#include <sakip/rupiah.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

void check_round_trip(const sakip::Rupiah& r, const sakip::RupiahFormat& style) {
  if (!(sakip::Rupiah::parse(r.format(style)) == r)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  bool parsed_ok = false;
  sakip::Rupiah value;
  try {
    value = sakip::Rupiah::parse(text);
    parsed_ok = true;
  } catch (const sakip::error&) {
  }
  bool sen_ok = false;
  std::int64_t sen = 0;
  try {
    sen = sakip::Rupiah::parse_sen(text);
    sen_ok = true;
  } catch (const sakip::overflow_error&) {
    // parse_sen is limited to int64 sen; Rupiah::parse may still hold the value.
    if (!parsed_ok) std::abort();
    return 0;
  } catch (const sakip::error&) {
  }
  if (parsed_ok != sen_ok) std::abort();
  if (!parsed_ok) return 0;
  if (!(sakip::Rupiah::from_sen(sen) == value)) std::abort();
  check_round_trip(value, sakip::RupiahFormat::puebi());
  check_round_trip(value, sakip::RupiahFormat::dokumen());
  check_round_trip(value, sakip::RupiahFormat::canonical());
  return 0;
}
