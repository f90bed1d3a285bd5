// sakip::audit, part 1: every printed figure of laporan.<year>.angka recomputed from the inputs.
#include "audit/internal.hpp"
#include "measure/internal.hpp"

#include <sakip/decimal/terbilang.hpp>
#include <sakip/measure/skala.hpp>

#include <algorithm>
#include <cctype>
#include <functional>

namespace sakip::audit_detail {

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string trim(std::string_view s) {
    std::size_t a = 0, b = s.size();
    while (a < b && std::isspace(static_cast<unsigned char>(s[a]))) ++a;
    while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1]))) --b;
    return std::string(s.substr(a, b - a));
}

std::vector<std::string> split_pointer(std::string_view p) {
    std::vector<std::string> out;
    if (p.empty() || p[0] != '/') return out;
    std::size_t i = 1;
    while (true) {
        auto j = p.find('/', i);
        out.emplace_back(p.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i));
        if (j == std::string_view::npos) break;
        i = j + 1;
    }
    return out;
}

// ---- reading printed texts ---------------------------------------------------------------------

struct Bacaan {
    std::optional<Decimal> value;
    std::vector<std::string> notes;  // parse note codes
    std::string words;               // "(enam)" of "5 (enam)"
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A percentage or quantity: Indonesian separators; a lone '.' followed by 1, 2 or 4+ digits and no
// ',' is read as a decimal point (noted), as in "6.84" or "108.69%".
Bacaan baca_persen(std::string_view teks) {
    Bacaan b;
    std::string t = trim(teks);
    while (!t.empty() && (t.back() == '%' || std::isspace(static_cast<unsigned char>(t.back())))) t.pop_back();
    const auto dot = t.find('.');
    if (!t.empty() && dot != std::string::npos && t.find(',') == std::string::npos &&
        t.find('.', dot + 1) == std::string::npos && t.size() - dot - 1 != 3) {
        bool ok = dot > 0 && dot + 1 < t.size();
        for (std::size_t i = 0; i < t.size() && ok; ++i)
            if (i != dot && !is_digit(t[i]) && !(i == 0 && t[i] == '-')) ok = false;
        if (ok) {
            try {
                b.value = Decimal(t);
                b.notes.emplace_back("decimal_point");
            } catch (const error&) {
                // more than 38 digits: not a readable figure (angka.unreadable)
            }
            return b;
        }
    }
    try {
        auto r = Decimal::parse_detailed(teks);
        b.value = r.value;
        for (const auto& n : r.notes) b.notes.push_back(n.code);
    } catch (const error&) {
    }
    return b;
}

// A count: digits (Indonesian grouping allowed), optionally followed by the number in words in
// parentheses: "5 (enam)".
Bacaan baca_jumlah(std::string_view teks) {
    Bacaan b;
    std::string t = trim(teks);
    std::string words;
    if (auto open = t.find('('); open != std::string::npos) {
        auto close = t.find(')', open);
        words = trim(t.substr(open + 1, close == std::string::npos ? std::string::npos : close - open - 1));
        t = trim(t.substr(0, open));
    }
    try {
        auto r = Decimal::parse_detailed(t);
        b.value = r.value;
        for (const auto& n : r.notes) b.notes.push_back(n.code);
    } catch (const error&) {
    }
    b.words = words;
    return b;
}

Bacaan baca_rupiah(std::string_view teks) {
    Bacaan b;
    try {
        auto r = Rupiah::parse_detailed(teks);
        b.value = r.value.value();
        for (const auto& n : r.notes) b.notes.push_back(n.code);
    } catch (const error&) {
    }
    return b;
}

bool has_note(const Bacaan& b, std::string_view code) {
    return std::find(b.notes.begin(), b.notes.end(), code) != b.notes.end();
}

// ---- expected values ---------------------------------------------------------------------------

enum class Jenis { persen, jumlah, rupiah, besaran };

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
    Jenis jenis = Jenis::persen;
    std::string rule = "percent.recomputed";
    bool allow_truncated = true;
    bool skip = false;  // nothing to recompute against
};

Hasil hasil_dari(const Rasional& v, std::string formula, std::string rule = {}) {
    Hasil h;
    h.trace.formula = std::move(formula);
    h.trace.rule = std::move(rule);
    h.exact = v;
    h.value = v.round(2);
    h.status = Status::ok;
    return h;
}

Hasil tidak_ada(std::string reason) {
    Hasil h;
    h.status = Status::missing;
    h.trace.reason = std::move(reason);
    return h;
}

Hasil persen_rupiah(const std::optional<Rupiah>& part, const std::optional<Rupiah>& whole, const std::string& formula,
                    const char* pn, const char* wn) {
    Hasil h;
    h.trace.formula = formula;
    if (part) h.trace.input(pn, Rasional(part->value()));
    if (whole) h.trace.input(wn, Rasional(whole->value()));
    if (!part || !whole) {
        h.status = Status::missing;
        h.trace.reason = std::string(!part ? pn : wn) + " not stated";
    } else if (whole->is_zero()) {
        h.status = Status::undefined;
        h.trace.reason = std::string(wn) + " is 0";
    } else {
        h.exact = detail::persen_dari(Rasional(part->value()), Rasional(whole->value()));  // the measures' a/b×100
        h.value = h.exact->round(2);
        h.status = Status::ok;
    }
    return h;
}

bool same_value(const Hasil& a, const Hasil& b) {
    if (a.exact.has_value() != b.exact.has_value()) return false;
    return !a.exact || *a.exact == *b.exact;
}

enum class Cocok { sama, terpotong, beda };

Cocok cocok(const Decimal& printed, const Rasional& exact, bool allow_truncated) {
    const int p = std::max(printed.scale(), 0);
    if (exact.round(p, Rounding::half_up) == printed) return Cocok::sama;
    if (allow_truncated && exact.round(p, Rounding::down) == printed) return Cocok::terpotong;
    return Cocok::beda;
}

