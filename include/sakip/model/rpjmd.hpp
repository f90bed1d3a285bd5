// RPJMD (Rencana Pembangunan Jangka Menengah Daerah) of the pemda: visi and numbered misi, and
// which misi the instansi's programs support.
#pragma once

#include <optional>
#include <string>
#include <vector>

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

struct Misi {
    int nomor = 0;
    std::string teks;
    friend bool operator==(const Misi&, const Misi&) = default;
};

// The programs (by code) through which the instansi supports misi number `misi`.
struct MisiDidukung {
    int misi = 0;
    std::vector<Kode> program;
    std::string sumber;
    Catatan catatan;
    friend bool operator==(const MisiDidukung&, const MisiDidukung&) = default;
};

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

}  // namespace sakip
