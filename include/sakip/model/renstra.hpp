// Renstra (Rencana Strategis) of the instansi: period, tujuan, sasaran (each under a tujuan) and
// indikator (each under a sasaran) with polaritas, kondisi awal, yearly targets, target akhir and
// the programs that support it. Ids are readable: "T1", "S1", "S1.I3".
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

struct Sasaran {
    std::string id;      // "S1"
    std::string tujuan;  // id of its tujuan
    std::string nama;
    std::vector<Varian> varian;
    Catatan catatan;
    friend bool operator==(const Sasaran&, const Sasaran&) = default;
};

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

}  // namespace sakip
