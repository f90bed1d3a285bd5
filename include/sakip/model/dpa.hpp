// Renja / DPA (Dokumen Pelaksanaan Anggaran) of one year: program -> kegiatan -> sub kegiatan,
// identified by code, with rencana (pagu), realisasi rupiah, fisik % and the sasaran each program
// supports; and the belanja totals (tidak langsung / langsung until 2020, operasi / modal /
// tidak terduga / transfer after).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <sakip/model/kode.hpp>
#include <sakip/model/nilai.hpp>

namespace sakip {

struct SubKegiatan {
    Kode kode;  // "1.01.01.2.01.0001"
    std::string uraian;
    std::optional<Kode> kode_lain;  // the same item's code in the other scheme
    std::optional<Amount> rencana;
    std::optional<Amount> realisasi;
    std::optional<Besaran> fisik;
    std::vector<Varian> varian;
    Catatan catatan;
    friend bool operator==(const SubKegiatan&, const SubKegiatan&) = default;
};

struct Kegiatan {
    Kode kode;  // "0102"
    std::string uraian;
    std::optional<Kode> kode_lain;
    std::optional<Amount> rencana;
    std::optional<Amount> realisasi;
    std::optional<Besaran> fisik;
    std::vector<Varian> varian;
    Catatan catatan;
    std::vector<SubKegiatan> sub_kegiatan;  // in document order

    const SubKegiatan* find_sub_kegiatan(const Kode& kode) const noexcept;
    friend bool operator==(const Kegiatan&, const Kegiatan&) = default;
};

struct Program {
    Kode kode;  // "01"
    std::string uraian;
    std::optional<Kode> kode_lain;
    std::optional<Amount> rencana;
    std::optional<Amount> realisasi;
    std::optional<Besaran> fisik;
    std::vector<std::string> sasaran;  // ids of the sasaran it supports
    std::vector<Varian> varian;
    Catatan catatan;
    std::vector<Kegiatan> kegiatan;  // in document order

    const Kegiatan* find_kegiatan(const Kode& kode) const noexcept;
    friend bool operator==(const Program&, const Program&) = default;
};

struct BelanjaPos {
    Amount rencana;
    std::optional<Amount> realisasi;
    friend bool operator==(const BelanjaPos&, const BelanjaPos&) = default;
};

struct Belanja {
    std::optional<BelanjaPos> tidak_langsung;
    std::optional<BelanjaPos> langsung;
    std::optional<BelanjaPos> operasi;
    std::optional<BelanjaPos> modal;
    std::optional<BelanjaPos> tidak_terduga;
    std::optional<BelanjaPos> transfer;
    bool empty() const noexcept {
        return !tidak_langsung && !langsung && !operasi && !modal && !tidak_terduga && !transfer;
    }
    friend bool operator==(const Belanja&, const Belanja&) = default;
};

struct Dpa {
    int tahun = 0;
    SkemaKode skema_kode = SkemaKode::permendagri_13_2006;
    std::string sumber;
    Belanja belanja;
    std::vector<Program> program;  // in document order
    Catatan catatan;

    const Program* find_program(const Kode& kode) const noexcept;
    // The kegiatan with this code in any program (kegiatan codes are unique within a DPA).
    const Kegiatan* find_kegiatan(const Kode& kode) const noexcept;
    std::size_t jumlah_kegiatan() const noexcept;
    friend bool operator==(const Dpa&, const Dpa&) = default;
};

}  // namespace sakip
