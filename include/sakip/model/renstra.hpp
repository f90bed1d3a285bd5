// Renstra (Rencana Strategis) of the instansi: period, tujuan, sasaran (each under a tujuan) and
// indikator (each under a sasaran) with polaritas, kondisi awal, yearly targets, target akhir and
// the programs that support it. Ids are readable: "T1", "S1", "S1.I3".
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <sakip/model/describe.hpp>
#include <sakip/model/kode.hpp>
#include <sakip/model/nilai.hpp>
#include <sakip/model/rpjmd.hpp>

namespace sakip {

// positif: higher is better; negatif: lower is better; rentang: inside a target range;
// stabil: deviation either way is bad. The measures read it to choose the capaian formula.
enum class Polaritas { positif, negatif, rentang, stabil };
std::string_view to_string(Polaritas p) noexcept;
std::optional<Polaritas> parse_polaritas(std::string_view name) noexcept;

struct Tujuan {
    std::string id;  // "T1"
    std::string nama;
    std::vector<std::string> indikator;  // ids of the tujuan's indicators
    std::vector<Varian> varian;
    Catatan catatan;
    friend bool operator==(const Tujuan&, const Tujuan&) = default;
};

constexpr auto describe(type_tag<Tujuan>) {
    return describe_struct<Tujuan>(
        "tujuan", "a Renstra tujuan", field("id", &Tujuan::id, Presence::key, "the tujuan id (\"T1\")", "#id"),
        field("nama", &Tujuan::nama, Presence::required, "its wording"),
        field("indikator", &Tujuan::indikator, Presence::optional, "the ids of the tujuan's indicators", "[#id]"),
        field("varian", &Tujuan::varian, Presence::optional, "other printed wordings"),
        catatan_field(&Tujuan::catatan));
}

struct Sasaran {
    std::string id;      // "S1"
    std::string tujuan;  // id of its tujuan
    std::string nama;
    std::vector<Varian> varian;
    Catatan catatan;
    friend bool operator==(const Sasaran&, const Sasaran&) = default;
};

constexpr auto describe(type_tag<Sasaran>) {
    return describe_struct<Sasaran>(
        "sasaran", "a Renstra sasaran", field("id", &Sasaran::id, Presence::key, "the sasaran id (\"S1\")", "#id"),
        field("tujuan", &Sasaran::tujuan, Presence::required, "the id of its tujuan", "#id"),
        field("nama", &Sasaran::nama, Presence::required, "its wording"),
        field("varian", &Sasaran::varian, Presence::optional, "other printed wordings"),
        catatan_field(&Sasaran::catatan));
}

struct Indikator {
    std::string id;       // "S1.I3"
    std::string sasaran;  // id of its sasaran
    std::string nama;
    std::string satuan;  // "Persentase"
    Polaritas polaritas = Polaritas::positif;
    std::optional<Target> kondisi_awal;
    std::map<int, Target> target;  // per year, where known
    std::optional<Target> target_akhir;
    std::vector<Kode> program;  // supporting programs
    std::vector<Varian> varian;
    Catatan catatan;

    const Target* target_tahun(int tahun) const noexcept;
    friend bool operator==(const Indikator&, const Indikator&) = default;
};

constexpr auto describe(type_tag<Indikator>) {
    return describe_struct<Indikator>(
        "indikator", "a Renstra indicator",
        field("id", &Indikator::id, Presence::key, "the indicator id (\"S1.I3\")", "#id"),
        field("sasaran", &Indikator::sasaran, Presence::required, "the id of its sasaran", "#id"),
        field("nama", &Indikator::nama, Presence::required, "its wording"),
        field("satuan", &Indikator::satuan, Presence::required, "its unit (\"Persentase\")"),
        field("polaritas", &Indikator::polaritas, Presence::required, "which direction is better"),
        field("kondisi_awal", &Indikator::kondisi_awal, Presence::optional, "the baseline"),
        field("target", &Indikator::target, Presence::optional, "the target per year"),
        field("target_akhir", &Indikator::target_akhir, Presence::optional, "the target at the end of the period"),
        field("program", &Indikator::program, Presence::optional, "the codes of the programs that support it"),
        field("varian", &Indikator::varian, Presence::optional, "other printed wordings"),
        catatan_field(&Indikator::catatan));
}

struct Renstra {
    std::string nama;
    Periode periode;
    std::vector<Tujuan> tujuan;        // in document order
    std::vector<Sasaran> sasaran;      // in document order
    std::vector<Indikator> indikator;  // in document order
    Catatan catatan;

    const Tujuan* find_tujuan(std::string_view id) const noexcept;
    const Sasaran* find_sasaran(std::string_view id) const noexcept;
    const Indikator* find_indikator(std::string_view id) const noexcept;
    // The indicators of a sasaran, in document order.
    std::vector<const Indikator*> indikator_sasaran(std::string_view sasaran_id) const;
    friend bool operator==(const Renstra&, const Renstra&) = default;
};

constexpr auto describe(type_tag<Renstra>) {
    return describe_struct<Renstra>("renstra", "the Renstra of the instansi",
                                    field("nama", &Renstra::nama, Presence::optional, "its title"),
                                    field("periode", &Renstra::periode, Presence::required, "its period"),
                                    field("tujuan", &Renstra::tujuan, Presence::required, "the tujuan by id"),
                                    field("sasaran", &Renstra::sasaran, Presence::required, "the sasaran by id"),
                                    field("indikator", &Renstra::indikator, Presence::required, "the indicators by id"),
                                    catatan_field(&Renstra::catatan));
}

}  // namespace sakip
