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

#include <sakip/model/describe.hpp>
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

constexpr auto describe(type_tag<InfoDokumen>) {
    return describe_struct<InfoDokumen>(
        "dokumen", "what the source document is",
        field("jenis", &InfoDokumen::jenis, Presence::required, "its kind (\"LKjIP\")"),
        field("judul", &InfoDokumen::judul, Presence::required, "its title"),
        field("tahun", &InfoDokumen::tahun, Presence::optional, "its year", "#tahun"),
        field("tempat", &InfoDokumen::tempat, Presence::optional, "where it was signed"),
        field("tanggal", &InfoDokumen::tanggal, Presence::optional, "when it was signed (ISO date)", "#tanggal"),
        field("penandatangan", &InfoDokumen::penandatangan, Presence::optional, "the pejabat id of who signed it",
              "#id"),
        field("tanda_tangan", &InfoDokumen::tanda_tangan, Presence::optional, "the signature blocks"),
        field("sumber", &InfoDokumen::sumber, Presence::optional, "where it came from"),
        catatan_field(&InfoDokumen::catatan));
}

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

constexpr auto describe(type_tag<Dokumen>) {
    return describe_struct<Dokumen>(
        "", "the SAKIP chain of one instansi",
        field("format", &Dokumen::format, Presence::required, "the format version", "{\"const\":\"sakip/1\"}"),
        field("dokumen", &Dokumen::dokumen, Presence::optional, "what the source document is"),
        field("instansi", &Dokumen::instansi, Presence::required, "the instansi"),
        field("rpjmd", &Dokumen::rpjmd, Presence::optional, "the pemda's RPJMD"),
        field("renstra", &Dokumen::renstra, Presence::required, "the Renstra"),
        field("iku", &Dokumen::iku, Presence::optional, "the IKU by indicator id"),
        field("dpa", &Dokumen::dpa, Presence::optional, "the DPA per year"),
        field("pk", &Dokumen::pk, Presence::optional, "the PKs per year, by id"),
        field("realisasi", &Dokumen::realisasi, Presence::optional, "the realisasi per year, by indicator id"),
        field("laporan", &Dokumen::laporan, Presence::optional, "the printed figures per year"),
        field("pohon_kinerja", &Dokumen::pohon_kinerja, Presence::optional, "the pohon kinerja per year"),
        catatan_field(&Dokumen::catatan));
}

}  // namespace sakip
