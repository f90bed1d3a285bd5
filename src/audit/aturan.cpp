// The audit's rule registry (aturan.hpp): every rule id with its severity, the measures it applies
// to, its documentation and, for a rule on printed figures, its check over (printed figure,
// evaluated figure). Adding a rule: one entry here (and its test in tests/audit/test_rules.cpp); the
// rule table of docs/audit.md is generated from this one (audit_rules_markdown, tests/audit).
//
// The checks are small: the comparison of a printed number with the evaluation is decided once per
// figure (Putusan, laporan.cpp) and each rule reports the outcome that is its own.
#include "audit/aturan.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <stdexcept>

namespace sakip::audit_detail {

namespace {

using J = Putusan::Jenis;

void cek_beda(const Periksa& p, const Aturan& r) {
    if (p.v.jenis == J::beda) p.banding(r);
}
void cek_terpotong(const Periksa& p, const Aturan& r) {
    if (p.v.jenis == J::terpotong) p.banding(r);
}
void cek_tak_terbaca(const Periksa& p, const Aturan& r) {
    // "n/a" is not unreadable: it says the value is not available (data.tidak_tersedia).
    if (p.v.jenis == J::tak_terbaca && !p.b.has_note("tidak_tersedia")) p.banding(r);
}
void cek_tak_terdefinisi(const Periksa& p, const Aturan& r) {
    if (p.v.jenis == J::hanya_legacy || p.v.jenis == J::tak_terdefinisi) p.banding(r);
    if (p.k.jenis == PutusanKategori::Jenis::hanya_legacy) p.kategori(r);
}
void cek_catatan_baca_titik(const Periksa& p, const Aturan& r) {
    if (p.v.jenis != J::tak_terbaca && p.b.has_note("decimal_point")) p.catatan_baca(r, "decimal_point");
}
void cek_catatan_baca_ambigu(const Periksa& p, const Aturan& r) {
    if (p.v.jenis != J::tak_terbaca && p.b.has_note("ambiguous_separator")) p.catatan_baca(r, "ambiguous_separator");
}
void cek_mengikuti(const Periksa& p, const Aturan& r) {
    if (p.v.jenis == J::mengikuti_input) p.mengikuti(r);
}
void cek_presisi(const Periksa& p, const Aturan& r) {
    if (p.v.jenis == J::presisi) p.presisi(r);
}
void cek_kategori_skala(const Periksa& p, const Aturan& r) {
    if (p.k.jenis == PutusanKategori::Jenis::beda && p.k.on_scale) p.kategori(r);
}
void cek_kategori_label(const Periksa& p, const Aturan& r) {
    if (p.k.jenis == PutusanKategori::Jenis::beda && !p.k.on_scale) p.kategori(r);
}
void cek_terbilang(const Periksa& p, const Aturan& r) { p.terbilang(r); }
void cek_tahun(const Periksa& p, const Aturan& r) { p.tahun(r); }

// id, severity, error_bila, ukuran, en, id_doc, contoh, cek. Sorted by id.
const Aturan registry[] = {
    {"amount.ambiguous", Severity::warning, "",
     "realisasi capaian rata_rata_capaian total_capaian selisih_* perubahan_* efisiensi serapan porsi fisik target "
     "target_akhir kondisi_awal anggaran "
     "realisasi_anggaran total_rencana total_realisasi nilai_input jumlah_*",
     "an amount whose decimal part has three digits (27.000,000): read as decimals, probably a mistyped thousands "
     "group",
     "jumlah uang yang bagian desimalnya tiga angka (27.000,000): dibaca sebagai desimal, kemungkinan salah ketik "
     "pemisah ribuan",
     "`/laporan/2020/angka/pk.kasi_trantibum.jumlah` (Lampiran PK Kasi Ketentraman dan Ketertiban Umum (baris 1381)): "
     "angka \"27.000,000\" bermakna ganda: dibaca Rp27.000, kemungkinan salah ketik pemisah ribuan",
     cek_catatan_baca_ambigu, Lapisan::konsistensi},
    {"amount.english_grouping", Severity::info, "", "", "an amount grouped with commas (86,347,000)",
     "jumlah uang yang dikelompokkan dengan koma (86,347,000)",
     "`/pk/2020/kasi_pelayanan_umum/kegiatan/3/anggaran` (Lampiran PK (baris 1610-1685)): jumlah uang \"86,347,000\" "
     "memakai koma sebagai pemisah ribuan; dibaca Rp86.347.000",
     nullptr, Lapisan::konsistensi},
    {"amount.invalid", Severity::warning, "", "anggaran realisasi_anggaran total_rencana total_realisasi",
     "a printed amount that is not a valid amount (Rp. 27.00.000,-)",
     "jumlah uang tercetak yang bukan jumlah uang yang sah (Rp. 27.00.000,-)",
     "`/laporan/2020/angka/p20.realisasi` (Bab III 3.1.2 sasaran 2 b. prosa program (baris 983)): realisasi anggaran "
     "program 20 tercetak \"Rp. 27.00.000,-\", bukan angka yang sah; nilai seharusnya Rp27.000.000",
     cek_tak_terbaca, Lapisan::konsistensi},
    {"amount.negative", Severity::error, "", "", "a negative amount in the DPA (a pagu or realisasi below zero)",
     "jumlah uang negatif dalam DPA (pagu atau realisasi di bawah nol)",
     "none in Kajuara 2020 (see `tests/audit/test_anggaran.cpp`)"},
    {"anggaran.mismatch", Severity::error, "", "anggaran realisasi_anggaran",
     "an amount restated in another table or in prose differs from the DPA",
     "jumlah uang yang dikutip ulang di tabel lain atau di prosa berbeda dengan DPA",
     "none in Kajuara 2020 (see the unit tests in `tests/audit/test_rules.cpp`)", cek_beda},
    {"angka.ambiguous", Severity::warning, "",
     "realisasi capaian rata_rata_capaian total_capaian selisih_* perubahan_* efisiensi serapan porsi fisik target "
     "target_akhir kondisi_awal anggaran "
     "realisasi_anggaran total_rencana total_realisasi nilai_input jumlah_*",
     "a lone thousands group with no other separator (1.500, 4.434): read as thousands (1500) by the Indonesian "
     "rule, but 1.5 in English writing; also in the recorded targets, realisasi and amounts",
     "satu kelompok ribuan tanpa pemisah lain (1.500, 4.434): dibaca ribuan (1500) menurut aturan Indonesia, tetapi "
     "1,5 dalam tulisan Inggris; juga pada target, realisasi dan jumlah uang yang dicatat",
     "`/laporan/2020/angka/pd1.S1.I1.pembilang` (Bab III 3.1.2 sasaran 1 d.1 prosa (baris 819)): \"4.434\" dibaca "
     "4434 (empat ribu empat ratus tiga puluh empat); bila maksudnya 4,434 tulis 4,434",
     cek_angka_ambigu, Lapisan::konsistensi},
    {"angka.decimal_point", Severity::info, "",
     "realisasi capaian rata_rata_capaian total_capaian selisih_* perubahan_* efisiensi serapan porsi fisik target "
     "target_akhir kondisi_awal",
     "a percentage printed with '.' as decimal mark (6.84)",
     "persentase yang dicetak dengan titik sebagai tanda desimal (6.84)",
     "`/laporan/2020/angka/t241.bl.porsi` (Tabel 2.4.1 (baris 656)): porsi belanja langsung terhadap total belanja "
     "tercetak \"6.84\" dengan titik sebagai tanda desimal",
     cek_catatan_baca_titik, Lapisan::konsistensi},
    {"angka.mengikuti_input", Severity::info, "", "capaian rata_rata_capaian total_capaian",
     "a printed figure that follows the report's printed inputs, which differ from the raw data: the inputs are "
     "reported where they are, this figure only points to them",
     "angka tercetak yang sesuai dengan input tercetaknya, tetapi input itu berbeda dengan data mentah: inputnya "
     "dilaporkan di tempatnya, angka ini hanya menunjuk ke sana",
     "`/laporan/2020/angka/p331.S1.I2.capaian` (Bab III 3.1.2 sasaran 1 a. prosa (baris 774)): capaian S1.I2 "
     "tercetak 100 % sesuai dengan input tercetaknya (realisasi 94 dan target 94 (Bab III 3.1.2 sasaran 1 a. prosa)); "
     "dari data mentah 106,38 %: inputnya yang berbeda (lihat /laporan/2020/angka/p331.S1.I2.realisasi, "
     "/laporan/2020/angka/p331.S1.I2.target)",
     cek_mengikuti},
    {"angka.presisi", Severity::info, "", "capaian",
     "a printed capaian computed from a more precise value than its printed realisasi (95,24 from 66,67, printed "
     "66,7): consistent up to the input's rounding",
     "capaian tercetak yang dihitung dari nilai yang lebih teliti daripada realisasi tercetaknya (95,24 dari 66,67 "
     "yang "
     "tercetak 66,7): konsisten sampai pembulatan inputnya",
     "none in Kajuara 2020 (see the unit tests in `tests/audit/test_lapisan.cpp`)", cek_presisi, Lapisan::konsistensi},
    {"angka.unreadable", Severity::warning, "",
     "realisasi capaian rata_rata_capaian total_capaian selisih_* perubahan_* efisiensi serapan porsi fisik target "
     "target_akhir kondisi_awal nilai_input "
     "jumlah_*",
     "a printed figure that cannot be read as a number where one is expected",
     "angka tercetak yang tidak dapat dibaca sebagai bilangan padahal bilangan yang diharapkan",
     "none in Kajuara 2020 (see the unit tests in `tests/audit/test_rules.cpp`)", cek_tak_terbaca,
     Lapisan::konsistensi},
    {"budget.over_pagu", Severity::warning, "", "",
     "a DPA item (program, kegiatan, sub kegiatan, belanja kind) whose realisasi exceeds its rencana (pagu); "
     "not reported for an item whose two amounts are both summed from its rows (a row is then over its own pagu)",
     "realisasi suatu butir DPA (program, kegiatan, sub kegiatan, jenis belanja) melebihi pagunya",
     "none in Kajuara 2020 (see `tests/audit/test_anggaran.cpp`)"},
    {"budget.realisasi_missing", Severity::info, "", "",
     "realisasi belum diinput: a DPA item at the lowest level without a realisasi; the finding lists the sums "
     "and checks it leaves unknown (a parent's roll-up, its serapan, a printed parent's Σ check, the totals)",
     "realisasi belum diinput: butir DPA terbawah tanpa realisasi; temuan menyebut jumlah dan pemeriksaan yang "
     "karenanya tidak dapat dihitung",
     "none in Kajuara 2020 (see `tests/audit/test_anggaran.cpp`)"},
    {"budget.sum", Severity::error, "", "total_rencana total_realisasi",
     "a stated total differs from the sum of its rows (a DPA amount from the Σ of its kegiatan or sub kegiatan, "
     "each printed or rolled up from the level below)",
     "jumlah yang dinyatakan berbeda dengan jumlah rinciannya",
     "`/dpa/2020/belanja/langsung/rencana` (Tabel 3.3.9 (baris 1021-1064); belanja: Tabel 2.4.1 (baris 651-657) dan "
     "Bab III 3.2 (baris 1007, 1015)): belanja langsung (rencana) tertulis Rp928.038.000, padahal jumlah rinciannya "
     "Rp928.037.500 (selisih Rp500)",
     cek_beda, Lapisan::konsistensi},
    {"capaian.undefined", Severity::warning,
     "a number is printed where the value is undefined under every reading (0/0, a whole of 0)",
     "realisasi capaian rata_rata_capaian total_capaian selisih_* perubahan_* efisiensi serapan porsi fisik "
     "jumlah_indikator_tercapai jumlah_kategori "
     "kategori",
     "a figure that only the legacy 0/0 = 100 % practice explains",
     "angka yang hanya dijelaskan oleh praktik lama 0/0 = 100 %",
     "`/laporan/2020/angka/p333.S1.I2.capaian` (Bab III 3.1.2 sasaran 1 c. prosa (baris 805)): capaian S1.I2 tercetak "
     "106,38 %, hasil hitung tidak terdefinisi (0/0); angka tercetak menganggap 0/0 = 100 %",
     cek_tak_terdefinisi},
    {"data.tidak_tersedia", Severity::warning, "",
     "realisasi capaian rata_rata_capaian total_capaian selisih_* perubahan_* efisiensi serapan porsi fisik target "
     "target_akhir kondisi_awal anggaran "
     "realisasi_anggaran total_rencana total_realisasi nilai_input jumlah_*",
     "a value printed or recorded as not available (n/a, -, tidak ada data): a data gap, the value is undefined",
     "nilai yang tercetak atau dicatat tidak tersedia (n/a, -, tidak ada data): data tidak ada, nilainya tidak "
     "terdefinisi",
     "none in Kajuara 2020 (see `tests/audit/test_angka.cpp`)", cek_tidak_tersedia},
    {"input.incomputable", Severity::error, "", "",
     "a figure that cannot be computed from the inputs (a result beyond 38 significant digits, as from an IKU "
     "denominator of 1E-38): left undefined, at the input's pointer",
     "angka yang tidak dapat dihitung dari inputnya (hasil lebih dari 38 angka penting, seperti dari penyebut IKU "
     "1E-38): dibiarkan tidak terdefinisi, pada pointer inputnya",
     "none in Kajuara 2020 (see `tests/audit/test_hardening.cpp`): `/realisasi/2020/S1.I1/input`: realisasi S1.I1 2020 "
     "tidak dapat dihitung: hasil di luar batas (38 angka penting)",
     nullptr},
    {"input.mismatch", Severity::error, "", "nilai_input",
     "a raw input restated in prose differs from the recorded input",
     "input mentah yang dikutip ulang di prosa berbeda dengan input yang dicatat",
     "`/laporan/2020/angka/p332.S1.I1.input` (Bab III 3.1.2 sasaran 1 b. prosa (baris 792)): input "
     "pelayanan_sesuai_standar (S1.I1 2020) tercetak 3916, hasil hitung 4434",
     cek_beda},
    {"input.rincian_sum", Severity::error, "", "", "the breakdown of an input does not sum to it",
     "rincian suatu input tidak berjumlah sama dengan input itu",
     "none in Kajuara 2020 (see the unit tests in `tests/audit/test_rules.cpp`)", nullptr, Lapisan::konsistensi},
    {"jumlah.recomputed", Severity::error, "", "jumlah_*",
     "a printed count (indicators, categories, programs) differs from the recount",
     "hitungan tercetak (indikator, kategori, program) berbeda dengan hitungan ulang",
     "`/laporan/2020/angka/kp.iku_tercapai` (Kata Pengantar (baris 26)): jumlah indikator yang mencapai target "
     "(seluruh indikator) tercetak 4, hasil hitung 3 (0/0 dihitung 100 % seperti dalam laporan)",
     cek_beda},
    {"jumlah.terbilang", Severity::warning, "", "jumlah_*", "a count whose digits and words disagree (5 (enam))",
     "hitungan yang angka dan hurufnya tidak sama (5 (enam))",
     "`/laporan/2020/angka/kp.jumlah_iku` (Kata Pengantar (baris 26)): angka \"5 (enam)\": 5 ditulis dengan huruf "
     "\"enam\" (5 = lima)",
     cek_terbilang, Lapisan::konsistensi},
    {"kategori.label", Severity::warning, "", "kategori", "a category label that is not on the report's scale",
     "label kategori yang tidak ada pada skala laporan",
     "`/laporan/2020/angka/p331.S1.I1.kategori` (Bab III 3.1.2 sasaran 1 a. prosa (baris 774)): kategori \"Sangat "
     "Baik\" untuk indikator S1.I1 tidak ada pada skala laporan (tabel_3_1_1); capaian 103,09 % adalah \"Baik "
     "Sekali\"",
     cek_kategori_label},
    {"kategori.scale", Severity::error, "", "kategori", "a category that the scale does not give for the capaian",
     "kategori yang tidak diberikan skala untuk capaian itu",
     "`/laporan/2020/angka/p331.S1.I2.kategori` (Bab III 3.1.2 sasaran 1 a. prosa (baris 774)): indikator S1.I2 dengan "
     "capaian 106,38 % disebut \"Baik\", padahal skala laporan (tabel_3_1_1) memberi \"Baik Sekali\" (> 100 %) "
     "(0/0 dihitung 100 % seperti dalam laporan)",
     cek_kategori_skala},
    {"percent.recomputed", Severity::error, "",
     "realisasi capaian rata_rata_capaian total_capaian selisih_* perubahan_* efisiensi serapan porsi fisik",
     "a printed percentage (realisasi, capaian, average, Σ capaian, serapan, share, efficiency, year-on-year change) "
     "differs from the recomputed value",
     "persentase tercetak (realisasi, capaian, rata-rata, jumlah capaian, serapan, porsi, efisiensi, perubahan "
     "antartahun) berbeda dengan hasil hitung ulang",
     "`/laporan/2020/angka/p32.bl.porsi` (Bab III 3.2 prosa (baris 998)): porsi belanja langsung terhadap total "
     "belanja tercetak 6,84 %, hasil hitung 6,83 %",
     cek_beda},
    {"percent.truncated", Severity::warning, "",
     "realisasi capaian rata_rata_capaian total_capaian selisih_* perubahan_* efisiensi serapan porsi fisik",
     "a printed percentage truncated instead of rounded half up",
     "persentase tercetak yang dipotong, bukan dibulatkan setengah ke atas",
     "`/laporan/2020/angka/p32.btl.porsi` (Bab III 3.2 prosa (baris 997)): porsi belanja tidak langsung terhadap total "
     "belanja tercetak 93,16 %: nilai dipotong, bukan dibulatkan; seharusnya 93,17 %",
     cek_terpotong},
    {"pk.cascade_sum", Severity::warning, "", "",
     "the subordinate PKs' rows under a program (its kegiatan) or under a kegiatan (its sub kegiatan) do not sum "
     "to the superior PK's amount for it",
     "baris PK bawahan di bawah suatu program (kegiatannya) atau suatu kegiatan (sub kegiatannya) tidak berjumlah "
     "sama dengan anggarannya di PK atasan",
     "`/pk/2020/camat/program/6/anggaran` (Lampiran PK (baris 1133-1210); isi sama dengan Tabel 2.2.1 (baris "
     "615-624)): program 20 di PK camat Rp27.000.000, tetapi kegiatannya di PK bawahan berjumlah Rp27.000 (ada jumlah "
     "tercetak bermakna ganda)",
     nullptr, Lapisan::konsistensi},
    {"pk.dpa_mismatch", Severity::error, "", "", "a PK row's anggaran differs from the DPA",
     "anggaran baris PK berbeda dengan DPA",
     "`/pk/2020/camat/program/0/anggaran` (Lampiran PK (baris 1133-1210); isi sama dengan Tabel 2.2.1 (baris "
     "615-624)): PK Camat Kajuara mengalokasikan Rp212.141.000 untuk program 01 (Pelayanan Administrasi Perkantoran), "
     "DPA Rp223.188.500",
     nullptr},
    {"pk.duplicate_row", Severity::warning, "", "", "a PK table lists the same program or kegiatan twice",
     "tabel PK mencantumkan program atau kegiatan yang sama dua kali",
     "`/pk/2020/sekcam/program/6` (Lampiran PK (baris 1212-1293)): PK Sekretaris Camat: program 19 tercantum dua kali "
     "(baris 5 dan 7)",
     nullptr, Lapisan::konsistensi},
    {"pk.not_in_dpa", Severity::info, "", "", "a PK row with no program or kegiatan of the DPA",
     "baris PK tanpa program atau kegiatan DPA",
     "`/pk/2020/kasi_pelayanan_umum/kegiatan/0` (Lampiran PK (baris 1610-1685)): PK Kasi Pelayanan Umum: baris "
     "\"Pengadaan Perlengkapan Gedung Kantor\" (Rp13.000.000) tidak ada dalam DPA 2020",
     nullptr},
    {"pk.sasaran_coverage", Severity::warning, "", "", "a PK funds a program whose sasaran the PK does not cover",
     "PK mendanai program yang sasarannya tidak ditetapkan dalam PK itu",
     "`/pk/2020/sekcam/program/7` (Lampiran PK (baris 1212-1293)): PK Sekretaris Camat memuat program 20 (sasaran S2) "
     "tetapi hanya menetapkan sasaran S1",
     nullptr},
    {"pk.target_mismatch", Severity::error, "", "", "a PK target differs from the Renstra target of the year",
     "target PK berbeda dengan target Renstra tahun itu",
     "none in Kajuara 2020 (see the unit tests in `tests/audit/test_rules.cpp`)", nullptr},
    {"pk.target_satuan", Severity::warning, "", "", "a percentage indicator whose target is not a percentage",
     "indikator persentase yang targetnya bukan persentase",
     "`/pk/2020/kasi_pmd/kegiatan/0/target` (Lampiran PK (baris 1447-1525)): PK Kasi Pembangunan dan Pemberdayaan "
     "Masyarakat: indikator persentase \"Persentase pelaksanaan monitoring kegiatan di desa\" bertarget \"17 Dokumen\" "
     "(bukan persen)",
     nullptr},
    {"renstra.kondisi_awal", Severity::error, "", "kondisi_awal", "a printed kondisi awal differs from the Renstra",
     "kondisi awal tercetak berbeda dengan Renstra",
     "none in Kajuara 2020 (see the unit tests in `tests/audit/test_rules.cpp`)", cek_beda},
    {"renstra.target_akhir", Severity::error, "", "target_akhir", "a printed target akhir differs from the Renstra",
     "target akhir tercetak berbeda dengan Renstra",
     "`/laporan/2020/angka/t333.S1.I3.target_akhir` (Tabel 3.3.3 (baris 803)): target akhir S1.I3 tercetak 41,83, "
     "hasil hitung 100",
     cek_beda},
    {"skala.bawaan", Severity::info, "", "",
     "the report holds no readable scale: its kategori are judged on the default permendagri_86_2017",
     "laporan tidak memuat skala yang dapat dibaca: kategorinya dinilai dengan skala bawaan permendagri_86_2017",
     "none in Kajuara 2020 (see the unit tests in `tests/audit/test_skala.cpp`)", nullptr, Lapisan::konsistensi},
    {"skala.celah", Severity::info, "", "",
     "the report's printed scale has gaps (or shared bounds, or bounded ends) that were closed by its gap rule",
     "skala tercetak laporan bercelah (atau berbagi batas, atau ujungnya terbatas) dan ditutup dengan aturan celahnya",
     "`/laporan/2020/skala/tabel_3_1_1` (Skala Pengukuran Ordinal (Tabel 3.1.1)): skala laporan tabel_3_1_1 dibaca "
     "sebagai pita tanpa celah: celah antara 50 dan 51 (50 < x < 51) masuk Kurang (batas_atas); celah antara 65 dan 66 "
     "(65 < x < 66) masuk Cukup (batas_atas); celah antara 75 dan 76 (75 < x < 76) masuk Baik (batas_atas)",
     nullptr, Lapisan::konsistensi},
    {"skala.tidak_terbaca", Severity::warning, "", "",
     "a printed scale whose intervals cannot be read: the kategori are judged on another scale, named",
     "skala tercetak yang intervalnya tidak terbaca: kategori dinilai dengan skala lain yang disebutkan",
     "none in Kajuara 2020 (see the unit tests in `tests/audit/test_skala.cpp`)", nullptr, Lapisan::konsistensi},
    {"tahun.mismatch", Severity::warning, "", "tahun",
     "a year printed in a caption or text differs from the year of the figures",
     "tahun yang tercetak pada judul atau teks berbeda dengan tahun angkanya",
     "`/laporan/2020/angka/pd2.tahun` (Bab III 3.1.2 sasaran 1 d.2 prosa (baris 841)): tahun tercetak \"202\" pada Bab "
     "III 3.1.2 sasaran 1 d.2 prosa, padahal angkanya tahun 2020",
     cek_tahun, Lapisan::konsistensi},
    {"target.mismatch", Severity::error, "", "target",
     "a printed target differs from the target of the year (Renstra / PK)",
     "target tercetak berbeda dengan target tahun itu (Renstra / PK)",
     "`/laporan/2020/angka/p331.S1.I1.target` (Bab III 3.1.2 sasaran 1 a. prosa (baris 774)): target S1.I1 tercetak "
     "100, hasil hitung 97",
     cek_beda},
};

}  // namespace

std::vector<std::string_view> Aturan::daftar_ukuran() const {
    std::vector<std::string_view> out;
    std::string_view list = ukuran;
    while (!list.empty()) {
        const auto space = list.find(' ');
        out.push_back(list.substr(0, space));
        if (space == std::string_view::npos) break;
        list.remove_prefix(space + 1);
    }
    return out;
}

bool Aturan::berlaku(std::string_view u) const {
    std::string_view list = ukuran;  // no allocation: asked for every rule and every printed figure
    while (!list.empty()) {
        const auto space = list.find(' ');
        const std::string_view w = list.substr(0, space);
        if (w == u || (w.ends_with('*') && u.starts_with(w.substr(0, w.size() - 1)))) return true;
        if (space == std::string_view::npos) break;
        list.remove_prefix(space + 1);
    }
    return false;
}

std::span<const Aturan> daftar_aturan() noexcept { return registry; }

const Aturan& aturan(std::string_view id) {
    const auto it = std::lower_bound(std::begin(registry), std::end(registry), id,
                                     [](const Aturan& a, std::string_view x) { return a.id < x; });
    if (it == std::end(registry) || it->id != id)
        throw std::logic_error("audit rule not registered: " + std::string(id));
    return *it;
}

Finding temuan(const Aturan& rule, bool error) {
    Finding x;
    x.rule = rule.id;
    x.severity = error && !rule.error_bila.empty() ? Severity::error : rule.severity;
    x.lapisan = rule.lapisan;
    return x;
}

}  // namespace sakip::audit_detail

