// RPJMD (Rencana Pembangunan Jangka Menengah Daerah) of the pemda: visi and numbered misi, and
// which misi the instansi's programs support.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <sakip/model/describe.hpp>
#include <sakip/model/kode.hpp>
#include <sakip/model/nilai.hpp>

namespace sakip {

// A planning period in whole years, both ends included (Renstra 2018-2023).
struct Periode {
    int awal = 0;
    int akhir = 0;
    bool contains(int tahun) const noexcept { return tahun >= awal && tahun <= akhir; }
    friend bool operator==(const Periode&, const Periode&) = default;
};

constexpr auto describe(type_tag<Periode>) {
    return describe_struct<Periode>("periode", "a planning period in whole years, both ends included",
                                    field("awal", &Periode::awal, Presence::required, "the first year", "#tahun"),
                                    field("akhir", &Periode::akhir, Presence::required, "the last year", "#tahun"));
}

struct Misi {
    int nomor = 0;
    std::string teks;
    friend bool operator==(const Misi&, const Misi&) = default;
};

constexpr auto describe(type_tag<Misi>) {
    return describe_struct<Misi>("", "a numbered misi of the RPJMD",
                                 field("nomor", &Misi::nomor, Presence::required, "its number", "int1"),
                                 field("teks", &Misi::teks, Presence::required, "its text"));
}

// The programs (by code) through which the instansi supports misi number `misi`.
struct MisiDidukung {
    int misi = 0;
    std::vector<Kode> program;
    std::string sumber;
    Catatan catatan;
    friend bool operator==(const MisiDidukung&, const MisiDidukung&) = default;
};

constexpr auto describe(type_tag<MisiDidukung>) {
    return describe_struct<MisiDidukung>(
        "", "the programs through which the instansi supports a misi",
        field("misi", &MisiDidukung::misi, Presence::required, "the misi number", "int1"),
        field("program", &MisiDidukung::program, Presence::optional, "the program codes"),
        field("sumber", &MisiDidukung::sumber, Presence::optional, "where it was printed"),
        catatan_field(&MisiDidukung::catatan));
}

struct Rpjmd {
    std::string nama;
    Periode periode;
    std::string visi;
    std::vector<Misi> misi;
    std::vector<MisiDidukung> misi_didukung;
    Catatan catatan;

    const Misi* find_misi(int nomor) const noexcept;
    friend bool operator==(const Rpjmd&, const Rpjmd&) = default;
};

constexpr auto describe(type_tag<Rpjmd>) {
    return describe_struct<Rpjmd>(
        "rpjmd", "the RPJMD of the pemda", field("nama", &Rpjmd::nama, Presence::optional, "its title"),
        field("periode", &Rpjmd::periode, Presence::required, "its period"),
        field("visi", &Rpjmd::visi, Presence::required, "the visi"),
        field("misi", &Rpjmd::misi, Presence::required, "the numbered misi", "+"),
        field("misi_didukung", &Rpjmd::misi_didukung, Presence::optional, "the misi the instansi supports"),
        catatan_field(&Rpjmd::catatan));
}

}  // namespace sakip
