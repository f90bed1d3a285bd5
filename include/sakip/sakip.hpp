// sakip: exact, traceable figures for SAKIP (Sistem Akuntabilitas Kinerja Instansi
// Pemerintah, Perpres 29/2014). This umbrella header includes every public header.
#pragma once

#include <sakip/audit.hpp>
#include <sakip/batch.hpp>
#include <sakip/decimal.hpp>
#include <sakip/error.hpp>
#include <sakip/evaluate.hpp>
#include <sakip/interrupt.hpp>
#include <sakip/json.hpp>
#include <sakip/kabupaten.hpp>
#include <sakip/measure.hpp>
#include <sakip/model.hpp>
#include <sakip/rollup.hpp>
#include <sakip/rounding.hpp>
#include <sakip/rupiah.hpp>
#include <sakip/terbilang.hpp>
#include <sakip/version.hpp>