// Budget figures of a pointer: rencana and realisasi of a program, kegiatan, sub kegiatan, belanja
// kind, all belanja (Σ kinds), all programs (Σ programs) or a sasaran (Σ its programs).
struct Anggaran {
    bool resolved = false;
    std::optional<Rupiah> rencana;
    std::optional<Rupiah> realisasi;
    std::string nama_id;  // "program 02"
    std::string nama_en;
    std::string rencana_formula;  // how the rencana was obtained ("Σ 10 program")
};

Anggaran anggaran_of(Context& ctx, const std::string& ref, int tahun) {
    Anggaran a;
    const auto seg = split_pointer(ref);
    if (seg.size() >= 3 && seg[0] == "renstra" && seg[1] == "sasaran") {
        const EvaluasiTahun& ev = ctx.ev(tahun, false);
        const EvaluasiSasaran* s = ev.find_sasaran(seg[2]);
        if (s == nullptr) return a;
        a.resolved = true;
        a.rencana = s->rencana;
        a.realisasi = s->realisasi;
        a.nama_id = "sasaran " + s->id;
        a.nama_en = "sasaran " + s->id;
        std::string list;
        for (const auto& p : s->program) list += (list.empty() ? "" : ", ") + p;
        a.rencana_formula = "Σ program " + list;
        return a;
    }
    if (seg.size() < 2 || seg[0] != "dpa") return a;
    int y = 0;
    try {
        y = std::stoi(seg[1]);
    } catch (const std::exception&) {
        return a;
    }
    const Dpa* dpa = ctx.doc.find_dpa(y);
    if (dpa == nullptr) return a;
    const EvaluasiTahun& ev = ctx.ev(y, false);
    if (seg.size() == 3 && seg[2] == "program") {
        a.resolved = true;
        a.rencana = ev.total_rencana;
        a.realisasi = ev.total_realisasi;
        a.nama_id = "seluruh program";
        a.nama_en = "all programs";
        a.rencana_formula = "Σ " + std::to_string(dpa->program.size()) + " program";
        return a;
    }
    if (seg.size() == 3 && seg[2] == "belanja") {
        a.resolved = !ev.belanja.empty();
        Rupiah r, z;
        bool hz = true;
        for (const auto& b : ev.belanja) {
            if (b.rencana) r += *b.rencana;
            if (b.realisasi)
                z += *b.realisasi;
            else
                hz = false;
        }
        a.rencana = r;
        if (hz) a.realisasi = z;
        a.nama_id = "total belanja";
        a.nama_en = "total spending";
        a.rencana_formula = "Σ jenis belanja";
        return a;
    }
    if (seg.size() == 4 && seg[2] == "belanja") {
        for (const auto& b : ev.belanja)
            if (b.kode == seg[3]) {
                a.resolved = true;
                a.rencana = b.rencana;
                a.realisasi = b.realisasi;
                std::string nm = seg[3];
                std::replace(nm.begin(), nm.end(), '_', ' ');
                a.nama_id = "belanja " + nm;
                a.nama_en = "belanja " + nm;
            }
        return a;
    }
    if (seg.size() >= 4 && seg[2] == "program") {
        const EvaluasiProgram* p = ev.find_program(seg[3]);
        if (p == nullptr) return a;
        if (seg.size() == 4) {
            a.resolved = true;
            a.rencana = p->rencana;
            a.realisasi = p->realisasi;
            a.nama_id = "program " + p->kode;
            a.nama_en = "program " + p->kode;
            return a;
        }
        if (seg.size() >= 6 && seg[4] == "kegiatan") {
            for (const auto& k : p->kegiatan)
                if (k.kode == seg[5]) {
                    if (seg.size() == 6) {
                        a.resolved = true;
                        a.rencana = k.rencana;
                        a.realisasi = k.realisasi;
                        a.nama_id = "kegiatan " + k.kode;
                        a.nama_en = "kegiatan " + k.kode;
                        return a;
                    }
                    if (seg.size() == 8 && seg[6] == "sub_kegiatan") {
                        const Program* dp = dpa->find_program(Kode::parse(seg[3]));
                        const Kegiatan* dk = dp != nullptr ? dp->find_kegiatan(Kode::parse(seg[5])) : nullptr;
                        const SubKegiatan* ds = dk != nullptr ? dk->find_sub_kegiatan(Kode::parse(seg[7])) : nullptr;
                        if (ds == nullptr) return a;
                        a.resolved = true;
                        if (ds->rencana) a.rencana = ds->rencana->value;
                        if (ds->realisasi) a.realisasi = ds->realisasi->value;
                        a.nama_id = "sub kegiatan " + seg[7];
                        a.nama_en = "sub kegiatan " + seg[7];
                        return a;
                    }
                }
        }
    }
    return a;
}

std::string trace_text(const Hasil& h) {
    std::string s;
    if (!h.trace.formula.empty()) s += h.trace.formula;
    if (!h.trace.inputs.empty()) {
        s += s.empty() ? "" : "; ";
        bool first = true;
        for (const auto& [name, v] : h.trace.inputs) {
            s += (first ? "" : ", ") + name + " = " + v.to_string();
            first = false;
        }
    }
    if (h.exact) s += (s.empty() ? "" : "; ") + std::string("exact ") + h.exact->to_string();
    if (!h.trace.policy.empty()) {
        s += (s.empty() ? "" : "; ") + std::string("policy ");
        for (std::size_t i = 0; i < h.trace.policy.size(); ++i) s += (i ? ", " : "") + h.trace.policy[i];
    }
    if (!h.trace.reason.empty()) s += (s.empty() ? "" : "; ") + h.trace.reason;
    if (!h.trace.rule.empty()) s += (s.empty() ? "" : "; ") + std::string("rule: ") + h.trace.rule;
    return s;
}

// ---- the figure context ------------------------------------------------------------------------

