// sakip::evaluate: the figures of an LKjIP (Bab III) recomputed from a document's inputs for one
// year, as plain values the audit and the reports consume.
//
//   per indikator  target of the year (Renstra, else the PKs), realisasi (from the IKU formula over
//                  the raw inputs when every input is reported, else the recorded `nilai`), capaian
//                  (sakip::capaian with the indicator's polaritas) and its kategori on a scale
//   per sasaran    arithmetic (or geometric) mean capaian of its indicators, undefined members
//                  excluded and counted; serapan of the programs supporting it; efficiency
//                  "selisih" (capaian − serapan, LKjIP practice, Tabel "5 = 3 − 4") and "rasio"
//                  (capaian ÷ serapan × 100)
//   per program    rencana, realisasi, serapan (realisasi ÷ rencana × 100) and share (porsi) of the
//   and kegiatan   belanja langsung (or of the sum of programs when the DPA states no belanja)
//   totals         Σ programs, serapan of all programs, belanja kinds, Σ belanja kinds; fisik of each
//                  program and kegiatan and the mean fisik of the programs
//   sub kegiatan   rencana, realisasi, serapan and share, like a kegiatan
//   roll-up        an item that prints no amount takes the Σ of its rows (AsalJumlah::rincian), so a
//                  DPA with amounts only on sub kegiatan (Permendagri 90/2019) has every level; a
//                  Σ over rows one of which lacks the amount is unknown, with the rows named
//   per PK         Σ anggaran of its program, kegiatan and sub kegiatan tables (the printed "Jumlah");
//                  the cascade: Σ of the subordinate PKs' rows under each program and kegiatan it allots
//   counts         indicators meeting their target, in a category (jumlah_indikator)
//
// Every budget item is addressed by the JSON Pointer the printed figures use as their `ref`
// (find_anggaran: "/dpa/2020/program/02", "/dpa/2020/program", "/dpa/2020/belanja/langsung", ...);
// the audit, the report and the bindings read these figures and compute none of their own.
//
// Every figure is a sakip::Hasil: exact value, rounded value (half up, 2 places by default),
// status and trace. Nothing is read from the report's printed figures (`laporan`).
//
// The legacy "0/0 = 100 %" practice (EvaluateOptions::policy.zero_over_zero = seratus) applies to
// a realisasi ratio whose numerator and denominator are both 0 (the Kajuara complaints indicator:
// 0 complaints received, 0 handled) as well as to capaian 0/0; the results are marked
// Status::legacy_zero_over_zero and the policy is written in the trace.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <sakip/decimal/rupiah.hpp>
#include <sakip/measure/agregasi.hpp>
#include <sakip/measure/capaian.hpp>
#include <sakip/measure/hasil.hpp>
#include <sakip/measure/skala.hpp>
#include <sakip/model/dokumen.hpp>

