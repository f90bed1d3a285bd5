// Private helpers shared by the audit sources (not installed).
#pragma once

#include <sakip/audit/audit.hpp>
#include <sakip/evaluate/evaluasi.hpp>
#include <sakip/interrupt.hpp>

#include "evaluate/internal.hpp"
#include "io/json_pointer.hpp"
#include "model/index.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sakip::detail {

// evaluate() without cek_tahun: the audit evaluates the years its figures name (a trend column of a
// year with a DPA but no realisasi), which need not be years of the document (evaluate.cpp).
EvaluasiTahun evaluate_tahun(const Dokumen& doc, int tahun, const EvaluateOptions& options);

// Why a measure failed, in Indonesian (the English is the error's own what()).
inline std::string alasan_id(const error& e) {
    if (dynamic_cast<const overflow_error*>(&e) != nullptr)
        return std::string("hasil di luar batas (38 angka penting) - ") + e.what();
    if (dynamic_cast<const division_by_zero*>(&e) != nullptr) return std::string("pembagian dengan nol - ") + e.what();
    return std::string("galat perhitungan - ") + e.what();
}

}  // namespace sakip::detail

namespace sakip::audit_detail {

using detail::json_pointer_escape;  // json_pointer.hpp

// The printed figures of one laporan by what they print: (ukuran, ref, year the figure is about) to the
// figures in document order (cetakan.cpp). Built once per laporan, so that finding a figure's printed
// inputs is a look-up and not a pass over every figure of the report (which made the audit quadratic).
class IndeksCetak {
public:
    explicit IndeksCetak(const Laporan& lap);
    const std::vector<const Angka*>& find(std::string_view ukuran, std::string_view ref, int tahun) const;

private:
    std::unordered_map<std::string, std::vector<const Angka*>> by_;
};

struct Context {
    const Dokumen& doc;
    const AuditOptions& opt;
    std::vector<Finding>& out;
    detail::IndeksDokumen idx;                    // hash look-ups of the document's lists (model/index.hpp)
    std::map<int, EvaluasiTahun> def;             // default policy
    std::map<int, EvaluasiTahun> leg;             // 0/0 scored 100 %
    std::map<int, bool> report_legacy;            // the report of that year scores a 0/0 as 100 %
    std::map<int, bool> fired;                    // the default evaluation of that year left a 0/0 undefined
    std::map<const Laporan*, IndeksCetak> cetak;  // built on first use