struct Figure {
    const Angka* a = nullptr;
    int tahun = 0;         // laporan year
    int tahun_angka = 0;   // the year the figure is about
    std::string location;  // /laporan/<y>/angka/<id>
    std::string source;    // "Tabel 3.3.9 (baris 1033)"
};

Finding base(const Figure& f, std::string rule, Severity sev) {
    Finding x;
    x.rule = std::move(rule);
    x.severity = sev;
    x.location = f.location;
    x.source = f.source;
    x.reported = f.a->teks;
    return x;
}

std::string fmt_value(const Decimal& d, Jenis j) {
    if (j == Jenis::rupiah) return Rupiah(d).format(RupiahFormat::ringkas());  // -Rp1.234 (PUEBI)
    return id_text(d) + (j == Jenis::persen ? " %" : "");
}

// Rounded expected value for messages and the `expected` field.
Decimal rounded(const Rasional& r, int printed_places, Jenis j, bool truncation_finding) {
    if (j == Jenis::rupiah) return r.is_integer() ? r.round(0) : r.round(2);
    if (j == Jenis::jumlah || j == Jenis::besaran) {
        if (r.is_integer()) return r.round(0);
        if (j == Jenis::besaran) return r.round(std::max(printed_places, 2));
        return r.round(2);
    }
    if (truncation_finding) return r.round(printed_places);
    if (r.is_integer() && printed_places == 0) return r.round(0);
    return r.round(std::max(printed_places, 2));
}

// Compares one printed number with its expected value(s) and emits at most one finding.
void cek(Context& ctx, const Figure& f, const Bacaan& b, const Harapan& h) {
    if (h.skip) return;
    const Hasil& D = h.def.get();
    const Hasil& L = h.leg.get();
    const bool legacy_differs = !same_value(D, L);
    const bool report_legacy = ctx.report_legacy[f.tahun];
    auto expected_of = [&](const Hasil& x) { return x.exact; };

    if (!b.value) {
        // Unreadable printed figure.
        const Hasil& use = (legacy_differs && report_legacy && L.exact) ? L : D;
        Finding x = base(f, h.jenis == Jenis::rupiah ? "amount.invalid" : "angka.unreadable", Severity::warning);
        if (use.exact) x.expected = rounded(*use.exact, 2, h.jenis, false).to_string();
        const std::string exp_id = use.exact ? fmt_value(rounded(*use.exact, 2, h.jenis, false), h.jenis) : "-";
        x.message = h.what_id + " tercetak \"" + f.a->teks + "\", bukan angka yang sah" +
                    (use.exact ? "; nilai seharusnya " + exp_id : "");
        x.message_en = h.what_en + " printed \"" + f.a->teks + "\" is not a valid number" +
                       (use.exact ? "; the value is " + exp_id : "");
        x.trace = trace_text(use);
        ctx.add(std::move(x));
        return;
    }
    const Decimal printed =
        (h.jenis == Jenis::rupiah && Rasional(*b.value).is_integer()) ? b.value->quantize(0) : *b.value;
    const int p = std::max(printed.scale(), 0);
    auto printed_id = [&] { return fmt_value(printed, h.jenis); };  // only for findings

    if (has_note(b, "decimal_point")) {
        Finding x = base(f, "angka.decimal_point", Severity::info);
        x.reported_value = printed.to_string();
        x.message = h.what_id + " tercetak \"" + f.a->teks + "\" dengan titik sebagai tanda desimal";
        x.message_en = h.what_en + " printed \"" + f.a->teks + "\" with '.' as the decimal mark";
        ctx.add(std::move(x));
    }
    if (has_note(b, "ambiguous_separator")) {
        Finding x = base(f, "amount.ambiguous", Severity::warning);
        x.reported_value = printed.to_string();
        x.message = "angka \"" + f.a->teks + "\" bermakna ganda: dibaca " + fmt_value(printed, h.jenis) +
                    ", kemungkinan salah ketik pemisah ribuan";
        x.message_en = "\"" + f.a->teks + "\" is ambiguous: read as " + fmt_value(printed, h.jenis) +
                       ", probably a mistyped thousands separator";
        x.trace = "three digits after the decimal comma (Indonesian reading: '.' groups thousands, ',' marks decimals)";
        ctx.add(std::move(x));
    }

    auto emit = [&](std::string rule, Severity sev, const Hasil& use, bool truncation, std::string extra_id,
                    std::string extra_en) {
        Finding x = base(f, std::move(rule), sev);
        x.reported_value = printed.to_string();
        std::string exp_id = "tidak terdefinisi", exp_en = "undefined";
        if (use.exact) {
            const Decimal r = rounded(*use.exact, p, h.jenis, truncation);
            x.expected = r.to_string();
            exp_id = fmt_value(r, h.jenis);
            exp_en = exp_id;
        } else {
            x.expected = "undefined";
        }
        if (truncation) {
            x.message = h.what_id + " tercetak " + printed_id() + ": nilai dipotong, bukan dibulatkan; seharusnya " +
                        exp_id + extra_id;
            x.message_en = h.what_en + " printed " + printed_id() + " is truncated, not rounded half up; should be " +
                           exp_en + extra_en;
        } else {
            x.message = h.what_id + " tercetak " + printed_id() + ", hasil hitung " + exp_id + extra_id;
            x.message_en = h.what_en + " printed " + printed_id() + ", recomputed " + exp_en + extra_en;
        }
        x.trace = trace_text(use);
        if (legacy_differs) {
            const Hasil& other = (&use == &D) ? L : D;
            x.trace += std::string(" | ") +
                       (&use == &D ? "with 0/0 scored 100 % (legacy): " : "default policy (0/0 undefined): ") +
                       (other.exact ? other.exact->round(std::max(p, 2)).to_string() : std::string("undefined"));
        }
        ctx.add(std::move(x));
    };
    auto sign_note = [&](const Hasil& use, std::string& id, std::string& en) {
        if (use.exact && !printed.is_zero() && use.exact->round(p) == -printed) {
            id = " (tanda terbalik)";
            en = " (sign reversed)";
        }
    };

    if (expected_of(D)) {
        const Cocok c = cocok(printed, *D.exact, h.allow_truncated);
        if (c == Cocok::sama) return;
        if (c == Cocok::terpotong) {
            emit("percent.truncated", Severity::warning, D, true, "", "");
            return;
        }
        if (legacy_differs && L.exact && cocok(printed, *L.exact, h.allow_truncated) != Cocok::beda) {
            emit("capaian.undefined", Severity::warning, D, false,
                 "; angka tercetak hanya cocok bila 0/0 dihitung 100 %",
                 "; the printed figure matches only when 0/0 is scored 100 %");
            return;
        }
        // D and L may be the same object (one value under both policies): decide by flag, not address.
        const bool use_legacy = legacy_differs && report_legacy && L.exact.has_value();
        const Hasil& use = use_legacy ? L : D;
        std::string id, en;
        sign_note(use, id, en);
        if (use_legacy) {
            id += " (0/0 dihitung 100 % seperti dalam laporan)";
            en += " (0/0 scored 100 % as the report does)";
        }
        emit(h.rule, Severity::error, use, false, id, en);
        return;
    }
    // Undefined (or not computable) under the default policy.
    if (D.status == Status::missing && !L.exact) return;  // nothing to compare with
    if (L.exact) {
        const Cocok c = cocok(printed, *L.exact, h.allow_truncated);
        if (c != Cocok::beda) {
            emit("capaian.undefined", Severity::warning, D, false, " (0/0); angka tercetak menganggap 0/0 = 100 %",
                 " (0/0); the printed figure scores 0/0 as 100 %");
            return;
        }
        if (report_legacy) {
            std::string id = " (0/0 dihitung 100 % seperti dalam laporan)",
                        en = " (0/0 scored 100 % as the report does)";
            emit(h.rule, Severity::error, L, false, id, en);
            return;
        }
    }
    emit("capaian.undefined", Severity::error, D, false, "", "");
}