namespace sakip {

struct EvaluateOptions {
    CapaianPolicy policy;  // 0/0 undefined by default; zero_over_zero = seratus for the legacy practice
    // Scale for kategori: a scale (sakip::skala("permendagri_86_2017"), skala_tercetak(…), a user's
    // Skala), or nullopt: the year's report decides (skala_laporan below).
    std::optional<Skala> skala;
    MetodeRataRata metode = MetodeRataRata::aritmetik;  // sasaran / instansi averages
};

// The scale a year's kategori are on, and why (skala_laporan).
struct SkalaDipakai {
    enum class Asal {
        opsi,     // EvaluateOptions::skala / AuditOptions::skala
        laporan,  // the report's own printed scale (laporan.<y>.skala.<id>), read by skala_tercetak
        baku,     // the shipped scale the report names (laporan.<y>.skala.<id>.baku)
        bawaan,   // no usable printed scale: permendagri_86_2017, the default
    };
    Skala skala = sakip::skala("permendagri_86_2017");
    Asal asal = Asal::bawaan;
    std::string pointer;  // the printed scale used or named: "/laporan/2020/skala/tabel_3_1_1"; "" otherwise
    // Why the report's printed scale was not used (Asal::bawaan or baku with a printed scale that could not
    // be read), Indonesian and English; empty otherwise.
    std::string masalah, masalah_en;
};

// The printed breakdown (realisasi.<year>.<id>.rincian) of one recorded input: Σ of its rows, which
// the audit checks the input against (rule input.rincian_sum).
struct JumlahRincian {
    std::string input;              // the IKU input name
    std::size_t baris = 0;          // rows summed
    std::optional<Decimal> jumlah;  // nullopt beyond 38 significant digits (then a MasalahHitung)
};

struct EvaluasiIndikator {
    std::string id;       // "S1.I3"
    std::string sasaran;  // "S1"
    std::string nama;
    Polaritas polaritas = Polaritas::positif;
    std::optional<Target> target;        // of the year: Renstra, else the first PK that states one
    std::string sumber_target;           // "/renstra/indikator/S1.I3/target/2020", a PK pointer, or ""
    std::optional<Target> target_akhir;  // Renstra
    Hasil realisasi;                     // percent (or the indicator's unit)
    std::string sumber_realisasi;        // "iku" (formula over inputs), "nilai" (recorded), or ""
    Capaian capaian;
    std::optional<std::string> kategori;  // on EvaluasiTahun::skala; nullopt when capaian undefined
    std::vector<JumlahRincian> rincian;   // each recorded input with a breakdown, document order
};

// Where an evaluated amount of a budget item comes from: printed in the DPA (tercetak), or, for an
// item that prints none, the Σ of its rows (rincian: kegiatan of a program, sub kegiatan of a
// kegiatan, each printed or itself summed: amounts roll up from the lowest level that prints them);
// tidak_ada when neither (the reason in EvaluasiAnggaran::alasan_*).
enum class AsalJumlah : unsigned char { tidak_ada, tercetak, rincian };
std::string_view to_string(AsalJumlah a) noexcept;  // "tidak_ada", "tercetak", "rincian"

struct EvaluasiAnggaran {
    std::string pointer;  // "/dpa/2020/program/02"
    std::string kode;     // "02", "0224"; belanja kind name for belanja
    std::string uraian;
    std::string nama;               // how a message names it: "program 02", "belanja tidak langsung", "seluruh program"
    std::string nama_en;            // "program 02", "belanja tidak langsung", "all programs"
    std::optional<Rupiah> rencana;  // printed, else Σ of its rows (asal_rencana says which)
    std::optional<Rupiah> realisasi;  // printed, else Σ of its rows (asal_realisasi)
    AsalJumlah asal_rencana = AsalJumlah::tidak_ada, asal_realisasi = AsalJumlah::tidak_ada;
    // Why rencana / realisasi is unknown (empty when known): "not stated; Σ sub kegiatan incomplete:
    // sub kegiatan 1.01.2.01 without realisasi". A sum over rows one of which lacks the amount is
    // unknown, never a partial sum.
    std::string alasan_rencana, alasan_realisasi;
    Hasil serapan;  // realisasi ÷ rencana × 100
    Hasil porsi;    // rencana ÷ belanja langsung (or Σ programs) × 100
    Hasil fisik;    // physical progress as recorded (programs, kegiatan); Status::missing when not stated
    std::vector<EvaluasiAnggaran> sub_kegiatan;           // of a kegiatan, DPA order
    std::optional<Rupiah> jumlah_rencana_sub_kegiatan;    // Σ sub kegiatan rencana (when all are known)
    std::optional<Rupiah> jumlah_realisasi_sub_kegiatan;  // Σ sub kegiatan realisasi (when all are known)
};

struct EvaluasiProgram : EvaluasiAnggaran {
    std::vector<std::string> sasaran;
    std::vector<EvaluasiAnggaran> kegiatan;
    std::size_t jumlah_sub_kegiatan = 0;  // sub kegiatan of its kegiatan
    // Σ kegiatan rencana / realisasi, each kegiatan's printed or rolled-up amount (when all are known)
    std::optional<Rupiah> jumlah_rencana_kegiatan;
    std::optional<Rupiah> jumlah_realisasi_kegiatan;
};

struct EvaluasiSasaran {
    std::string id;
    std::string nama;
    std::vector<std::string> indikator;
    RataRata rata_rata;                // mean capaian, undefined members excluded and counted
    Hasil jumlah_capaian;              // Σ capaian (a printed "Jumlah" row), undefined members excluded
    std::vector<std::string> program;  // supporting program codes (DPA `sasaran`, else indicators' programs)
    std::optional<Rupiah> rencana;     // Σ programs (each printed or rolled up); unknown when one is
    std::optional<Rupiah> realisasi;
    Hasil serapan;
    Hasil porsi;            // Σ programs rencana ÷ belanja langsung (or Σ programs)
    Hasil efisiensi;        // selisih: rata_rata − serapan (percentage points)
    Hasil efisiensi_rasio;  // rata_rata ÷ serapan × 100
};

// A figure evaluate could not compute: a measure failed on the document's inputs (a result beyond 38
// significant digits, as from an IKU denominator of 1E-38; a geometric mean beyond its root limit). The
// figure is left undefined (Status::undefined, the reason in its trace) and the failure is recorded
// here; the audit reports each one as a finding (rule input.incomputable, docs/audit.md).
struct MasalahHitung {
    std::string pointer;     // JSON Pointer of the input: "/realisasi/2020/S1.I1/input", "/dpa/2020/program/02/rencana"
    std::string message;     // one line, Indonesian: what could not be computed and why
    std::string message_en;  // the same in English
    std::string trace;       // the inputs involved and the error of the measure

