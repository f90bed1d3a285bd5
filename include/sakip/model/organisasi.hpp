// Organisation: the instansi (e.g. Kecamatan Kajuara under Pemerintah Kabupaten Bone), its units
// (sekretariat, sub bagian, seksi, kelurahan, ...) and its officials (pejabat).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

}  // namespace sakip