// ---- per ukuran --------------------------------------------------------------------------------

std::string angka_location(int tahun, const std::string& id) {
    return "/laporan/" + std::to_string(tahun) + "/angka/" + json_pointer_escape(id);
}

struct Indikatornya {
    const EvaluasiIndikator* def = nullptr;
    const EvaluasiIndikator* leg = nullptr;
    const Indikator* renstra = nullptr;
};

Indikatornya indikator_of(Context& ctx, const std::string& ref, int tahun) {
    Indikatornya r;
    const auto seg = split_pointer(ref);
    if (seg.size() != 3 || seg[0] != "renstra" || seg[1] != "indikator") return r;
    r.renstra = ctx.idx.indikator(seg[2]);
    r.def = ctx.ev(tahun, false).find_indikator(seg[2]);
    r.leg = ctx.ev(tahun, true).find_indikator(seg[2]);
    return r;
}

Hasil dari_target(const std::optional<Target>& t, const std::string& what) {
    if (!t || t->is_range()) return tidak_ada("no " + what);
    return hasil_dari(Rasional(t->besaran()->value), what + " = " + t->besaran()->text);
}

// Resolves the label printed for a category count ("BS", "Baik", "sangat tinggi") to a scale name
// and a band label.
std::optional<std::pair<std::string, std::string>> resolve_kategori(Context& ctx, int tahun,
                                                                    const std::string& printed) {
    const std::string want = lower(trim(printed));
    const std::string scale_name = ctx.opt.skala.empty() ? skala_laporan(ctx.doc, tahun) : ctx.opt.skala;
    if (const Laporan* lap = ctx.doc.find_laporan(tahun)) {
        for (const SkalaTercetak& st : lap->skala)
            for (const KelasSkala& k : st.kelas)
                if ((!k.singkatan.empty() && lower(k.singkatan) == want) || lower(k.kriteria) == want)
                    for (const Pita& p : skala(scale_name).pita())
                        if (lower(p.label) == lower(k.kriteria)) return std::make_pair(scale_name, p.label);
    }
    for (const Pita& p : skala(scale_name).pita())
        if (lower(p.label) == want) return std::make_pair(scale_name, p.label);
    for (const std::string& name : daftar_skala())
        for (const Pita& p : skala(name).pita())
            if (lower(p.label) == want) return std::make_pair(name, p.label);
    return std::nullopt;
}

