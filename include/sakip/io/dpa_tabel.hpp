// A DPA imported from a flat table as SIPD exports it (a sheet or a CSV): rows of text cells with
// title rows above a header, then one row per urusan, program, kegiatan, sub kegiatan or rekening,
// codes of Permendagri 90/2019 or 13/2006, Indonesian amounts, a printed % column and JUMLAH /
// TOTAL rows. The rules live here once; the CSV front end (baca_dpa_csv) and the Python layer
// (sheets, DataFrames: cells converted to text there) feed the same ImporDpa.
//
// Every row is accounted for: a program / kegiatan / sub kegiatan row becomes a node of the Dpa; a
// rekening row (a 90/2019 akun code such as 5.1.02.01.01.0024, or a dotted code in a 13/2006 table)
// is summed into the node above it (the model has no rekening level): the Σ is checked against that
// node's printed pagu / realisasi (a difference is a warning and a catatan on the node) or, when the
// node prints no amount, becomes its amount with a catatan saying so; a title, header, urusan,
// total, blank or skipped row is listed in HasilImporDpa::baris with what it was. A printed % is kept
// as a printed figure (laporan angka, ukuran "serapan", ref to its node, teks as printed, sumber its
// cell), a total row's amounts as total_rencana / total_realisasi of all programs, so the audit
// checks them against the evaluation. Every problem is collected and thrown at the end as one
// impor_dpa_error listing each with its place (Sheet!D14, or file:line:column).
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <sakip/error.hpp>
#include <sakip/model/dokumen.hpp>

namespace sakip {

// The fields of a DPA table.
enum class KolomDpa { kode, uraian, pagu, realisasi, persen };
std::string_view to_string(KolomDpa k) noexcept;  // "kode", "uraian", "pagu", "realisasi", "persen"

struct NamaKolomDpa {
    KolomDpa kolom;
    std::string_view nama;  // folded: lower case, single spaces
};
// The one table of header names ("Kode", "Kode Rekening", "Uraian", "Anggaran", "Pagu",
// "Realisasi", "%", …), compared after folding ASCII case, collapsing blanks and dropping a
// trailing "(Rp)" / "(Rp.)".
std::span<const NamaKolomDpa> nama_kolom_dpa() noexcept;
std::optional<KolomDpa> kolom_dpa(std::string_view header) noexcept;

// What a row of the table was.
enum class JenisBaris {
    judul,
    header,
    nomor_kolom,
    kosong,
    urusan,
    program,
    kegiatan,
    sub_kegiatan,
    rekening,
    total,
    dilewati
};
std::string_view to_string(JenisBaris j) noexcept;  // "judul", "header", …, "dilewati"
inline constexpr std::size_t jumlah_jenis_baris = 11;

// A row that did not become a node of the Dpa (nor a rekening summed into one): title, header,
// column-number, blank, urusan, total or skipped, with what it held.
struct CatatanBaris {
    std::size_t nomor = 0;  // 1-based row (sheet) or line (CSV)
    JenisBaris jenis = JenisBaris::judul;
    std::string keterangan;  // the row's text, or why it was skipped
};

struct OpsiImporDpa {
    int tahun = 0;
    std::optional<SkemaKode> skema;  // default: the scheme of the first code
    std::string sumber;              // the sheet name ("DPA") or the file name ("dpa.csv")
    bool lembar = false;             // true: places are Sheet!D14; false: file:line:column
};

struct HasilImporDpa {
    Dpa dpa;
    std::vector<Angka> angka;                     // printed % and totals, for laporan[tahun]
    std::vector<CatatanBaris> baris;              // every row that is not a node or a rekening, in order
    std::size_t jumlah[jumlah_jenis_baris] = {};  // rows by JenisBaris
    std::vector<std::string> peringatan;          // warnings, each starting with its place
    std::size_t jumlah_baris(JenisBaris j) const noexcept { return jumlah[static_cast<std::size_t>(j)]; }
};

struct MasalahImpor {
    std::string tempat;  // "DPA!D14", "dpa.csv:17:4", or the source name for the whole table
    std::string pesan;   // Indonesian / English
    friend bool operator==(const MasalahImpor&, const MasalahImpor&) = default;
};

// Every problem of a table, in row order; what() lists them one per line ("<tempat>: <pesan>").
class impor_dpa_error : public error {
public:
    explicit impor_dpa_error(std::vector<MasalahImpor> masalah);
    const std::vector<MasalahImpor>& masalah() const noexcept { return masalah_; }

private:
    std::vector<MasalahImpor> masalah_;
};

// The rules, fed one row at a time (cells as text, an absent cell is empty).
class ImporDpa {
public:
    explicit ImporDpa(OpsiImporDpa opsi);
    ~ImporDpa();
    ImporDpa(const ImporDpa&) = delete;
    ImporDpa& operator=(const ImporDpa&) = delete;
    // `nomor`: the row's 1-based number in the source; cells[0] is the first column (A). `angka`:
    // the 0-based columns whose cell was a number in the source (a sheet), converted to text by the
    // front end: a number in the kode column is an error (it has lost the printed code).
    void baris(std::span<const std::string_view> cells, std::size_t nomor, std::span<const std::size_t> angka = {});
    // A problem found by the front end (a cell that is not text), reported with the others.
    void masalah(std::size_t nomor, std::size_t kolom, std::string pesan);
    // The result; throws impor_dpa_error listing every problem.
    HasilImporDpa selesai();
    // "DPA!D14" or "dpa.csv:14:4" for a 0-based column.
    std::string tempat(std::size_t nomor, std::size_t kolom) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// CSV text (RFC 4180 quoting, BOM, CRLF or LF, ';' or ',' as separator: the one for which a
// header row is found in the first 64 records, ';' first) into the rules.
HasilImporDpa impor_dpa_csv(std::string_view text, const OpsiImporDpa& opsi);

// A document holding `doc` with the imported DPA of its year and its printed figures (appended to
// laporan[tahun]). An existing DPA of that year is an error unless `timpa` (then it is replaced and
// the figures of an earlier import, ids "sipd.…", are removed).
Dokumen pasang_dpa(Dokumen doc, const HasilImporDpa& hasil, bool timpa);
// A new document holding only the imported DPA (instansi `instansi`, an empty Renstra of that year).
Dokumen dokumen_dpa(const HasilImporDpa& hasil, std::string instansi);

}  // namespace sakip
