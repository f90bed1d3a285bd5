// Perjanjian Kinerja (performance agreement) of one year between pihak pertama (the official who
// commits) and pihak kedua (the superior): sasaran -> indikator -> target rows, and program /
// kegiatan / sub kegiatan rows with their own indikator, target and anggaran. PKs cascade: `atasan`
// names the superior's PK of the same year (Bupati <- Camat <- Sekretaris Camat <- Kasubag), and
// the Dokumen helpers walk that chain both ways.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <sakip/model/describe.hpp>
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

constexpr auto describe(type_tag<Pihak>) {
    return describe_struct<Pihak>(
        "pihak", "a party of a PK", field("pejabat", &Pihak::pejabat, Presence::required, "the pejabat id", "#id"),
        field("jabatan", &Pihak::jabatan, Presence::optional, "the position as stated in the PK"),
        field("tanda_tangan", &Pihak::tanda_tangan, Presence::optional, "the signature blocks"));
}

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

constexpr auto describe(type_tag<PkIndikator>) {
    return describe_struct<PkIndikator>(
        "pk_indikator", "an indikator row under a PK sasaran",
        field("indikator", &PkIndikator::indikator, Presence::optional, "the Renstra indicator id", "#id"),
        field("nama", &PkIndikator::nama, Presence::optional, "the name, when not a Renstra indicator", "text!"),
        field("teks", &PkIndikator::teks, Presence::optional, "the wording printed in this PK, when it differs",
              "text!"),
        field("target", &PkIndikator::target, Presence::optional, "the target"),
        field("satuan", &PkIndikator::satuan, Presence::optional, "the unit"), catatan_field(&PkIndikator::catatan));
}

struct PkSasaran {
    std::string sasaran;  // Renstra sasaran id
    std::string teks;     // as printed in this PK
    std::vector<PkIndikator> indikator;
    Catatan catatan;
    friend bool operator==(const PkSasaran&, const PkSasaran&) = default;
};

constexpr auto describe(type_tag<PkSasaran>) {
    return describe_struct<PkSasaran>(
        "pk_sasaran", "a sasaran of a PK and its indikator rows",
        field("sasaran", &PkSasaran::sasaran, Presence::required, "the Renstra sasaran id", "#id"),
        field("teks", &PkSasaran::teks, Presence::optional, "as printed in this PK", "text!"),
        field("indikator", &PkSasaran::indikator, Presence::required, "the indikator rows", "+"),
        catatan_field(&PkSasaran::catatan));
}

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

constexpr auto describe(type_tag<PkBaris>) {
    return describe_struct<PkBaris>(
        "pk_baris", "a program, kegiatan or sub kegiatan row of a PK",
        field("nomor", &PkBaris::nomor, Presence::optional, "the row number", "int1"),
        field("uraian", &PkBaris::uraian, Presence::required, "what is funded"),
        field("program", &PkBaris::program, Presence::optional, "the program code"),
        field("kegiatan", &PkBaris::kegiatan, Presence::optional, "the kegiatan code"),
        field("sub_kegiatan", &PkBaris::sub_kegiatan, Presence::optional, "the sub kegiatan code"),
        field("indikator", &PkBaris::indikator, Presence::optional, "the row's indikator text", "text!"),
        field("target", &PkBaris::target, Presence::optional, "the target"),
        field("anggaran", &PkBaris::anggaran, Presence::optional, "the anggaran"), catatan_field(&PkBaris::catatan));
}

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

constexpr auto describe(type_tag<PerjanjianKinerja>) {
    return describe_struct<PerjanjianKinerja>(
        "pk", "a Perjanjian Kinerja of one year",
        field("id", &PerjanjianKinerja::id, Presence::key, "the PK id, unique within the year (its key)", "#pk_id"),
        field("tahun", &PerjanjianKinerja::tahun, Presence::implied, "its year (the key of pk)"),
        field("judul", &PerjanjianKinerja::judul, Presence::optional, "its title"),
        field("tempat", &PerjanjianKinerja::tempat, Presence::optional, "where it was signed"),
        field("tanggal", &PerjanjianKinerja::tanggal, Presence::optional, "when it was signed (ISO date)", "#tanggal"),
        field("pihak_pertama", &PerjanjianKinerja::pihak_pertama, Presence::required, "the official who commits"),
        field("pihak_kedua", &PerjanjianKinerja::pihak_kedua, Presence::required, "the superior"),
        field("atasan", &PerjanjianKinerja::atasan, Presence::optional, "the id of the superior's PK in the same year",
              "#pk_id"),
        field("sasaran", &PerjanjianKinerja::sasaran, Presence::optional, "the sasaran rows"),
        field("program", &PerjanjianKinerja::program, Presence::optional, "the program rows"),
        field("kegiatan", &PerjanjianKinerja::kegiatan, Presence::optional, "the kegiatan rows"),
        field("sub_kegiatan", &PerjanjianKinerja::sub_kegiatan, Presence::optional, "the sub kegiatan rows"),
        field("sumber", &PerjanjianKinerja::sumber, Presence::optional, "where it was printed"),
        catatan_field(&PerjanjianKinerja::catatan));
}

}  // namespace sakip
