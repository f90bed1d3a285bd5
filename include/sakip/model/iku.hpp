// IKU (Indikator Kinerja Utama): for each key indicator its formula as structured data - the kind,
// the named inputs it reads, the data source and the responsible units. The model does not
// evaluate formulas (that is the measures' job); it only guarantees the inputs are declared.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

struct InputIku {
    std::string nama;    // "pelayanan_sesuai_standar"
    std::string uraian;  // "Jumlah pelayanan kepada masyarakat yang dilaksanakan sesuai standar"
    std::string satuan;  // "kegiatan"
    friend bool operator==(const InputIku&, const InputIku&) = default;
};

struct PenanggungJawab {
    std::vector<std::string> unit;  // unit ids
    std::string teks;               // as printed
    friend bool operator==(const PenanggungJawab&, const PenanggungJawab&) = default;
};

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

}  // namespace sakip
