// IKU (Indikator Kinerja Utama): for each key indicator its formula as structured data - the kind,
// the named inputs it reads, the data source and the responsible units. The model does not
// evaluate formulas (that is the measures' job); it only guarantees the inputs are declared.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <sakip/model/describe.hpp>
#include <sakip/model/nilai.hpp>

namespace sakip {

// rasio:            pembilang / penyebut x 100
// perubahan_persen: (input(n) - input(n-1)) / input(n-1) x 100
// penurunan_persen: (input(n-1) - input(n)) / input(n-1) x 100
// jumlah:           a count (the input itself)
// nilai:            a value (the input itself)
// ekspresi:         a named custom expression over the inputs (text, evaluated by the measures)
enum class JenisRumus { rasio, perubahan_persen, penurunan_persen, jumlah, nilai, ekspresi };
std::string_view to_string(JenisRumus j) noexcept;
std::optional<JenisRumus> parse_jenis_rumus(std::string_view name) noexcept;

struct Rumus {
    JenisRumus jenis = JenisRumus::rasio;
    std::string pembilang;  // rasio: numerator input name
    std::string penyebut;   // rasio: denominator input name
    std::string input;      // perubahan_persen, penurunan_persen, jumlah, nilai
    std::string ekspresi;   // ekspresi
    // The input names the formula reads (pembilang, penyebut / input; none for ekspresi).
    std::vector<std::string> inputs() const;
    friend bool operator==(const Rumus&, const Rumus&) = default;
};

constexpr auto describe(type_tag<Rumus>) {
    return describe_struct<Rumus>(
        "rumus", "the formula of an IKU: its kind and the inputs it reads",
        field("jenis", &Rumus::jenis, Presence::required, "the kind of formula"),
        field("pembilang", &Rumus::pembilang, Presence::optional, "rasio: the numerator input", "#input_name"),
        field("penyebut", &Rumus::penyebut, Presence::optional, "rasio: the denominator input", "#input_name"),
        field("input", &Rumus::input, Presence::optional,
              "perubahan_persen, penurunan_persen, jumlah, nilai: the input", "#input_name"),
        field("ekspresi", &Rumus::ekspresi, Presence::optional, "ekspresi: the expression", "text!"));
}

struct InputIku {
    std::string nama;    // "pelayanan_sesuai_standar"
    std::string uraian;  // "Jumlah pelayanan kepada masyarakat yang dilaksanakan sesuai standar"
    std::string satuan;  // "kegiatan"
    friend bool operator==(const InputIku&, const InputIku&) = default;
};

constexpr auto describe(type_tag<InputIku>) {
    return describe_struct<InputIku>(
        "", "a named input of an IKU formula",
        field("nama", &InputIku::nama, Presence::key, "the input name (its key in iku.input)", "#input_name"),
        field("uraian", &InputIku::uraian, Presence::required, "what is counted"),
        field("satuan", &InputIku::satuan, Presence::optional, "its unit"));
}

struct PenanggungJawab {
    std::vector<std::string> unit;  // unit ids
    std::string teks;               // as printed
    friend bool operator==(const PenanggungJawab&, const PenanggungJawab&) = default;
};

constexpr auto describe(type_tag<PenanggungJawab>) {
    return describe_struct<PenanggungJawab>(
        "penanggung_jawab", "who is responsible for an IKU",
        field("unit", &PenanggungJawab::unit, Presence::optional, "the unit ids", "[#id]"),
        field("teks", &PenanggungJawab::teks, Presence::optional, "as printed"));
}

struct Iku {
    std::string indikator;  // Renstra indicator id ("S1.I1")
    std::string nama;       // the IKU table's wording, if it differs from the Renstra's
    Rumus rumus;
    std::vector<InputIku> input;         // in document order
    std::vector<Varian> rumus_tertulis;  // the formula as printed, per source
    std::string sumber_data;
    std::optional<PenanggungJawab> penanggung_jawab;
    Catatan catatan;

    const InputIku* find_input(std::string_view nama) const noexcept;
    friend bool operator==(const Iku&, const Iku&) = default;
};

constexpr auto describe(type_tag<Iku>) {
    return describe_struct<Iku>(
        "iku", "a key indicator (IKU) and its formula",
        field("indikator", &Iku::indikator, Presence::key, "the Renstra indicator id (its key in iku)", "#id"),
        field("nama", &Iku::nama, Presence::optional, "the IKU table's wording, if it differs", "text!"),
        field("rumus", &Iku::rumus, Presence::required, "the formula"),
        field("input", &Iku::input, Presence::required, "the inputs by name, in document order", "+"),
        field("rumus_tertulis", &Iku::rumus_tertulis, Presence::optional, "the formula as printed, per source"),
        field("sumber_data", &Iku::sumber_data, Presence::optional, "the data source"),
        field("penanggung_jawab", &Iku::penanggung_jawab, Presence::optional, "who is responsible"),
        catatan_field(&Iku::catatan));
}

}  // namespace sakip
