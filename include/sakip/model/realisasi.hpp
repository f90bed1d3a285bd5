// Realisasi of one indicator in one year: the raw inputs of its IKU formula (e.g. 32 of 90
// musrenbang proposals), optionally their breakdown (rincian), and/or the value where only the
// value is known (trend years).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <sakip/model/describe.hpp>
#include <sakip/model/nilai.hpp>

namespace sakip {

struct InputNilai {
    std::string nama;  // IKU input name
    Besaran nilai;
    friend bool operator==(const InputNilai&, const InputNilai&) = default;
};

constexpr auto describe(type_tag<InputNilai>) {
    return describe_struct<InputNilai>(
        "", "the recorded value of one IKU input",
        field("nama", &InputNilai::nama, Presence::key, "the IKU input name (its key)", "#input_name"),
        field("nilai", &InputNilai::nilai, Presence::value, "the value (or a \"not available\" text)",
              "#besaran_tercatat"));
}

struct Rincian {
    std::string uraian;
    Besaran jumlah;
    friend bool operator==(const Rincian&, const Rincian&) = default;
};

constexpr auto describe(type_tag<Rincian>) {
    return describe_struct<Rincian>("", "one line of the breakdown of an input",
                                    field("uraian", &Rincian::uraian, Presence::required, "what it is"),
                                    field("jumlah", &Rincian::jumlah, Presence::required, "how many"));
}

struct RincianInput {
    std::string input;  // IKU input name
    std::vector<Rincian> baris;
    friend bool operator==(const RincianInput&, const RincianInput&) = default;
};

constexpr auto describe(type_tag<RincianInput>) {
    return describe_struct<RincianInput>(
        "", "the breakdown of one IKU input",
        field("input", &RincianInput::input, Presence::key, "the IKU input name (its key)", "#input_name"),
        field("baris", &RincianInput::baris, Presence::value, "the lines"));
}

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

constexpr auto describe(type_tag<RealisasiIndikator>) {
    return describe_struct<RealisasiIndikator>(
        "realisasi_indikator", "the realisasi of one indicator in one year",
        field("indikator", &RealisasiIndikator::indikator, Presence::key, "the Renstra indicator id (its key)", "#id"),
        field("tahun", &RealisasiIndikator::tahun, Presence::implied, "its year (the key of realisasi)"),
        field("input", &RealisasiIndikator::input, Presence::optional, "the values of the IKU inputs by name"),
        field("nilai", &RealisasiIndikator::nilai, Presence::optional,
              "the value, where only the value is known (or a \"not available\" text)", "#besaran_tercatat"),
        field("rincian", &RealisasiIndikator::rincian, Presence::optional, "the breakdown of inputs by name"),
        field("sumber", &RealisasiIndikator::sumber, Presence::optional, "where it was printed"),
        catatan_field(&RealisasiIndikator::catatan));
}

}  // namespace sakip
