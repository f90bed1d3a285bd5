// sakip::audit, part 1: every printed figure of laporan.<year>.angka against its evaluated value.
//
// A figure is checked in three steps: its measure (`ukuran`, the table `ukuran_table`) says how it
// is read and finds its expected value in the evaluation (Harapan); the comparison is decided once
// (putusan / putusan_kategori); then every rule of the registry (aturan.cpp) that applies to the
// measure runs its check, which reports the outcome that is its own through the builders below.
#include "audit/aturan.hpp"

#include <sakip/decimal/format.hpp>
#include <sakip/decimal/terbilang.hpp>
#include <sakip/measure/skala.hpp>

#include <algorithm>
#include <functional>

namespace sakip::audit_detail {

namespace {

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

// The printed number as compared: an amount of whole rupiah without its ",00".
Decimal tercetak(const Bacaan& b, Jenis j) {
    return (j == Jenis::rupiah && Rasional(*b.value).is_integer()) ? b.value->quantize(0) : *b.value;
}

std::string angka_location(int tahun, const std::string& id) {
    return "/laporan/" + std::to_string(tahun) + "/angka/" + json_pointer_escape(id);
}

// ---- the comparison ----------------------------------------------------------------------------

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

// Decides how the printed number compares with its expected value under both policies.
Putusan putusan(Context& ctx, const Figure& f, Jenis jenis, const Bacaan& b, const Harapan& h) {
    using J = Putusan::Jenis;
    Putusan v;
    if (h.skip || jenis == Jenis::label || jenis == Jenis::tahun) return v;
    const Hasil& D = h.def.get();
    const Hasil& L = h.leg.get();
    const bool legacy_differs = !same_value(D, L);
    const bool report_legacy = ctx.report_legacy[f.tahun];
    if (!b.value) {
        v.jenis = J::tak_terbaca;
        v.use = (legacy_differs && report_legacy && L.exact) ? &L : &D;
        return v;
    }
    const bool allow_truncated = aturan("percent.truncated").berlaku(f.a->ukuran);
    // A change printed with its direction in words ("penurunan 2,85 %"): the number is its magnitude.
    const Decimal angka = tercetak(b, jenis);
    const Decimal printed = f.a->arah.empty() ? angka : f.a->arah == "turun" ? -angka.abs() : angka.abs();
    const int p = std::max(printed.scale(), 0);
    if (D.exact) {
        const Cocok c = cocok(printed, *D.exact, allow_truncated);
        if (c == Cocok::sama) return v;
        if (c == Cocok::terpotong) {
            v.jenis = J::terpotong;
            v.use = &D;
            return v;
        }
        if (legacy_differs && L.exact && cocok(printed, *L.exact, allow_truncated) != Cocok::beda) {
            v.jenis = J::hanya_legacy;
            v.use = &D;
            v.extra_id = "; angka tercetak hanya cocok bila 0/0 dihitung 100 %";
            v.extra_en = "; the printed figure matches only when 0/0 is scored 100 %";
            return v;
        }
        // D and L may be the same object (one value under both policies): decide by flag, not address.
        const bool use_legacy = legacy_differs && report_legacy && L.exact.has_value();
        const Hasil& use = use_legacy ? L : D;
        v.jenis = J::beda;
        v.use = &use;
        if (use.exact && !printed.is_zero() && use.exact->round(p) == -printed) {
            v.extra_id = f.a->arah.empty() ? " (tanda terbalik)" : " (arah terbalik: tercetak \"" + f.a->arah + "\")";
            v.extra_en =
                f.a->arah.empty() ? " (sign reversed)" : " (direction reversed: printed \"" + f.a->arah + "\")";
        }
        if (use_legacy) {
            v.extra_id += " (0/0 dihitung 100 % seperti dalam laporan)";
            v.extra_en += " (0/0 scored 100 % as the report does)";
        }
        // A parent's serapan printed as the plain mean of its rows' printed percentages (LKjIP practice).
        if (f.a->ukuran == "serapan") rata_rata_rincian(ctx, f, printed, v.extra_id, v.extra_en);
        if (h.lain && cocok(printed, *h.lain, false) == Cocok::sama) {
            v.extra_id += "; angka tercetak adalah " + h.lain_id;
            v.extra_en += "; the printed figure is " + h.lain_en;
        }
        return v;
    }
    // Undefined (or not computable) under the default policy.
    if (D.status == Status::missing && !L.exact) return v;  // nothing to compare with
    if (L.exact) {
        if (cocok(printed, *L.exact, allow_truncated) != Cocok::beda) {
            v.jenis = J::hanya_legacy;
            v.use = &D;
            v.extra_id = " (0/0); angka tercetak menganggap 0/0 = 100 %";
            v.extra_en = " (0/0); the printed figure scores 0/0 as 100 %";
            return v;
        }
        if (report_legacy) {
            v.jenis = J::beda;
            v.use = &L;
            v.extra_id = " (0/0 dihitung 100 % seperti dalam laporan)";
            v.extra_en = " (0/0 scored 100 % as the report does)";
            return v;
        }
    }
    v.jenis = J::tak_terdefinisi;
    v.use = &D;
    return v;
}

// Decides how a printed category label compares with the scale's label for the capaian.
PutusanKategori putusan_kategori(Context& ctx, const Figure& f) {
    using K = PutusanKategori::Jenis;
    PutusanKategori k;
    const Indikatornya ind = indikator_of(ctx, f.a->ref, f.tahun_angka);
    if (ind.def == nullptr || ind.renstra == nullptr) return k;
    const Skala& sk = skala_of(ctx, f.tahun_angka);
    k.scale = &sk;
    k.scale_name = sk.nama();
    k.printed = trim(f.a->teks);
    k.def = ind.def;
    // The evaluation's kategori (evaluated on this same scale: AuditOptions::skala, else the report's).
    auto label_of = [&](const EvaluasiIndikator* e) -> std::optional<std::string> {
        if (e == nullptr || !e->capaian.exact) return std::nullopt;
        return e->kategori;
    };
    const auto def = label_of(ind.def);
    const auto leg = label_of(ind.leg);
    k.on_scale = sk.has_label(k.printed);
    if (def && lower(*def) == lower(k.printed)) return k;
    const bool legacy_differs = def != leg;
    const bool use_leg = !def || (legacy_differs && ctx.report_legacy[f.tahun]);
    const auto& use = use_leg ? leg : def;
    k.e = use_leg ? ind.leg : ind.def;
    if (!def && leg && lower(*leg) == lower(k.printed)) {
        k.jenis = K::hanya_legacy;
        k.e = ind.leg;
        return k;
    }
    if (!use) return k;  // not computable
    k.jenis = K::beda;
    k.expected = *use;
    k.legacy_note = use_leg && legacy_differs;
    return k;
}

Finding base(const Figure& f, const Aturan& rule, bool error = false) {
    Finding x = temuan(rule, error);
    x.location = f.location;
    x.source = f.source;
    x.reported = f.a->teks;
    return x;
}

}  // namespace

// ---- the findings of the rules -----------------------------------------------------------------

void Periksa::banding(const Aturan& rule) const {
    using J = Putusan::Jenis;
    const Hasil& use = *v.use;
    if (v.jenis == J::tak_terbaca) {
        Finding x = base(f, rule);
        if (use.exact) x.expected = rounded(*use.exact, 2, jenis, false).to_string();
        const std::string exp_id = use.exact ? tampil(rounded(*use.exact, 2, jenis, false), jenis) : "-";
        x.message = h.what_id + " tercetak \"" + f.a->teks + "\", bukan angka yang sah" +
                    (use.exact ? "; nilai seharusnya " + exp_id : "");
        x.message_en = h.what_en + " printed \"" + f.a->teks + "\" is not a valid number" +
                       (use.exact ? "; the value is " + exp_id : "");
        x.trace = use.trace_text();
        ctx.add(std::move(x));
        return;
    }
    const Decimal printed = tercetak(b, jenis);
    const int p = std::max(printed.scale(), 0);
    const bool truncation = v.jenis == J::terpotong;
    Finding x = base(f, rule, v.jenis == J::tak_terdefinisi);
    if (v.lapisan) x.lapisan = *v.lapisan;
    x.reported_value = printed.to_string();
    std::string exp = "tidak terdefinisi", exp_en = "undefined";
    if (use.exact) {
        const Decimal r = rounded(*use.exact, p, jenis, truncation);
        x.expected = r.to_string();
        exp = tampil(r, jenis);
        exp_en = exp;
    } else {
        x.expected = "undefined";
    }
    const std::string shown = tampil(printed, jenis);
    if (truncation) {
        x.message = h.what_id + " tercetak " + shown + ": nilai dipotong, bukan dibulatkan; seharusnya " + exp;
        x.message_en = h.what_en + " printed " + shown + " is truncated, not rounded half up; should be " + exp_en;
    } else {
        x.message = h.what_id + " tercetak " + shown + ", hasil hitung " + exp + v.extra_id;
        x.message_en = h.what_en + " printed " + shown + ", recomputed " + exp_en + v.extra_en;
    }
    x.trace = use.trace_text();
    if (v.kn != nullptr && v.lapisan == Lapisan::konsistensi) {
        x.message += " (dari input tercetaknya: " + v.kn->input_id + ")";
        x.message_en += " (from its printed inputs: " + v.kn->input_en + ")";
    }
    const Hasil& D = h.def.get();
    const Hasil& L = h.leg.get();
    if (!same_value(D, L)) {
        const Hasil& other = (&use == &D) ? L : D;
        x.trace += std::string(" | ") +
                   (&use == &D ? "with 0/0 scored 100 % (legacy): " : "default policy (0/0 undefined): ") +
                   (other.exact ? other.exact->round(std::max(p, 2)).to_string() : std::string("undefined"));
    }
    ctx.add(std::move(x));
}

void Periksa::mengikuti(const Aturan& rule) const {
    const Decimal printed = tercetak(b, jenis);
    const int p = std::max(printed.scale(), 0);
    const Hasil& use = *v.use;
    Finding x = base(f, rule);
    x.reported_value = printed.to_string();
    std::string raw = "tidak terdefinisi", raw_en = "undefined";
    if (use.exact) {
        const Decimal r = rounded(*use.exact, p, jenis, false);
        x.expected = r.to_string();
        raw = raw_en = tampil(r, jenis);
    }
    std::string where;
    for (const std::string& l : v.kn->input) where += (where.empty() ? "" : ", ") + l;
    x.message = h.what_id + " tercetak " + tampil(printed, jenis) + " sesuai dengan input tercetaknya (" +
                v.kn->input_id + "); dari data mentah " + raw + ": inputnya yang berbeda (lihat " + where + ")";
    x.message_en = h.what_en + " printed " + tampil(printed, jenis) + " follows its printed inputs (" + v.kn->input_en +
                   "); from the raw data it is " + raw_en + ": the inputs differ (see " + where + ")";
    x.trace = use.trace_text() + " | from the printed inputs: " + v.kn->formula;
    ctx.add(std::move(x));
}

void Periksa::presisi(const Aturan& rule) const {
    const Decimal printed = tercetak(b, jenis);
    const int p = std::max(printed.scale(), 0);
    Finding x = base(f, rule);
    x.reported_value = printed.to_string();
    const Decimal k = v.kn->nilai->round(std::max(p, 2));
    x.expected = k.to_string();
    const std::string lo = format_angka(v.kn->bawah->round(std::max(p, 2)));
    const std::string hi = format_angka(v.kn->atas->round(std::max(p, 2)));
    x.message = h.what_id + " tercetak " + tampil(printed, jenis) + ", dari input tercetaknya " + tampil(k, jenis) +
                ", tetapi sesuai dengan nilai yang lebih teliti: " + v.kn->presisi + " (capaian " + lo + " – " + hi +
                " %)";
    x.message_en = h.what_en + " printed " + tampil(printed, jenis) + ", from its printed inputs " + tampil(k, jenis) +
                   ", but consistent with a more precise value: " + v.kn->presisi_en + " (capaian " + lo + " – " + hi +
                   " %)";
    x.trace = v.kn->formula;
    ctx.add(std::move(x));
}

void Periksa::catatan_baca(const Aturan& rule, std::string_view note) const {
    const Decimal printed = tercetak(b, jenis);
    Finding x = base(f, rule);
    x.reported_value = printed.to_string();
    if (note == "decimal_point") {
        x.message = h.what_id + " tercetak \"" + f.a->teks + "\" dengan titik sebagai tanda desimal";
        x.message_en = h.what_en + " printed \"" + f.a->teks + "\" with '.' as the decimal mark";
    } else {
        x.message = "angka \"" + f.a->teks + "\" bermakna ganda: dibaca " + tampil(printed, jenis) +
                    ", kemungkinan salah ketik pemisah ribuan";
        x.message_en = "\"" + f.a->teks + "\" is ambiguous: read as " + tampil(printed, jenis) +
                       ", probably a mistyped thousands separator";
        x.trace = "three digits after the decimal comma (Indonesian reading: '.' groups thousands, ',' marks decimals)";
    }
    ctx.add(std::move(x));
}

void Periksa::kategori(const Aturan& rule) const {
    Finding x = base(f, rule);
    x.reported_value = k.printed;
    if (k.jenis == PutusanKategori::Jenis::hanya_legacy) {
        x.expected = "undefined";
        x.message = "kategori " + k.def->id + " \"" + k.printed + "\" berasal dari capaian 0/0 yang dihitung 100 %";
        x.message_en = "category of " + k.def->id + " \"" + k.printed + "\" comes from a 0/0 capaian scored 100 %";
        x.trace = k.e->capaian.trace_text() + "; scale " + k.scale_name;
        ctx.add(std::move(x));
        return;
    }
    const Skala& sk = *k.scale;
    const EvaluasiIndikator* e = k.e;
    const std::string cap = e->capaian.exact ? format_angka(e->capaian.exact->round(2)) : "-";
    x.expected = k.expected;
    const Pita* band = e->capaian.exact ? sk.find(*e->capaian.exact) : nullptr;
    const std::string band_text = band != nullptr ? band->tercetak : std::string();
    if (k.on_scale) {
        x.message = "indikator " + e->id + " dengan capaian " + cap + " % disebut \"" + k.printed +
                    "\", padahal skala laporan (" + k.scale_name + ") memberi \"" + k.expected + "\" (" + band_text +
                    ")";
        x.message_en = "indicator " + e->id + " with capaian " + cap + " % is called \"" + k.printed +
                       "\" but the report's scale (" + k.scale_name + ") gives \"" + k.expected + "\" (" + band_text +
                       ")";
    } else {
        x.message = "kategori \"" + k.printed + "\" untuk indikator " + e->id + " tidak ada pada skala laporan (" +
                    k.scale_name + "); capaian " + cap + " % adalah \"" + k.expected + "\"";
        x.message_en = "category \"" + k.printed + "\" of indicator " + e->id +
                       " is not a label of the report's scale (" + k.scale_name + "); capaian " + cap + " % is \"" +
                       k.expected + "\"";
    }
    if (k.legacy_note) {
        x.message += " (0/0 dihitung 100 % seperti dalam laporan)";
        x.message_en += " (0/0 scored 100 % as the report does)";
    }
    x.trace = e->capaian.trace_text() + "; scale " + k.scale_name + ": " + sk.deskripsi();
    ctx.add(std::move(x));
}

void Periksa::terbilang(const Aturan& rule) const {
    // Digits against words: "5 (enam)".
    if (!b.value || b.words.empty()) return;
    std::string words;
    try {
        words = sakip::terbilang(*b.value);
    } catch (const error&) {
    }
    if (words.empty() || lower(words) == lower(b.words)) return;
    const std::string n = format_angka(*b.value);
    Finding x = base(f, rule);
    x.reported_value = b.value->to_string();
    x.message =
        "angka \"" + f.a->teks + "\": " + n + " ditulis dengan huruf \"" + b.words + "\" (" + n + " = " + words + ")";
    x.message_en = "\"" + f.a->teks + "\": the digits say " + n + ", the words \"" + b.words + "\" (" + n + " is \"" +
                   words + "\")";
    x.trace = "terbilang(" + b.value->to_string() + ") = " + words;
    ctx.add(std::move(x));
}

void Periksa::tahun(const Aturan& rule) const {
    const Angka& a = *f.a;
    const auto seg = split_pointer(a.ref);
    if (seg.size() < 2) return;
    int ry = 0;
    try {
        ry = std::stoi(seg[1]);
    } catch (const std::exception&) {
        return;
    }
    std::string digits, best;
    for (char c : a.teks) {
        if (c >= '0' && c <= '9')
            digits += c;
        else {
            if (digits.size() > best.size()) best = digits;
            digits.clear();
        }
    }
    if (digits.size() > best.size()) best = digits;
    if (best == std::to_string(ry)) return;
    Finding x = base(f, rule);
    x.reported_value = best.empty() ? std::optional<std::string>() : std::optional<std::string>(best);
    x.expected = std::to_string(ry);
    x.message = "tahun tercetak \"" + a.teks + "\" pada " + a.sumber + ", padahal angkanya tahun " + std::to_string(ry);
    x.message_en = "year printed \"" + a.teks + "\" in " + a.sumber + " but the figures are of " + std::to_string(ry);
    x.trace = "year of " + a.ref;
    ctx.add(std::move(x));
}

namespace {

// One printed figure: its measure, its expected value, the verdicts, then every rule of its measure.
void cek_angka(Context& ctx, const Figure& f) {
    const std::string& u = f.a->ukuran;
    const Ukuran* uk = cari_ukuran(u);
    const InfoUkuran* info = find_ukuran(u);
    if (uk == nullptr || info == nullptr) return;  // a measure the audit does not recompute
    const Jenis jenis = info->jenis;
    Harapan h;
    if (uk->harapan != nullptr) uk->harapan(ctx, f, h);
    const PutusanKategori k = jenis == Jenis::label ? putusan_kategori(ctx, f) : PutusanKategori{};
    const Bacaan b = baca(f.a->teks, jenis);
    Putusan v = putusan(ctx, f, jenis, b, h);
    const auto run = [&](const Harapan& hh, const Putusan& vv) {
        const Periksa p{ctx, f, jenis, b, hh, vv, k};
        for (const Aturan& rule : daftar_aturan())
            if (rule.cek != nullptr && rule.berlaku(u)) rule.cek(p, rule);
    };
    // The consistency layer: the figure against the report's own printed inputs (konsistensi.cpp).
    const Konsistensi kn = b.value ? konsistensi(ctx, f) : Konsistensi{};
    if (!kn.nilai) {
        run(h, v);
        return;
    }
    using J = Putusan::Jenis;
    Harapan hk;
    Hasil kh;
    kh.exact = *kn.nilai;
    kh.value = kn.nilai->round(2);
    kh.status = Status::ok;
    kh.trace.formula = kn.formula;
    hk.set(std::move(kh));
    hk.what_id = h.what_id;
    hk.what_en = h.what_en;
    hk.skip = false;
    Putusan vk = putusan(ctx, f, jenis, b, hk);
    vk.lapisan = Lapisan::konsistensi;
    vk.kn = &kn;
    if (vk.jenis == J::beda && kn.bawah && kn.atas) {
        // Consistent with a more precise realisasi: the printed capaian's own interval meets the inputs'.
        const Decimal printed = tercetak(b, jenis);
        const Rasional half = Rasional(Rasional::integer(1), Rasional::integer(2)) /
                              Rasional(10).pow(static_cast<unsigned>(std::max(printed.scale(), 0)));
        if (Rasional(printed) + half >= *kn.bawah && Rasional(printed) - half <= *kn.atas) vk.jenis = J::presisi;
    }
    const Hasil& D = h.def.get();
    if (h.skip || (D.exact && *D.exact == *kn.nilai)) {
        // No raw data, or the printed inputs are the raw data's: one comparison, against the report's own inputs.
        if (vk.jenis == J::presisi || h.skip) {
            run(hk, vk);
        } else {
            v.lapisan = Lapisan::konsistensi;
            v.kn = &kn;
            run(h, v);
        }
        return;
    }
    // The printed inputs differ from the raw data: the figure's own inconsistency (unless it is right
    // against the raw data: then only its inputs are wrong, and they are reported where they are), then the
    // recomputation, which only points to the inputs when the figure follows them.
    if (vk.jenis != J::tidak_ada && v.jenis != J::tidak_ada) run(hk, vk);
    if ((v.jenis == J::beda || v.jenis == J::terpotong) && vk.jenis != J::beda) {
        v.jenis = J::mengikuti_input;
        v.kn = &kn;
    }
    run(h, v);
}

}  // namespace

namespace {

// "id / en" (a note of Skala::catatan) split into its two languages.
std::pair<std::string, std::string> dua_bahasa(const std::string& note) {
    const auto at = note.find(" / ");
    if (at == std::string::npos) return {note, note};
    return {note.substr(0, at), note.substr(at + 3)};
}

// Which scale the year's kategori are judged on, when it is not the report's own as printed or was read
// with gaps closed: never a silent choice (rules skala.*).
void cek_skala(Context& ctx, int tahun, const Laporan& lap) {
    const bool has_kategori = std::any_of(lap.angka.begin(), lap.angka.end(), [](const Angka& a) {
        return a.ukuran == "kategori" || a.ukuran == "jumlah_kategori";
    });
    if (!has_kategori && lap.skala.empty()) return;
    const SkalaDipakai& sd = ctx.ev(tahun, false).skala;
    if (sd.asal == SkalaDipakai::Asal::opsi) return;  // the user chose it
    const std::string y = std::to_string(tahun);
    const std::string name = sd.skala.nama();
    if (!sd.masalah.empty()) {
        Finding x = temuan("skala.tidak_terbaca");
        x.location = sd.pointer;
        x.source = "laporan " + y;
        x.message = sd.masalah + "; kategori dinilai dengan skala " + name;
        x.message_en = sd.masalah_en + "; kategori are judged on the scale " + name;
        x.trace = "scale " + name + ": " + sd.skala.deskripsi();
        ctx.add(std::move(x));
    }
    if (sd.asal == SkalaDipakai::Asal::bawaan && has_kategori) {
        Finding x = temuan("skala.bawaan");
        x.location = "/laporan/" + y;
        x.source = "laporan " + y;
        x.message = "laporan " + y + " tidak memuat skala yang dapat dibaca; kategori dinilai dengan skala bawaan " +
                    name + " (beri laporan.skala atau pilih skala)";
        x.message_en = "the " + y + " report holds no readable scale; kategori are judged on the default scale " +
                       name + " (give laporan.skala or choose a scale)";
        x.trace = "scale " + name + ": " + sd.skala.deskripsi();
        ctx.add(std::move(x));
    }
    if (sd.asal == SkalaDipakai::Asal::laporan && !sd.skala.catatan().empty()) {
        Finding x = temuan("skala.celah");
        x.location = sd.pointer;
        x.source = sd.skala.deskripsi();
        std::string id, en;
        for (const std::string& note : sd.skala.catatan()) {
            const auto [a, b] = dua_bahasa(note);
            id += (id.empty() ? "" : "; ") + a;
            en += (en.empty() ? "" : "; ") + b;
        }
        x.message = "skala laporan " + name + " dibaca sebagai pita tanpa celah: " + id;
        x.message_en = "the report's scale " + name + " is read as bands without gaps: " + en;
        std::string bands;
        for (const Pita& p : sd.skala.pita()) bands += (bands.empty() ? "" : " | ") + p.to_string() + " " + p.label;
        x.trace = bands;
        ctx.add(std::move(x));
    }
}

}  // namespace

void audit_laporan(Context& ctx, int tahun) {
    const Laporan* lap = ctx.doc.find_laporan(tahun);
    if (lap == nullptr) return;
    cek_skala(ctx, tahun, *lap);
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
            const Bacaan b = baca(a.teks, Jenis::persen);
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