void cek_kategori(Context& ctx, const Figure& f, const Indikatornya& ind) {
    if (ind.def == nullptr) return;
    const std::string scale_name = ctx.opt.skala.empty() ? skala_laporan(ctx.doc, f.tahun_angka) : ctx.opt.skala;
    const Skala& sk = skala(scale_name);
    const std::string printed = trim(f.a->teks);
    auto label_of = [&](const EvaluasiIndikator* e) -> std::optional<std::string> {
        if (e == nullptr || !e->capaian.exact) return std::nullopt;
        return kategori(*e->capaian.exact, sk);
    };
    const auto def = label_of(ind.def);
    const auto leg = label_of(ind.leg);
    const bool on_scale = std::any_of(sk.pita().begin(), sk.pita().end(),
                                      [&](const Pita& p) { return lower(p.label) == lower(printed); });
    if (def && lower(*def) == lower(printed)) return;
    const bool legacy_differs = def != leg;
    const bool use_leg = !def || (legacy_differs && ctx.report_legacy[f.tahun]);
    const auto& use = use_leg ? leg : def;
    const EvaluasiIndikator* e = use_leg ? ind.leg : ind.def;
    if (!def && leg && lower(*leg) == lower(printed)) {
        Finding x = base(f, "capaian.undefined", Severity::warning);
        x.reported_value = printed;
        x.expected = "undefined";
        x.message = "kategori " + ind.def->id + " \"" + printed + "\" berasal dari capaian 0/0 yang dihitung 100 %";
        x.message_en = "category of " + ind.def->id + " \"" + printed + "\" comes from a 0/0 capaian scored 100 %";
        x.trace = trace_text(ind.leg->capaian) + "; scale " + scale_name;
        ctx.add(std::move(x));
        return;
    }
    if (!use) return;  // not computable
    const std::string cap = e->capaian.exact ? id_text(e->capaian.exact->round(2)) : "-";
    Finding x = base(f, on_scale ? "kategori.scale" : "kategori.label", on_scale ? Severity::error : Severity::warning);
    x.reported_value = printed;
    x.expected = *use;
    const Pita* band = e->capaian.exact ? sk.find(*e->capaian.exact) : nullptr;
    const std::string band_text = band != nullptr ? band->tercetak : std::string();
    if (on_scale) {
        x.message = "indikator " + e->id + " dengan capaian " + cap + " % disebut \"" + printed +
                    "\", padahal skala laporan (" + scale_name + ") memberi \"" + *use + "\" (" + band_text + ")";
        x.message_en = "indicator " + e->id + " with capaian " + cap + " % is called \"" + printed +
                       "\" but the report's scale (" + scale_name + ") gives \"" + *use + "\" (" + band_text + ")";
    } else {
        x.message = "kategori \"" + printed + "\" untuk indikator " + e->id + " tidak ada pada skala laporan (" +
                    scale_name + "); capaian " + cap + " % adalah \"" + *use + "\"";
        x.message_en = "category \"" + printed + "\" of indicator " + e->id +
                       " is not a label of the report's scale (" + scale_name + "); capaian " + cap + " % is \"" +
                       *use + "\"";
    }
    if (use_leg && legacy_differs) {
        x.message += " (0/0 dihitung 100 % seperti dalam laporan)";
        x.message_en += " (0/0 scored 100 % as the report does)";
    }
    x.trace = trace_text(e->capaian) + "; scale " + scale_name + ": " + sk.deskripsi();
    ctx.add(std::move(x));
}

// Count of indicators (all, or of a sasaran) satisfying `pred` on their capaian.
Hasil hitung_indikator(const EvaluasiTahun& ev, const std::string& sasaran,
                       const std::function<bool(const EvaluasiIndikator&)>& pred, const std::string& formula) {
    Hasil h;
    h.trace.formula = formula;
    long n = 0;
    std::string list;
    std::size_t excluded = 0;
    for (const auto& e : ev.indikator) {
        if (!sasaran.empty() && e.sasaran != sasaran) continue;
        if (!e.capaian.exact) {
            ++excluded;
            continue;
        }
        if (pred(e)) {
            ++n;
            list += (list.empty() ? "" : ", ") + e.id;
        }
    }
    h.trace.excluded = excluded;
    h.trace.reason = "counted: " + (list.empty() ? std::string("none") : list) +
                     (excluded ? "; capaian undefined: " + std::to_string(excluded) : "");
    h.exact = Rasional(n);
    h.value = Decimal(n);
    h.status = Status::ok;
    return h;
}

