// The table of ukuran (include/sakip/model/ukuran.hpp): how each printed measure is read, what it is
// about, and the fields it takes.
#include <sakip/model/ukuran.hpp>

#include <algorithm>
#include <array>

namespace sakip {

namespace {

using J = JenisAngka;
using R = RefAngka;

constexpr unsigned satu(R r) noexcept { return static_cast<unsigned>(r); }
// An amount: what serapan, porsi, anggaran and realisasi_anggaran are about (a sasaran: its programs).
constexpr unsigned anggaran =
    R::sasaran | R::semua_program | R::program | R::kegiatan | R::sub_kegiatan | R::semua_belanja | R::belanja;
constexpr unsigned sasaran_atau_semua = R::sasaran | R::semua_indikator;

constexpr std::array<InfoUkuran, 29> table = {{
    {"target", J::besaran, satu(R::indikator)},
    {"realisasi", J::persen, satu(R::indikator)},
    {"capaian", J::persen, R::indikator | R::program | R::kegiatan},  // a program's capaian is its fisik
    {"kategori", J::label, satu(R::indikator)},
    {"rata_rata_capaian", J::persen, sasaran_atau_semua},
    {"total_capaian", J::persen, sasaran_atau_semua},
    {"efisiensi", J::persen, satu(R::sasaran)},
    {"serapan", J::persen, anggaran},
    {"porsi", J::persen, anggaran, /*terhadap*/ true},
    {"anggaran", J::rupiah, anggaran},
    {"realisasi_anggaran", J::rupiah, anggaran},
    {"total_rencana", J::rupiah, anggaran | R::baris_pk},
    {"total_realisasi", J::rupiah, anggaran | R::baris_pk},
    {"fisik", J::persen, R::semua_program | R::program},
    {"target_akhir", J::besaran, satu(R::indikator)},
    {"kondisi_awal", J::besaran, satu(R::indikator)},
    {"nilai_input", J::jumlah, satu(R::input)},
    {"jumlah_kategori", J::jumlah, sasaran_atau_semua, false, /*kategori*/ true},
    {"jumlah_indikator", J::jumlah, sasaran_atau_semua},
    {"jumlah_indikator_tercapai", J::jumlah, sasaran_atau_semua},
    {"jumlah_sasaran", J::jumlah, satu(R::semua_sasaran)},
    {"jumlah_program", J::jumlah, R::dpa | R::semua_program},
    {"jumlah_kegiatan", J::jumlah, R::dpa | R::semua_program},
    {"jumlah_sub_kegiatan", J::jumlah, R::dpa | R::semua_program | R::program | R::kegiatan},
    {"selisih_capaian", J::persen, satu(R::indikator), false, false, /*banding*/ true},
    {"selisih_realisasi", J::persen, satu(R::indikator), false, false, /*banding*/ true},
    {"perubahan_capaian", J::persen, satu(R::indikator), false, false, /*banding*/ true},
    {"perubahan_realisasi", J::persen, satu(R::indikator), false, false, /*banding*/ true},
    {"tahun", J::tahun, satu(R::tahunan)},
}};

}  // namespace

std::span<const InfoUkuran> ukuran_info() noexcept { return table; }

const InfoUkuran* find_ukuran(std::string_view nama) noexcept {
    const auto* it = std::find_if(table.begin(), table.end(), [&](const InfoUkuran& u) { return u.nama == nama; });
    return it == table.end() ? nullptr : it;
}

}  // namespace sakip
