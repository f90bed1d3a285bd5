// The SAKIP document model: every header of include/sakip/model/, and the JSON loader/saver.
#pragma once

#include <sakip/io/json.hpp>
#include <sakip/model/dokumen.hpp>
#include <sakip/model/dpa.hpp>
#include <sakip/model/iku.hpp>
#include <sakip/model/kode.hpp>
#include <sakip/model/laporan.hpp>
#include <sakip/model/nilai.hpp>
#include <sakip/model/nip.hpp>
#include <sakip/model/organisasi.hpp>
#include <sakip/model/pk.hpp>
#include <sakip/model/realisasi.hpp>
#include <sakip/model/renstra.hpp>
#include <sakip/model/rpjmd.hpp>
#include <sakip/model/ukuran.hpp>
