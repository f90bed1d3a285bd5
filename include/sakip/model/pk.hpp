// Perjanjian Kinerja (performance agreement) of one year between pihak pertama (the official who
// commits) and pihak kedua (the superior): sasaran -> indikator -> target rows, and program /
// kegiatan / sub kegiatan rows with their own indikator, target and anggaran. PKs cascade: `atasan`
// names the superior's PK of the same year (Bupati <- Camat <- Sekretaris Camat <- Kasubag), and
// the Dokumen helpers walk that chain both ways.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <sakip/model/kode.hpp>
#include <sakip/model/nilai.hpp>
#include <sakip/model/organisasi.hpp>

namespace sakip {

struct Pihak {
    std::string pejabat;  // pejabat id
    std::string jabatan;  // position as stated in the PK
    std::vector<TandaTangan> tanda_tangan;
    friend bool operator==(const Pihak&, const Pihak&) = default;
};

// One indikator row under a PK sasaran: either a Renstra indicator (`indikator` id) or, for an
// indicator that is not in the Renstra, just its printed name (`nama`).
struct PkIndikator {
    std::string indikator;  // Renstra indicator id, or ""
    std::string nama;       // when not a Renstra indicator
    std::string teks;       // the wording printed in this PK, when it differs
    std::optional<Target> target;
    std::string satuan;
    Catatan catatan;
    friend bool operator==(const PkIndikator&, const PkIndikator&) = default;
};

struct PkSasaran {
    std::string sasaran;  // Renstra sasaran id
    std::string teks;     // as printed in this PK
    std::vector<PkIndikator> indikator;
    Catatan catatan;
    friend bool operator==(const PkSasaran&, const PkSasaran&) = default;
};

// A program / kegiatan / sub kegiatan row: what is funded, its indikator, target and anggaran.
struct PkBaris {
    std::optional<int> nomor;
    std::string uraian;
    std::optional<Kode> program;
    std::optional<Kode> kegiatan;
    std::optional<Kode> sub_kegiatan;
    std::string indikator;  // the row's indikator text (program/kegiatan indicators are not Renstra's)
    std::optional<Target> target;
    std::optional<Amount> anggaran;
    Catatan catatan;
    friend bool operator==(const PkBaris&, const PkBaris&) = default;
};

struct PerjanjianKinerja {
    std::string id;  // "camat", "kasi_trantibum": unique within the year
    int tahun = 0;
    std::string judul;
    std::string tempat;
    std::string tanggal;  // ISO date "2020-01-02", or ""
    Pihak pihak_pertama;
    Pihak pihak_kedua;
    std::string atasan;  // id of the superior's PK in the same year, "" at the top
    std::vector<PkSasaran> sasaran;
    std::vector<PkBaris> program;
    std::vector<PkBaris> kegiatan;
    std::vector<PkBaris> sub_kegiatan;
    std::string sumber;
    Catatan catatan;
    friend bool operator==(const PerjanjianKinerja&, const PerjanjianKinerja&) = default;
};

}  // namespace sakip
