// The SAKIP measures: every header of include/sakip/measure/ - capaian and realisasi (with the IKU
// expression language), ordinal scales, averages, budget realisation, efficiency and trends, the
// Evaluasi AKIP score, and the capaian column kernel. Each formula's doc comment names its rule;
// docs/measures.md collects them with examples.
#pragma once

#include <sakip/measure/agregasi.hpp>
#include <sakip/measure/akip.hpp>
#include <sakip/measure/capaian.hpp>
#include <sakip/measure/capaian_column.hpp>
#include <sakip/measure/efisiensi.hpp>
#include <sakip/measure/ekspresi.hpp>
#include <sakip/measure/hasil.hpp>
#include <sakip/measure/rasional.hpp>
#include <sakip/measure/skala.hpp>
