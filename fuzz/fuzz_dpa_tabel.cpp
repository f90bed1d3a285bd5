// Fuzzes the SIPD-style DPA table import (sakip::impor_dpa_csv, which sakip.import_dpa feeds with a
// CSV file's bytes; sheets go through the same ImporDpa rules): any text either imports, and the
// document holding the result saves and loads back equal (what imports, loads: every printed
// figure's ref resolves, every code is a valid key), or throws impor_dpa_error listing at least one
// problem, each with its place in the file ("f.csv:<line>:<column>", or "f.csv" for the whole table).
// Anything else escaping, or a crash, hang or leak under ASan/UBSan, is a finding.
#include <sakip/error.hpp>
#include <sakip/io/dpa_tabel.hpp>
#include <sakip/io/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    sakip::OpsiImporDpa opsi;
    opsi.tahun = 2021;
    opsi.sumber = "f.csv";
    try {
        const sakip::HasilImporDpa h = sakip::impor_dpa_csv(text, opsi);
        std::size_t rows = 0;
        for (std::size_t n : h.jumlah) rows += n;
        if (rows < h.baris.size()) std::abort();  // every listed row is counted
        for (const auto& a : h.angka) {
            if (a.ref.rfind("/dpa/2021/program", 0) != 0) std::abort();
        }
        const sakip::Dokumen doc = sakip::dokumen_dpa(h, "X");
        if (sakip::load_json(sakip::save(doc)) != doc) std::abort();
    } catch (const sakip::impor_dpa_error& e) {
        if (e.masalah().empty()) std::abort();
        for (const auto& m : e.masalah()) {
            if (m.tempat.rfind("f.csv", 0) != 0) std::abort();
        }
    }
    return 0;
}