    friend bool operator==(const MasalahHitung&, const MasalahHitung&) = default;
};

// One checked amount of the PK cascade (rule pk.cascade_sum, docs/audit.md): a row of a PK that allots
// an amount to a program (level 0) or a kegiatan (level 1), and the Σ of the rows of the PKs below it
// (Dokumen::semua_bawahan: depth first, children in document order) under that program or kegiatan.
//   level 0  checked: a program-table row with a program, no kegiatan and an amount, the first of each
//            program; summed: the subordinates' rows of that program with an amount: those with a
//            kegiatan, each kegiatan once (its first row), and kegiatan and sub kegiatan rows without
//            a kegiatan code, each counted (a program row without a kegiatan restates, is not counted)
//   level 1  checked: a program- or kegiatan-table row with a kegiatan, no sub kegiatan and an amount,
//            the first of each kegiatan; summed: the subordinates' rows of that kegiatan with a sub
//            kegiatan and an amount, each sub kegiatan once (its first row)
// Only a row with at least one row below it to sum is listed. The terms of a sum are not kept (a deep
// chain would make them quadratic): the audit asks for those of a row that disagrees. A sum beyond 38
// significant digits is not a MasalahHitung: `alasan` keeps why, and the audit reports the amount as
// one it cannot check (input.incomputable at `pointer`, source the PK).
struct EvaluasiKaskade {
    int level = 0;          // 0: a program's amount against its kegiatan; 1: a kegiatan's against its sub kegiatan
    int tabel = 0;          // the checked row's table: 0 program, 1 kegiatan
    std::size_t baris = 0;  // its position in that table
    Kode kode;              // the program (level 0) or kegiatan (level 1) it allots to, as printed in the row
    std::string pointer;    // the row's amount: "/pk/2020/camat/program/0/anggaran"
    std::optional<Rupiah> jumlah;  // Σ of the subordinates' rows; nullopt when beyond 38 significant digits
    std::string alasan;            // why jumlah is unknown: "sum has more than 38 significant digits"; else ""
    std::size_t n = 0;             // rows summed (at least 1)
    std::size_t ambiguous = 0;     // of them, amounts ambiguous as printed (note ambiguous_separator)
};

// A PK of the year: the printed "Jumlah" of each of its tables (Σ anggaran of its rows, rows without one
// skipped) and its amounts checked against the PKs below it.
struct EvaluasiPk {
    std::string id;  // "camat"
    Hasil program, kegiatan, sub_kegiatan;
    std::vector<EvaluasiKaskade> kaskade;  // level 0 rows, then level 1; each by table, then row
};

struct EvaluasiTahun {
    int tahun = 0;
    SkalaDipakai skala;                        // the scale used for kategori, and why
    std::vector<EvaluasiIndikator> indikator;  // Renstra order
    std::vector<EvaluasiSasaran> sasaran;      // Renstra order
    std::vector<EvaluasiProgram> program;      // DPA order (empty without a DPA of the year)
    std::vector<EvaluasiAnggaran> belanja;     // belanja kinds stated in the DPA
    // Σ of every stated belanja kind ("/dpa/<y>/belanja") and Σ programs ("/dpa/<y>/program": the
    // totals below); absent without a DPA of the year.
    std::optional<EvaluasiAnggaran> jumlah_belanja, jumlah_program;
    std::size_t jumlah_kegiatan = 0;      // kegiatan of the DPA
    std::size_t jumlah_sub_kegiatan = 0;  // sub kegiatan of the DPA
    Hasil fisik;                          // mean fisik of the programs that state one
    std::vector<EvaluasiPk> pk;           // the PKs of the year, document order
    std::optional<Rupiah> total_rencana;  // Σ programs (each printed or rolled up); reasons: jumlah_program
    std::optional<Rupiah> total_realisasi;
    Hasil serapan;                       // Σ realisasi ÷ Σ rencana × 100 (all programs)
    RataRata rata_rata;                  // mean capaian of all indicators
    Hasil jumlah_capaian;                // Σ capaian of all indicators, undefined members excluded
    std::vector<MasalahHitung> masalah;  // figures left undefined because a measure failed; in evaluation order

