// Realisasi of one indicator in one year: the raw inputs of its IKU formula (e.g. 32 of 90
// musrenbang proposals), optionally their breakdown (rincian), and/or the value where only the
// value is known (trend years).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <sakip/model/nilai.hpp>

namespace sakip {

struct InputNilai {
    std::string nama;  // IKU input name
    Besaran nilai;
    friend bool operator==(const InputNilai&, const InputNilai&) = default;
};

struct Rincian {
    std::string uraian;
    Besaran jumlah;
    friend bool operator==(const Rincian&, const Rincian&) = default;
};

struct RincianInput {
    std::string input;  // IKU input name
    std::vector<Rincian> baris;
    friend bool operator==(const RincianInput&, const RincianInput&) = default;
};

struct RealisasiIndikator {
    std::string indikator;  // Renstra indicator id
    int tahun = 0;
    std::vector<InputNilai> input;  // in document order
    std::optional<Besaran> nilai;
    std::vector<RincianInput> rincian;
    std::string sumber;
    Catatan catatan;

    const Besaran* find_input(std::string_view nama) const noexcept;
    friend bool operator==(const RealisasiIndikator&, const RealisasiIndikator&) = default;
};

}  // namespace sakip
