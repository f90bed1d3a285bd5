// Private forward (not installed): the accumulators are now in the public header-only core.
#pragma once

#include <sakip/decimal/wide_int.hpp>
