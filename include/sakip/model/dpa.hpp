// Renja / DPA (Dokumen Pelaksanaan Anggaran) of one year: program -> kegiatan -> sub kegiatan,
// identified by code, with rencana (pagu), realisasi rupiah, fisik % and the sasaran each program
// supports; and the belanja totals (tidak langsung / langsung until 2020, operasi / modal /
// tidak terduga / transfer after).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include <sakip/model/describe.hpp>
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

// The fields a program, kegiatan and sub kegiatan share, after their kode and in their order.
template <class S>
constexpr auto anggaran_fields() {
    return std::tuple{field("uraian", &S::uraian, Presence::required, "its name as printed"),
                      field("kode_lain", &S::kode_lain, Presence::optional, "the same item's code in the other scheme"),
                      field("rencana", &S::rencana, Presence::optional, "the pagu"),
                      field("realisasi", &S::realisasi, Presence::optional, "the realisasi in rupiah"),
                      field("fisik", &S::fisik, Presence::optional, "the physical progress")};
}

constexpr auto describe(type_tag<SubKegiatan>) {
    return std::apply(
        [](auto... f) { return describe_struct<SubKegiatan>("sub_kegiatan", "a sub kegiatan of a DPA", f...); },
        std::tuple_cat(
            std::tuple{field("kode", &SubKegiatan::kode, Presence::key, "the sub kegiatan code (its key)", "#kode")},
            anggaran_fields<SubKegiatan>(),
            std::tuple{field("varian", &SubKegiatan::varian, Presence::optional, "other printed wordings"),
                       catatan_field(&SubKegiatan::catatan)}));
}

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

constexpr auto describe(type_tag<Kegiatan>) {
    return std::apply(
        [](auto... f) { return describe_struct<Kegiatan>("kegiatan", "a kegiatan of a DPA", f...); },
        std::tuple_cat(
            std::tuple{field("kode", &Kegiatan::kode, Presence::key, "the kegiatan code (its key)", "#kode")},
            anggaran_fields<Kegiatan>(),
            std::tuple{field("varian", &Kegiatan::varian, Presence::optional, "other printed wordings"),
                       catatan_field(&Kegiatan::catatan),
                       field("sub_kegiatan", &Kegiatan::sub_kegiatan, Presence::optional,
                             "its sub kegiatan by code, in document order")}));
}

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

constexpr auto describe(type_tag<Program>) {
    return std::apply(
        [](auto... f) { return describe_struct<Program>("program", "a program of a DPA", f...); },
        std::tuple_cat(
            std::tuple{field("kode", &Program::kode, Presence::key, "the program code (its key)", "#kode")},
            anggaran_fields<Program>(),
            std::tuple{
                field("sasaran", &Program::sasaran, Presence::optional, "the ids of the sasaran it supports", "[#id]"),
                field("varian", &Program::varian, Presence::optional, "other printed wordings"),
                catatan_field(&Program::catatan),
                field("kegiatan", &Program::kegiatan, Presence::optional, "its kegiatan by code, in document order")}));
}

struct BelanjaPos {
    Amount rencana;
    std::optional<Amount> realisasi;
    friend bool operator==(const BelanjaPos&, const BelanjaPos&) = default;
};

constexpr auto describe(type_tag<BelanjaPos>) {
    return describe_struct<BelanjaPos>(
        "belanja_pos", "one belanja total",
        field("rencana", &BelanjaPos::rencana, Presence::required, "the planned amount"),
        field("realisasi", &BelanjaPos::realisasi, Presence::optional, "the realised amount"));
}

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

constexpr auto describe(type_tag<Belanja>) {
    return describe_struct<Belanja>(
        "belanja", "the belanja totals of a DPA",
        field("tidak_langsung", &Belanja::tidak_langsung, Presence::optional, "belanja tidak langsung (until 2020)"),
        field("langsung", &Belanja::langsung, Presence::optional, "belanja langsung (until 2020)"),
        field("operasi", &Belanja::operasi, Presence::optional, "belanja operasi (from 2021)"),
        field("modal", &Belanja::modal, Presence::optional, "belanja modal (from 2021)"),
        field("tidak_terduga", &Belanja::tidak_terduga, Presence::optional, "belanja tidak terduga (from 2021)"),
        field("transfer", &Belanja::transfer, Presence::optional, "belanja transfer (from 2021)"));
}

// Calls f(name, pos) for each belanja kind of b ("tidak_langsung" … "transfer", as in JSON), in the
// description's order: the one enumeration of the kinds. pos is the (possibly empty) optional.
template <class F>
constexpr void for_each_belanja(const Belanja& b, F&& f) {
    for_each_field<Belanja>([&](const auto& fd) { f(std::string(fd.name), fd.of(b)); });
}
template <class F>
constexpr void for_each_belanja(Belanja& b, F&& f) {
    for_each_field<Belanja>([&](const auto& fd) { f(std::string(fd.name), fd.of(b)); });
}

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

constexpr auto describe(type_tag<Dpa>) {
    return describe_struct<Dpa>(
        "dpa_tahun", "the Renja / DPA of one year",
        field("tahun", &Dpa::tahun, Presence::implied, "its year (the key of dpa)"),
        field("skema_kode", &Dpa::skema_kode, Presence::required, "the numbering scheme of its codes"),
        field("sumber", &Dpa::sumber, Presence::optional, "where it was printed"),
        field("belanja", &Dpa::belanja, Presence::optional, "the belanja totals"),
        field("program", &Dpa::program, Presence::required, "the programs by code, in document order"),
        catatan_field(&Dpa::catatan));
}

}  // namespace sakip
