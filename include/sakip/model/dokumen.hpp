// sakip::Dokumen: the whole SAKIP chain of ONE instansi as one sakip/1 JSON document - the
// organisation, the pemda's RPJMD, the Renstra, IKU, the DPA, PK, realisasi per year and the
// figures a report printed. A kabupaten (several instansi) is a std::vector<Dokumen>, one
// document per instansi, as the format has one "instansi" per file.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <sakip/model/dpa.hpp>
#include <sakip/model/iku.hpp>
#include <sakip/model/laporan.hpp>
#include <sakip/model/nilai.hpp>
#include <sakip/model/organisasi.hpp>
#include <sakip/model/pk.hpp>
#include <sakip/model/realisasi.hpp>
#include <sakip/model/renstra.hpp>
#include <sakip/model/rpjmd.hpp>

namespace sakip {

// What the source document is (e.g. the LKjIP 2020), who signed it, where it came from.
struct InfoDokumen {
    std::string jenis;  // "LKjIP"
    std::string judul;
    std::optional<int> tahun;
    std::string tempat;
    std::string tanggal;        // ISO date, or ""
    std::string penandatangan;  // pejabat id, or ""
    std::vector<TandaTangan> tanda_tangan;
    std::string sumber;
    Catatan catatan;
    friend bool operator==(const InfoDokumen&, const InfoDokumen&) = default;
};

struct Dokumen {
    std::string format = "sakip/1";
    std::optional<InfoDokumen> dokumen;
    Instansi instansi;
    std::optional<Rpjmd> rpjmd;
    Renstra renstra;
    std::vector<Iku> iku;                                      // in document order
    std::map<int, Dpa> dpa;                                    // by year
    std::map<int, std::vector<PerjanjianKinerja>> pk;          // by year, in document order
    std::map<int, std::vector<RealisasiIndikator>> realisasi;  // by year, in document order
    std::map<int, Laporan> laporan;                            // by year
    std::map<int, PohonKinerja> pohon_kinerja;                 // by year
    Catatan catatan;

    const Iku* find_iku(std::string_view indikator) const noexcept;
    const Dpa* find_dpa(int tahun) const noexcept;
    const Laporan* find_laporan(int tahun) const noexcept;
    const RealisasiIndikator* find_realisasi(int tahun, std::string_view indikator) const noexcept;

    // PKs of a year, and the cascade: the superior's PK (`atasan`), the direct subordinates'
    // PKs (document order), and the chain from a PK up to the top (starting with the PK itself;
    // stops at a missing or repeated id, so it terminates on any input).
    std::vector<const PerjanjianKinerja*> pk_tahun(int tahun) const;
    const PerjanjianKinerja* find_pk(int tahun, std::string_view id) const noexcept;
    const PerjanjianKinerja* atasan(const PerjanjianKinerja& pk) const noexcept;
    std::vector<const PerjanjianKinerja*> bawahan(const PerjanjianKinerja& pk) const;
    std::vector<const PerjanjianKinerja*> rantai_atasan(const PerjanjianKinerja& pk) const;
    // Every PK below `pk` (subordinates, their subordinates, ...), depth first, document order.
    std::vector<const PerjanjianKinerja*> semua_bawahan(const PerjanjianKinerja& pk) const;

    friend bool operator==(const Dokumen&, const Dokumen&) = default;
};

}  // namespace sakip