    // Filled by evaluate(): each indicator's, sasaran's, program's, kegiatan's and sub kegiatan's position in
    // the lists above, so
    // that the audit's look-up per printed figure is constant time. find_* check a hit against the
    // list and otherwise search it, so a result edited after evaluate() is still answered right.
    struct Posisi {
        struct Hash {
            using is_transparent = void;
            std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
        };
        std::unordered_map<std::string, std::size_t, Hash, std::equal_to<>> indikator, sasaran, program, pk;
        // A kegiatan or sub kegiatan by its pointer: its program, its kegiatan and (none: npos) sub kegiatan.
        struct Letak {
            static constexpr std::size_t npos = static_cast<std::size_t>(-1);
            std::size_t program = 0, kegiatan = 0, sub_kegiatan = npos;
        };
        std::unordered_map<std::string, Letak, Hash, std::equal_to<>> anggaran;
        std::unordered_map<std::string, Letak, Hash, std::equal_to<>> kegiatan;  // a kegiatan by its code
    } posisi;

    const EvaluasiIndikator* find_indikator(std::string_view id) const noexcept;
    const EvaluasiSasaran* find_sasaran(std::string_view id) const noexcept;
    const EvaluasiProgram* find_program(std::string_view kode) const noexcept;
    const EvaluasiAnggaran* find_kegiatan(std::string_view kode) const noexcept;
    const EvaluasiPk* find_pk(std::string_view id) const noexcept;
    // The budget item a printed figure's `ref` names: a program, kegiatan, sub kegiatan, belanja kind,
    // "/dpa/<y>/belanja" (Σ kinds) or "/dpa/<y>/program" (Σ programs); nullptr for anything else.
    const EvaluasiAnggaran* find_anggaran(std::string_view pointer) const noexcept;
};

// The share of one budget item in another (the printed "porsi" of `bagian` in `total`):
// rencana ÷ rencana × 100 through sakip::pangsa; missing when either rencana is not stated,
// undefined when the total is 0.
Hasil porsi(const EvaluasiAnggaran& bagian, const EvaluasiAnggaran& total, const CapaianPolicy& policy = {});

// How many indicators of `ev` (all, or those of `sasaran`) with a defined capaian satisfy `pred`; the
// trace lists them and counts the undefined ones as excluded. A count the report prints
// ("jumlah_indikator_tercapai", "jumlah_kategori").
Hasil jumlah_indikator(const EvaluasiTahun& ev, std::string_view sasaran,
                       const std::function<bool(const EvaluasiIndikator&)>& pred, std::string formula);

// The figures of `tahun`. sakip::error (cek_tahun) for a year the document
// does not report; never for the document's values: a figure a measure cannot compute is undefined and
// listed in `masalah`. An interrupt (sakip::interrupted, include/sakip/interrupt.hpp) passes through.
EvaluasiTahun evaluate(const Dokumen& doc, int tahun, const EvaluateOptions& options = {});

// The years a document reports, ascending: those of its `realisasi` and its `laporan`. (A DPA, PK or
// Renstra target alone does not make a year: there is nothing achieved to evaluate or audit.)
std::vector<int> tahun_dokumen(const Dokumen& doc);

// Throws sakip::error unless `tahun` is one of tahun_dokumen(doc); the message names the year and
// lists the document's years (Indonesian / English). evaluate, audit (with a year) and audit_evaluate
// call it first.
void cek_tahun(const Dokumen& doc, int tahun);

// The scale evaluate uses for `doc` in `tahun` without EvaluateOptions::skala: the first printed scale
// of the year's laporan whose classes skala_tercetak can read (its `aturan_celah`); else the shipped scale
// a printed scale names (`baku`); else permendagri_86_2017. Never a silent choice: `asal` says which, and
// `masalah` why a printed scale was passed over (the audit reports both: rules skala.*).
SkalaDipakai skala_laporan(const Dokumen& doc, int tahun);

// Realisasi of one indicator in one year (the first half of evaluate): the IKU formula over the raw
// inputs when all are reported, else the recorded `nilai`; `sumber` receives "iku", "nilai" or "".
Hasil realisasi_indikator(const Dokumen& doc, std::string_view indikator, int tahun, const CapaianPolicy& policy = {},
                          std::string* sumber = nullptr);

}  // namespace sakip
