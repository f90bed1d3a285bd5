// sakip: exact, traceable figures for SAKIP (Sistem Akuntabilitas Kinerja Instansi
// Pemerintah, Perpres 29/2014). This umbrella header includes every public header.
#pragma once

#include <sakip/audit/audit.hpp>
#include <sakip/decimal/decimal.hpp>
#include <sakip/decimal/format.hpp>
#include <sakip/decimal/rounding.hpp>
#include <sakip/decimal/rupiah.hpp>
#include <sakip/decimal/sen_column.hpp>
#include <sakip/decimal/terbilang.hpp>
#include <sakip/error.hpp>
#include <sakip/evaluate/evaluasi.hpp>
#include <sakip/interrupt.hpp>
#include <sakip/io/csv.hpp>
#include <sakip/io/json.hpp>
#include <sakip/kabupaten/kabupaten.hpp>
#include <sakip/kabupaten/rollup.hpp>
#include <sakip/measure.hpp>
#include <sakip/model.hpp>
#include <sakip/version.hpp>