    const EvaluasiTahun& ev(int tahun, bool legacy);
    const IndeksCetak& cetakan(const Laporan& lap);
    void add(Finding f) { out.push_back(std::move(f)); }
};

// A check that failed on the document's values (sakip::error, e.g. a sum beyond 38 significant digits):
// a finding input.incomputable at `location`; sakip::interrupted is rethrown (audit.cpp).
void tidak_terhitung(Context& ctx, const error& e, std::string location, std::string source, const std::string& what_id,
                     const std::string& what_en);
template <class F>
void aman(Context& ctx, const std::string& location, const std::string& source, const std::string& what_id,
          const std::string& what_en, F&& check) {
    try {
        check();
    } catch (const interrupted&) {
        throw;
    } catch (const error& e) {
        tidak_terhitung(ctx, e, location, source, what_id, what_en);
    }
}

void audit_laporan(Context& ctx, int tahun);  // laporan.cpp: the printed figures
void audit_dokumen(Context& ctx);             // dokumen.cpp: DPA, PK, Renstra, realisasi
void cek_cascade(Context& ctx, int tahun, const std::vector<PerjanjianKinerja>& pks);  // kaskade.cpp
void cek_pagu(Context& ctx, int tahun, const Dpa& dpa);  // pagu.cpp: negative, over pagu, realisasi missing
std::string canon_rp(const Rupiah& r);                   // dokumen.cpp: "27000000", "900500.50"
std::string pk_source(const PerjanjianKinerja& pk);      // dokumen.cpp: where a PK is printed

// ---- a printed figure and its evaluated value (laporan.cpp, baca.cpp; the rules: aturan.cpp) ----

// How a printed figure is read and shown: the model's JenisAngka (each ukuran's row says which).
using Jenis = JenisAngka;

// A printed text read as a number.
struct Bacaan {
    std::optional<Decimal> value;
    std::vector<std::string> notes;  // parse note codes ("decimal_point", "ambiguous_separator")
    std::string words;               // "(enam)" of "5 (enam)"
    bool has_note(std::string_view code) const;
};
Bacaan baca(std::string_view teks, Jenis jenis);  // baca.cpp

// An expected result: either one of the evaluation's own results (borrowed; the evaluation is cached
// in the Context and outlives the check) or a value computed for this figure (owned). Borrowing
// spares a copy of the result and its trace for each of the hundreds of figures of a report.
class Ref {
public:
    Ref() = default;
    Ref(const Ref&) = delete;
    Ref& operator=(const Ref&) = delete;
    Ref& operator=(Hasil h) {
        own_ = std::move(h);
        p_ = &*own_;
        return *this;
    }
    void borrow(const Hasil& h) {
        own_.reset();
        p_ = &h;
    }
    const Hasil& get() const { return p_ != nullptr ? *p_ : empty(); }
    const Hasil* operator->() const { return &get(); }
    // A private copy to change (copy on write).
    Hasil& edit() {
        if (!own_ || p_ != &*own_) {
            own_ = get();
            p_ = &*own_;
        }
        return *own_;
    }

private:
    static const Hasil& empty() {
        static const Hasil none;
        return none;
    }
    std::optional<Hasil> own_;
    const Hasil* p_ = nullptr;
};

// The value of a figure under the default policy and under the legacy 0/0 = 100 % one.
struct Harapan {
    Ref def;
    Ref leg;
    // The same value under both policies.
    void set(Hasil h) {
        def = std::move(h);
        leg.borrow(def.get());
    }
    std::string what_id;  // "serapan program 02"
    std::string what_en;  // "absorption of program 02"
    bool skip = true;     // nothing to compare with (set to false by a resolver that found the figure)
    // A related value the printed figure is often confused with (a year-on-year change in points for
    // the relative one, and back): a finding says so when the printed number is that value.
    std::optional<Rasional> lain;
    std::string lain_id, lain_en;  // what it is: "perubahan relatif", "the relative change"
};

// One printed figure of laporan.<tahun>.angka.
struct Figure {
    const Angka* a = nullptr;
    int tahun = 0;         // laporan year
    int tahun_angka = 0;   // the year the figure is about
    std::string location;  // /laporan/<y>/angka/<id>
    std::string source;    // "Tabel 3.3.9 (baris 1033)"
};

struct Konsistensi;  // below

// The outcome of comparing a printed number with its expected value (laporan.cpp, putusan()).
struct Putusan {
    enum class Jenis {
        tidak_ada,        // nothing to say: it matches, or there is nothing to compare with
        tak_terbaca,      // the text is not a number
        terpotong,        // truncated instead of rounded half up
        hanya_legacy,     // only the legacy 0/0 = 100 % reading explains it
        beda,             // a different value
        tak_terdefinisi,  // a number printed where the value is undefined (0/0) under every reading
        mengikuti_input,  // it follows the report's printed inputs, which differ from the raw data
        presisi           // it follows the printed inputs only up to their rounding (a more precise value)
    } jenis = Jenis::tidak_ada;
    const Hasil* use = nullptr;  // the value the finding states
    std::string extra_id, extra_en;
    std::optional<Lapisan> lapisan;   // the layer of the value compared with (else the rule's)
    const Konsistensi* kn = nullptr;  // the printed inputs' value (konsistensi.cpp), if any
};

// A printed figure's value from the report's own printed inputs (the consistency layer, konsistensi.cpp).
struct Konsistensi {
    std::optional<Rasional> nilai;        // nullopt: the report prints no inputs for it
    std::string formula;                  // how it was computed, for the trace
    std::vector<std::string> input;       // the printed inputs' locations
    std::string input_id, input_en;       // the inputs as a message names them
    std::optional<Rasional> bawah, atas;  // a capaian: the values its printed realisasi allows at its precision
    std::string presisi, presisi_en;      // "realisasi 66,7 mencakup 66,65 – 66,75"
};
Konsistensi konsistensi(Context& ctx, const Figure& f);

// The outcome of checking a printed category label (kategori figures; laporan.cpp).
struct PutusanKategori {
    enum class Jenis { tidak_ada, hanya_legacy, beda } jenis = Jenis::tidak_ada;
    bool on_scale = false;                   // the printed label is a label of the scale
    std::string printed;                     // the label as printed, trimmed
    std::string expected;                    // the label the scale gives
    std::string scale_name;                  // the scale used
    const Skala* scale = nullptr;            // it (the evaluation's)
    const EvaluasiIndikator* e = nullptr;    // the evaluation stated (default, or legacy as the report does)
    const EvaluasiIndikator* def = nullptr;  // the default evaluation of the indicator
    bool legacy_note = false;                // the legacy reading was used because the report uses it
};

struct Aturan;

// Where the expected value of each measure comes from (nullptr: a label or a year, checked by its
// rules alone), keyed by the names of the model's ukuran table (sakip/model/ukuran.hpp, which says
// how the figure is read). "jumlah_*": every measure of the prefix.
struct Ukuran {
    std::string_view nama;
    void (*harapan)(Context&, const Figure&, Harapan&);
};
// harapan.cpp: the measure `u` (nullptr: one the audit does not check), an indicator's evaluations,
// the kategori scale of a year.
const Ukuran* cari_ukuran(std::string_view u);
struct Indikatornya {
    const EvaluasiIndikator* def = nullptr;
    const EvaluasiIndikator* leg = nullptr;
    const Indikator* renstra = nullptr;
};
Indikatornya indikator_of(Context& ctx, const std::string& ref, int tahun);
const Skala& skala_of(Context& ctx, int tahun);

// What a rule's check sees: the printed figure read, its evaluated value and the verdicts.
struct Periksa {
    Context& ctx;
    const Figure& f;
    Jenis jenis;
    const Bacaan& b;
    const Harapan& h;
    const Putusan& v;
    const PutusanKategori& k;
    // Findings of the rules (laporan.cpp): the comparison stated by `v`, a note on the reading, the
    // category stated by `k`, the number in words, the year.
    void banding(const Aturan& rule) const;
    void mengikuti(const Aturan& rule) const;  // Putusan::mengikuti_input
    void presisi(const Aturan& rule) const;    // Putusan::presisi
    void catatan_baca(const Aturan& rule, std::string_view note) const;
    void kategori(const Aturan& rule) const;
    void terbilang(const Aturan& rule) const;
    void tahun(const Aturan& rule) const;
};

std::vector<std::string> split_pointer(std::string_view p);  // baca.cpp: "/a/b" -> {"a", "b"} (unescaped)
std::string trim(std::string_view s);                        // baca.cpp: without leading and trailing white space
using evaluate_detail::lower;                                // ASCII lower case (evaluate/internal.hpp)

// pagu.cpp: when the printed serapan `printed` of a DPA item (figure `f`) equals the plain mean of the
// printed serapan of its rows (kegiatan, else sub kegiatan; programs for the total), the explanation
// is appended to extra_id / extra_en and true returned.
bool rata_rata_rincian(Context& ctx, const Figure& f, const Decimal& printed, std::string& extra_id,
                       std::string& extra_en);

// Rupiah as people read it (RupiahFormat::ringkas), other numbers by format_angka, "%" for percentages.
std::string tampil(const Decimal& d, Jenis j);

}  // namespace sakip::audit_detail