namespace sakip {

std::vector<AuditRule> audit_rules() {
    std::vector<AuditRule> out;
    for (const auto& r : audit_detail::daftar_aturan())
        out.push_back({r.id, r.severity, r.lapisan, r.en, r.id_doc, r.ukuran, r.error_bila, r.contoh});
    return out;
}

std::string audit_rules_markdown() {
    auto cell = [](std::string_view s) {
        std::string out;
        for (char c : s) out += c == '|' ? std::string("\\|") : std::string(1, c);
        return out;
    };
    std::string s =
        "| rule | severity | lapisan | ukuran | checks / memeriksa | example (Kajuara 2020) "
        "|\n|---|---|---|---|---|---|\n";
    for (const auto& r : audit_detail::daftar_aturan()) {
        std::string sev(to_string(r.severity));
        if (!r.error_bila.empty()) sev += "; error when " + std::string(r.error_bila);
        std::string uk;
        for (std::string_view u : r.daftar_ukuran()) uk += (uk.empty() ? "`" : ", `") + std::string(u) + "`";
        if (uk.empty()) uk = "(documents)";
        s += "| `" + std::string(r.id) + "` | " + sev + " | " + std::string(to_string(r.lapisan)) + " | " + uk + " | " +
             cell(r.en) + " / " + cell(r.id_doc) + " | " + cell(r.contoh) + " |\n";
    }
    return s;
}

std::string audit_rules_json() {
    nlohmann::ordered_json arr = nlohmann::ordered_json::array();
    for (const auto& r : audit_detail::daftar_aturan()) {
        nlohmann::ordered_json o;
        o["rule"] = r.id;
        o["severity"] = std::string(to_string(r.severity));
        o["lapisan"] = std::string(to_string(r.lapisan));
        o["error_when"] = r.error_bila;
        o["ukuran"] = nlohmann::ordered_json::array();
        for (std::string_view u : r.daftar_ukuran()) o["ukuran"].push_back(std::string(u));
        o["description"] = r.en;
        o["deskripsi"] = r.id_doc;
        o["example"] = r.contoh;
        arr.push_back(std::move(o));
    }
    return arr.dump(2) + "\n";
}

}  // namespace sakip
