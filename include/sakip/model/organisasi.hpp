// Organisation: the instansi (e.g. Kecamatan Kajuara under Pemerintah Kabupaten Bone), its units
// (sekretariat, sub bagian, seksi, kelurahan, ...) and its officials (pejabat).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <sakip/model/describe.hpp>
#include <sakip/model/nilai.hpp>
#include <sakip/model/nip.hpp>

namespace sakip {

// A NIP as printed (kept verbatim for saving) and its validated value.
struct NipTercetak {
    std::string text;  // "19750919 200604 1 009", "19671231 198611 1005"
    Nip nip;
    // Equal printed text.
    friend bool operator==(const NipTercetak& a, const NipTercetak& b) { return a.text == b.text; }
};

struct Unit {
    std::string id;     // "subbag_umum"
    std::string nama;   // "Sub Bagian Umum dan Kepegawaian"
    std::string jenis;  // sekretariat, subbagian, bidang, seksi, kelurahan, desa, uptd, lainnya
    std::string induk;  // id of the parent unit, "" for none
    Catatan catatan;
    friend bool operator==(const Unit&, const Unit&) = default;
};

constexpr auto describe(type_tag<Unit>) {
    return describe_struct<Unit>("unit", "a unit of the instansi",
                                 field("id", &Unit::id, Presence::key, "the unit id (its key in instansi.unit)", "#id"),
                                 field("nama", &Unit::nama, Presence::required, "the unit name as printed"),
                                 field("jenis", &Unit::jenis, Presence::required, "the kind of unit",
                                       "{\"enum\":[\"sekretariat\",\"subbagian\",\"bidang\",\"seksi\",\"kelurahan\","
                                       "\"desa\",\"uptd\",\"lainnya\"]}"),
                                 field("induk", &Unit::induk, Presence::optional, "the parent unit id", "#id"),
                                 catatan_field(&Unit::catatan));
}

struct Pejabat {
    std::string id;        // "andi_muhammad_guntur"
    std::string nama;      // "ANDI MUHAMMAD GUNTUR, S.IP., M.Si"
    std::string jabatan;   // "Camat Kajuara"
    std::string instansi;  // for officials outside the instansi ("Pemerintah Kabupaten Bone")
    std::string unit;      // unit id, "" for none
    std::string pangkat;   // "Pembina"
    std::string golongan;  // "IV/a"
    std::optional<NipTercetak> nip;
    Catatan catatan;
    friend bool operator==(const Pejabat&, const Pejabat&) = default;
};

constexpr auto describe(type_tag<Pejabat>) {
    return describe_struct<Pejabat>(
        "pejabat", "an official",
        field("id", &Pejabat::id, Presence::key, "the official id (its key in instansi.pejabat)", "#id"),
        field("nama", &Pejabat::nama, Presence::required, "the name with titles, as printed"),
        field("jabatan", &Pejabat::jabatan, Presence::required, "the position"),
        field("instansi", &Pejabat::instansi, Presence::optional, "the instansi, for officials outside this one"),
        field("unit", &Pejabat::unit, Presence::optional, "the unit id", "#id"),
        field("pangkat", &Pejabat::pangkat, Presence::optional, "the rank"),
        field("golongan", &Pejabat::golongan, Presence::optional, "the grade"),
        field("nip", &Pejabat::nip, Presence::optional, "the NIP as printed", "#nip"),
        catatan_field(&Pejabat::catatan));
}

struct Instansi {
    std::string nama;   // "Kecamatan Kajuara"
    std::string pemda;  // "Pemerintah Kabupaten Bone"
    std::string tempat;
    std::vector<Unit> unit;        // in document order
    std::vector<Pejabat> pejabat;  // in document order
    Catatan catatan;

    const Unit* find_unit(std::string_view id) const noexcept;
    const Pejabat* find_pejabat(std::string_view id) const noexcept;
    friend bool operator==(const Instansi&, const Instansi&) = default;
};

constexpr auto describe(type_tag<Instansi>) {
    return describe_struct<Instansi>(
        "instansi", "the instansi, its units and officials",
        field("nama", &Instansi::nama, Presence::required, "the instansi name"),
        field("pemda", &Instansi::pemda, Presence::required, "the pemda it belongs to"),
        field("tempat", &Instansi::tempat, Presence::optional, "its place"),
        field("unit", &Instansi::unit, Presence::optional, "its units by id, in document order"),
        field("pejabat", &Instansi::pejabat, Presence::optional, "its officials by id, in document order"),
        catatan_field(&Instansi::catatan));
}

// A signature block as printed (name, rank and NIP often differ between pages of one document).
struct TandaTangan {
    std::string bagian;   // "pernyataan", "lampiran", "kata pengantar"
    std::string label;    // "Pihak Pertama"
    std::string jabatan;  // as printed
    std::string nama;     // as printed
    std::string pangkat;  // as printed
    std::optional<NipTercetak> nip;
    std::optional<int> baris;  // line in the source text
    friend bool operator==(const TandaTangan&, const TandaTangan&) = default;
};

constexpr auto describe(type_tag<TandaTangan>) {
    return describe_struct<TandaTangan>(
        "tanda_tangan", "a signature block as printed",
        field("bagian", &TandaTangan::bagian, Presence::optional, "the part of the document it is in"),
        field("label", &TandaTangan::label, Presence::optional, "the label above it"),
        field("jabatan", &TandaTangan::jabatan, Presence::optional, "the position as printed"),
        field("nama", &TandaTangan::nama, Presence::required, "the name as printed"),
        field("pangkat", &TandaTangan::pangkat, Presence::optional, "the rank as printed"),
        field("nip", &TandaTangan::nip, Presence::optional, "the NIP as printed", "#nip"),
        field("baris", &TandaTangan::baris, Presence::optional, "its line in the source text", "int1"));
}

}  // namespace sakip
