// Private forward (not installed): the measure helpers are in the header-only core.
#pragma once

#include <sakip/measure/hasil.hpp>
#include <sakip/measure/internal.hpp>
#include <sakip/measure/rasional.hpp>
