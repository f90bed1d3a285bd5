// Out-of-line copies of the hot operations for bench_inline (see inline_baseline.hpp): each is the
// header-only operation compiled here, behind a call the optimiser of the caller cannot see through.
#include "inline_baseline.hpp"

namespace bench {

__attribute__((noinline)) sakip::Decimal add(const sakip::Decimal& a, const sakip::Decimal& b) { return a + b; }
__attribute__((noinline)) sakip::Decimal percent(const sakip::Decimal& part, const sakip::Decimal& whole) {
    return sakip::percent(part, whole);
}
__attribute__((noinline)) bool less(const sakip::Decimal& a, const sakip::Decimal& b) { return a < b; }

}  // namespace bench