void cek_angka(Context& ctx, const Figure& f) {
    const Angka& a = *f.a;
    const std::string& u = a.ukuran;
    const int y = f.tahun_angka;
    Harapan h;
    const auto seg = split_pointer(a.ref);

    // Indicator figures.
    if (u == "target" || u == "realisasi" || u == "capaian" || u == "kategori" || u == "target_akhir" ||
        u == "kondisi_awal") {
        if (!seg.empty() && seg[0] == "dpa") {
            // capaian of a program / kegiatan: its physical progress (fisik).
            if (u != "capaian") return;
            const Dpa* dpa = seg.size() > 1 ? ctx.doc.find_dpa(y) : nullptr;
            if (dpa == nullptr || seg.size() < 4) return;
            const Program* p = dpa->find_program(Kode::parse(seg[3]));
            const Kegiatan* k = (p != nullptr && seg.size() >= 6) ? p->find_kegiatan(Kode::parse(seg[5])) : nullptr;
            const std::optional<Besaran>& fisik = k != nullptr ? k->fisik : (p != nullptr ? p->fisik : std::nullopt);
            if (!fisik) return;
            h.set(hasil_dari(Rasional(fisik->value), "fisik (capaian fisik) = " + fisik->text));
            h.what_id = "capaian " + std::string(k != nullptr ? "kegiatan " : "program ") + seg.back();
            h.what_en = "achievement of " + std::string(k != nullptr ? "kegiatan " : "program ") + seg.back();
            cek(ctx, f, baca_persen(a.teks), h);
            return;
        }
        const Indikatornya ind = indikator_of(ctx, a.ref, y);
        if (ind.def == nullptr || ind.renstra == nullptr) return;
        const std::string& id = ind.def->id;
        if (u == "kategori") {
            cek_kategori(ctx, f, ind);
            return;
        }
        const std::string yr = a.tahun ? " " + std::to_string(*a.tahun) : "";
        if (u == "realisasi") {
            h.def.borrow(ind.def->realisasi);
            h.leg.borrow(ind.leg->realisasi);
            h.what_id = "realisasi " + id + yr;
            h.what_en = "realisasi of " + id + yr;
        } else if (u == "capaian") {
            h.what_id = "capaian " + id + yr;
            h.what_en = "capaian of " + id + yr;
            if (!ind.def->target) {
                // A trend column without a target: the recorded value of that year.
                h.def.borrow(ind.def->realisasi);
                h.leg.borrow(ind.leg->realisasi);
                Hasil& own = h.def.edit();
                own.trace.reason += (own.trace.reason.empty() ? "" : "; ") + std::string("no target for ") +
                                    std::to_string(y) + ": compared with the recorded value of the year";
            } else {
                h.def.borrow(ind.def->capaian);
                h.leg.borrow(ind.leg->capaian);
            }
        } else if (u == "target") {
            h.set(dari_target(ind.def->target, "target " + std::to_string(y) + " (" + ind.def->sumber_target + ")"));
            h.what_id = "target " + id + yr;
            h.what_en = "target of " + id + yr;
            h.rule = "target.mismatch";
            h.allow_truncated = false;
            h.jenis = Jenis::besaran;
        } else if (u == "target_akhir") {
            h.set(dari_target(ind.renstra->target_akhir, "Renstra target akhir"));
            h.what_id = "target akhir " + id;
            h.what_en = "end-of-Renstra target of " + id;
            h.rule = "renstra.target_akhir";
            h.allow_truncated = false;
            h.jenis = Jenis::besaran;
        } else {
            h.set(dari_target(ind.renstra->kondisi_awal, "Renstra kondisi awal"));
            h.what_id = "kondisi awal " + id;
            h.what_en = "baseline of " + id;
            h.rule = "renstra.kondisi_awal";
            h.allow_truncated = false;
            h.jenis = Jenis::besaran;
        }
        if (h.jenis == Jenis::besaran && h.def->status == Status::missing) return;
        cek(ctx, f, baca_persen(a.teks), h);
        return;
    }

    if (u == "rata_rata_capaian" || u == "efisiensi") {
        if (seg.size() == 3 && seg[0] == "renstra" && seg[1] == "sasaran") {
            const EvaluasiSasaran* d = ctx.ev(y, false).find_sasaran(seg[2]);
            const EvaluasiSasaran* l = ctx.ev(y, true).find_sasaran(seg[2]);
            if (d == nullptr || l == nullptr) return;
            if (u == "rata_rata_capaian") {
                h.def.borrow(d->rata_rata);
                h.leg.borrow(l->rata_rata);
                h.what_id = "rata-rata capaian sasaran " + d->id;
                h.what_en = "mean capaian of sasaran " + d->id;
            } else {
                h.def.borrow(d->efisiensi);
                h.leg.borrow(l->efisiensi);
                h.what_id = "efisiensi sasaran " + d->id;
                h.what_en = "efficiency of sasaran " + d->id;
            }
        } else if (seg.size() == 2 && seg[0] == "renstra" && seg[1] == "indikator" && u == "rata_rata_capaian") {
            h.def.borrow(ctx.ev(y, false).rata_rata);
            h.leg.borrow(ctx.ev(y, true).rata_rata);
            h.what_id = "rata-rata capaian seluruh indikator";
            h.what_en = "mean capaian of all indicators";
        } else {
            return;
        }
        cek(ctx, f, baca_persen(a.teks), h);
        return;
    }

    if (u == "serapan" || u == "porsi") {
        const Anggaran ag = anggaran_of(ctx, a.ref, y);
        if (!ag.resolved) return;
        if (u == "serapan") {
            h.def = persen_rupiah(ag.realisasi, ag.rencana, "realisasi / rencana × 100", "realisasi", "rencana");
            h.def.edit().trace.rule = "penyerapan anggaran P = RA / PA × 100 %";
            h.what_id = "serapan " + ag.nama_id;
            h.what_en = "absorption of " + ag.nama_en;
        } else {
            const Anggaran whole = anggaran_of(ctx, a.terhadap, y);
            if (!whole.resolved) return;
            h.def = persen_rupiah(ag.rencana, whole.rencana,
                                  "rencana " + ag.nama_en + " / rencana " + whole.nama_en + " × 100",
                                  ("rencana " + ag.nama_en).c_str(), ("rencana " + whole.nama_en).c_str());
            if (!ag.rencana_formula.empty()) h.def.edit().trace.reason = ag.nama_en + " = " + ag.rencana_formula;
            h.what_id = "porsi " + ag.nama_id + " terhadap " + whole.nama_id;
            h.what_en = "share of " + ag.nama_en + " in " + whole.nama_en;
        }
        h.leg.borrow(h.def.get());
        if (h.def->status == Status::missing) return;
        cek(ctx, f, baca_persen(a.teks), h);
        return;
    }

    if (u == "anggaran" || u == "realisasi_anggaran") {
        const Anggaran ag = anggaran_of(ctx, a.ref, y);
        if (!ag.resolved) return;
        const auto& v = u == "anggaran" ? ag.rencana : ag.realisasi;
        if (!v) return;
        h.set(hasil_dari(Rasional(v->value()),
                         std::string(u == "anggaran" ? "rencana" : "realisasi") + " in the DPA (" + a.ref + ")"));
        h.jenis = Jenis::rupiah;
        h.rule = "anggaran.mismatch";
        h.allow_truncated = false;
        h.what_id = std::string(u == "anggaran" ? "anggaran " : "realisasi anggaran ") + ag.nama_id;
        h.what_en = std::string(u == "anggaran" ? "budget of " : "spending of ") + ag.nama_en;
        cek(ctx, f, baca_rupiah(a.teks), h);
        return;
    }

    if (u == "total_rencana" || u == "total_realisasi") {
        const bool rencana = u == "total_rencana";
        if (seg.size() == 4 && seg[0] == "pk") {
            // A PK "Jumlah": the sum of the table's rows.
            int py = 0;
            try {
                py = std::stoi(seg[1]);
            } catch (const std::exception&) {
                return;
            }
            const PerjanjianKinerja* pk = ctx.doc.find_pk(py, seg[2]);
            if (pk == nullptr) return;
            const std::vector<PkBaris>* rows = seg[3] == "program"        ? &pk->program
                                               : seg[3] == "kegiatan"     ? &pk->kegiatan
                                               : seg[3] == "sub_kegiatan" ? &pk->sub_kegiatan
                                                                          : nullptr;
            if (rows == nullptr) return;
            Rupiah sum;
            Hasil s;
            s.trace.formula = "Σ anggaran of the " + std::to_string(rows->size()) + " rows of " + a.ref;
            for (std::size_t i = 0; i < rows->size(); ++i)
                if ((*rows)[i].anggaran) {
                    sum += (*rows)[i].anggaran->value;
                    s.trace.input("row " + std::to_string(i) + " (" + (*rows)[i].anggaran->text + ")",
                                  Rasional((*rows)[i].anggaran->value.value()));
                }
            s.exact = Rasional(sum.value());
            s.value = sum.value();
            s.status = Status::ok;
            h.set(s);
            h.what_id = "jumlah PK " + pk->id;
            h.what_en = "total of PK " + pk->id;
        } else {
            const Anggaran ag = anggaran_of(ctx, a.ref, y);
            if (!ag.resolved) return;
            const auto& v = rencana ? ag.rencana : ag.realisasi;
            if (!v) return;
            Hasil s = hasil_dari(Rasional(v->value()), (rencana ? "Σ rencana: " : "Σ realisasi: ") +
                                                           (ag.rencana_formula.empty() ? a.ref : ag.rencana_formula));
            if (seg.size() == 3 && seg[2] == "program") {
                if (const Dpa* dpa = ctx.doc.find_dpa(std::stoi(seg[1])))
                    for (const Program& p : dpa->program) {
                        const auto& am = rencana ? p.rencana : p.realisasi;
                        if (am) s.trace.input(p.kode.text(), Rasional(am->value.value()));
                    }
            }
            h.set(s);
            h.what_id = std::string(rencana ? "jumlah anggaran " : "jumlah realisasi ") + ag.nama_id;
            h.what_en = std::string(rencana ? "total budget of " : "total spending of ") + ag.nama_en;
        }
        h.jenis = Jenis::rupiah;
        h.rule = "budget.sum";
        h.allow_truncated = false;
        cek(ctx, f, baca_rupiah(a.teks), h);
        return;
    }

    if (u == "fisik") {
        const Dpa* dpa = seg.size() >= 2 && seg[0] == "dpa" ? ctx.doc.find_dpa(y) : nullptr;
        if (dpa == nullptr) return;
        Hasil s;
        s.trace.formula = "mean fisik of the programs";
        Rasional sum;
        long n = 0;
        if (seg.size() == 3 && seg[2] == "program") {
            for (const Program& p : dpa->program)
                if (p.fisik) {
                    sum += Rasional(p.fisik->value);
                    ++n;
                    s.trace.input(p.kode.text(), Rasional(p.fisik->value));
                }
        } else if (seg.size() == 4 && seg[2] == "program") {
            const Program* p = dpa->find_program(Kode::parse(seg[3]));
            if (p != nullptr && p->fisik) {
                sum = Rasional(p->fisik->value);
                n = 1;
            }
        }
        if (n == 0) return;
        s.exact = sum / Rasional(n);
        s.value = s.exact->round(2);
        s.status = Status::ok;
        h.set(s);
        h.what_id = "fisik";
        h.what_en = "physical progress";
        cek(ctx, f, baca_persen(a.teks), h);
        return;
    }

    if (u == "nilai_input") {
        // /realisasi/<y>/<indikator>/input/<name>
        if (seg.size() != 5 || seg[0] != "realisasi" || seg[3] != "input") return;
        int ry = 0;
        try {
            ry = std::stoi(seg[1]);
        } catch (const std::exception&) {
            return;
        }
        const RealisasiIndikator* r = ctx.idx.realisasi(ry, seg[2]);
        const Besaran* v = r != nullptr ? r->find_input(seg[4]) : nullptr;
        if (v == nullptr) return;
        h.set(hasil_dari(Rasional(v->value), "recorded input " + seg[4] + " = " + v->text));
        h.jenis = Jenis::jumlah;
        h.rule = "input.mismatch";
        h.allow_truncated = false;
        h.what_id = "input " + seg[4] + " (" + seg[2] + " " + seg[1] + ")";
        h.what_en = "input " + seg[4] + " (" + seg[2] + " " + seg[1] + ")";
        cek(ctx, f, baca_jumlah(a.teks), h);
        return;
    }

    if (u == "tahun") {
        if (seg.size() < 2) return;
        int ry = 0;
        try {
            ry = std::stoi(seg[1]);
        } catch (const std::exception&) {
            return;
        }
        std::string digits, best;
        for (char c : a.teks) {
            if (is_digit(c))
                digits += c;
            else {
                if (digits.size() > best.size()) best = digits;
                digits.clear();
            }
        }
        if (digits.size() > best.size()) best = digits;
        if (best == std::to_string(ry)) return;
        Finding x = base(f, "tahun.mismatch", Severity::warning);
        x.reported_value = best.empty() ? std::optional<std::string>() : std::optional<std::string>(best);
        x.expected = std::to_string(ry);
        x.message =
            "tahun tercetak \"" + a.teks + "\" pada " + a.sumber + ", padahal angkanya tahun " + std::to_string(ry);
        x.message_en =
            "year printed \"" + a.teks + "\" in " + a.sumber + " but the figures are of " + std::to_string(ry);
        x.trace = "year of " + a.ref;
        ctx.add(std::move(x));
        return;
    }

    // Counts.
    if (u.rfind("jumlah_", 0) == 0) {
        const Bacaan b = baca_jumlah(a.teks);
        if (b.value && !b.words.empty()) {
            // Digits against words: "5 (enam)".
            std::string words;
            try {
                words = terbilang(*b.value);
            } catch (const error&) {
            }
            if (!words.empty() && lower(words) != lower(b.words)) {
                Finding x = base(f, "jumlah.terbilang", Severity::warning);
                x.reported_value = b.value->to_string();
                x.message = "angka \"" + a.teks + "\": " + id_text(*b.value) + " ditulis dengan huruf \"" + b.words +
                            "\" (" + id_text(*b.value) + " = " + words + ")";
                x.message_en = "\"" + a.teks + "\": the digits say " + id_text(*b.value) + ", the words \"" + b.words +
                               "\" (" + id_text(*b.value) + " is \"" + words + "\")";
                x.trace = "terbilang(" + b.value->to_string() + ") = " + words;
                ctx.add(std::move(x));
            }
        }
        h.jenis = Jenis::jumlah;
        h.rule = "jumlah.recomputed";
        h.allow_truncated = false;
        const std::string sas =
            (seg.size() == 3 && seg[0] == "renstra" && seg[1] == "sasaran") ? seg[2] : std::string();
        const bool semua = seg.size() == 2 && seg[0] == "renstra" && seg[1] == "indikator";
        const std::string scope_id = sas.empty() ? "seluruh indikator" : "sasaran " + sas;
        const std::string scope_en = sas.empty() ? "all indicators" : "sasaran " + sas;
        if (u == "jumlah_indikator") {
            if (sas.empty() && !semua) return;
            auto all = [](const EvaluasiIndikator&) { return true; };
            Hasil c;
            long n = 0;
            for (const auto& i : ctx.doc.renstra.indikator)
                if (sas.empty() || i.sasaran == sas) ++n;
            c = hasil_dari(Rasional(n), "count of Renstra indicators" + (sas.empty() ? std::string() : " of " + sas));
            (void)all;
            h.set(c);
            h.what_id = "jumlah indikator " + (sas.empty() ? std::string() : "sasaran " + sas);
            h.what_en = "number of indicators" + (sas.empty() ? std::string() : " of sasaran " + sas);
        } else if (u == "jumlah_sasaran") {
            h.set(hasil_dari(Rasional(static_cast<long>(ctx.doc.renstra.sasaran.size())), "count of Renstra sasaran"));
            h.what_id = "jumlah sasaran";
            h.what_en = "number of sasaran";
        } else if (u == "jumlah_program" || u == "jumlah_kegiatan") {
            const Dpa* dpa = ctx.doc.find_dpa(y);
            if (dpa == nullptr) return;
            long n = 0;
            if (u == "jumlah_program")
                n = static_cast<long>(dpa->program.size());
            else
                n = static_cast<long>(dpa->jumlah_kegiatan());
            h.set(hasil_dari(Rasional(n),
                             std::string("count of DPA ") + (u == "jumlah_program" ? "programs" : "kegiatan")));
            h.what_id = u == "jumlah_program" ? "jumlah program" : "jumlah kegiatan";
            h.what_en = u == "jumlah_program" ? "number of programs" : "number of kegiatan";
        } else if (u == "jumlah_indikator_tercapai") {
            if (sas.empty() && !semua) return;
            auto pred = [](const EvaluasiIndikator& e) { return *e.capaian.exact >= Rasional(100); };
            h.def = hitung_indikator(ctx.ev(y, false), sas, pred, "indicators with capaian ≥ 100 %");
            h.leg = hitung_indikator(ctx.ev(y, true), sas, pred, "indicators with capaian ≥ 100 %");
            h.what_id = "jumlah indikator yang mencapai target (" + scope_id + ")";
            h.what_en = "number of indicators meeting the target (" + scope_en + ")";
        } else if (u == "jumlah_kategori") {
            if (sas.empty() && !semua) return;
            const auto res = resolve_kategori(ctx, y, a.kategori);
            if (!res) return;
            const Skala& sk = skala(res->first);
            const std::string label = res->second;
            auto pred = [&](const EvaluasiIndikator& e) {
                auto k = kategori(*e.capaian.exact, sk);
                return k && *k == label;
            };
            const std::string formula = "indicators in \"" + label + "\" on " + res->first;
            h.def = hitung_indikator(ctx.ev(y, false), sas, pred, formula);
            h.leg = hitung_indikator(ctx.ev(y, true), sas, pred, formula);
            h.what_id = "jumlah indikator \"" + a.kategori + "\" (" + scope_id + ")";
            h.what_en = "number of indicators \"" + a.kategori + "\" (" + scope_en + ")";
        } else {
            return;
        }
        cek(ctx, f, b, h);
        return;
    }
}

}  // namespace

