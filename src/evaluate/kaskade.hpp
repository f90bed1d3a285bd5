// The PK cascade of a year (rule pk.cascade_sum; not installed): the evaluation's sums, and the terms
// of the sums the audit reports (src/evaluate/kaskade.cpp).
#pragma once

#include <sakip/evaluate/evaluasi.hpp>

#include <cstddef>
#include <vector>

namespace sakip::evaluate_detail {

// The table a PK row is in: 0 program, 1 kegiatan, 2 sub_kegiatan; its name in a JSON Pointer.
const std::vector<PkBaris>& pk_tabel(const PerjanjianKinerja& pk, int tabel);
const char* nama_pk_tabel(int tabel);

// Each PK's checked amounts and the Σ of its subordinates' rows under them (EvaluasiKaskade) into
// out.pk[i].kaskade, out.pk[i] being the evaluation of pks[i] (the PKs of `doc` in year out.tahun).
// When the PKs form a forest (the loader guarantees it) a sweep over its preorder: O(rows · log rows)
// whatever the depth; otherwise (only a document built in code) each PK's Dokumen::semua_bawahan.
void evaluate_kaskade(EvaluasiTahun& out, const Dokumen& doc, const std::vector<PerjanjianKinerja>& pks);

// A row below a PK that a cascade sum counts: its PK, table and position in the table.
struct SukuKaskade {
    const PerjanjianKinerja* pk = nullptr;
    int tabel = 0;
    std::size_t baris = 0;
};

// A cascade sum whose terms are wanted: the PK checked (index in `pks`) and its evaluated row.
struct PermintaanSuku {
    std::size_t pk = 0;
    const EvaluasiKaskade* kaskade = nullptr;
};

// The terms of each requested sum, in the order they are summed (preorder, then table, then row): the
// rows of evaluate_kaskade's Σ, each kegiatan (sub kegiatan) at its first row. Listed only on demand,
// for the rows the audit reports: the year's cascade is indexed once, O(rows · log rows), then each
// sum costs O((terms + 1) · log rows), so that many disagreeing rows on a deep chain stay cheap.
std::vector<std::vector<SukuKaskade>> suku_kaskade(const Dokumen& doc, const std::vector<PerjanjianKinerja>& pks,
                                                   const std::vector<PermintaanSuku>& diminta);

}  // namespace sakip::evaluate_detail