void audit_laporan(Context& ctx, int tahun) {
    const Laporan* lap = ctx.doc.find_laporan(tahun);
    if (lap == nullptr) return;
    // Does the report score a 0/0 as 100 %? Some printed realisasi / capaian of an indicator whose
    // value is undefined by default matches the legacy value.
    bool legacy = false;
    for (const Angka& a : lap->angka) {
        check_interrupt();
        if (a.ukuran != "realisasi" && a.ukuran != "capaian") continue;
        const int y = a.tahun.value_or(tahun);
        const Indikatornya ind = indikator_of(ctx, a.ref, y);
        if (ind.def == nullptr) continue;
        const Hasil& d = a.ukuran == "realisasi" ? ind.def->realisasi : ind.def->capaian;
        const Hasil& l = a.ukuran == "realisasi" ? ind.leg->realisasi : ind.leg->capaian;
        if (d.exact || !l.exact) continue;
        try {
            const Bacaan b = baca_persen(a.teks);
            if (b.value && cocok(*b.value, *l.exact, true) != Cocok::beda) legacy = true;
        } catch (const interrupted&) {
            throw;
        } catch (const error&) {
            // Beyond the limits at the printed precision: the figure's own check below reports it.
        }
    }
    ctx.report_legacy[tahun] = legacy;

    for (const Angka& a : lap->angka) {
        check_interrupt();
        Figure f;
        f.a = &a;
        f.tahun = tahun;
        f.tahun_angka = a.tahun.value_or(tahun);
        f.location = angka_location(tahun, a.id);
        f.source = a.sumber + (a.baris ? " (baris " + std::to_string(*a.baris) + ")" : "");
        // A value the audit computes for this figure beyond the limits (a sum or share of amounts of
        // 38 digits, a printed precision of hundreds of places): input.incomputable at the figure.
        aman(ctx, f.location, f.source, "angka \"" + a.teks + "\" (" + a.ukuran + " " + a.ref + ")",
             "figure \"" + a.teks + "\" (" + a.ukuran + " " + a.ref + ")", [&] { cek_angka(ctx, f); });
    }
}

}  // namespace sakip::audit_detail
