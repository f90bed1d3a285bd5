// The rules of a SIPD-style DPA table (include/sakip/io/dpa_tabel.hpp).
#include <sakip/decimal/rupiah.hpp>
#include <sakip/error.hpp>
#include <sakip/io/dpa_tabel.hpp>

#include "io/csv_record.hpp"
#include "io/utf8.hpp"

#include <algorithm>
#include <array>
#include <deque>
#include <limits>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace sakip {

namespace impor_dpa_detail {

constexpr std::size_t tidak_ada = static_cast<std::size_t>(-1);
constexpr std::size_t batas_masalah = 200;  // problems listed; the rest are counted

constexpr std::array<NamaKolomDpa, 44> nama_kolom{{
    {KolomDpa::kode, "kode"},
    {KolomDpa::kode, "code"},
    {KolomDpa::kode, "kode rekening"},
    {KolomDpa::kode, "kode rek"},
    {KolomDpa::kode, "kode rek."},
    {KolomDpa::kode, "kd rek"},
    {KolomDpa::kode, "no rekening"},
    {KolomDpa::kode, "no. rekening"},
    {KolomDpa::kode, "nomor rekening"},
    {KolomDpa::kode, "kode program/kegiatan/sub kegiatan"},
    {KolomDpa::uraian, "uraian"},
    {KolomDpa::uraian, "description"},
    {KolomDpa::uraian, "nama"},
    {KolomDpa::uraian, "uraian rekening"},
    {KolomDpa::uraian, "nama rekening"},
    {KolomDpa::uraian, "program/kegiatan/sub kegiatan"},
    {KolomDpa::uraian, "uraian program/kegiatan/sub kegiatan"},
    {KolomDpa::uraian, "nama program/kegiatan/sub kegiatan"},
    {KolomDpa::pagu, "pagu"},
    {KolomDpa::pagu, "rencana"},
    {KolomDpa::pagu, "anggaran"},
    {KolomDpa::pagu, "pagu anggaran"},
    {KolomDpa::pagu, "jumlah anggaran"},
    {KolomDpa::pagu, "nilai anggaran"},
    {KolomDpa::pagu, "anggaran/pagu"},
    {KolomDpa::pagu, "pagu/anggaran"},
    {KolomDpa::pagu, "anggaran setelah perubahan"},
    {KolomDpa::realisasi, "realisasi"},
    {KolomDpa::realisasi, "realisasi anggaran"},
    {KolomDpa::realisasi, "jumlah realisasi"},
    {KolomDpa::realisasi, "realisasi keuangan"},
    {KolomDpa::realisasi, "realisasi s/d"},
    {KolomDpa::persen, "%"},
    {KolomDpa::persen, "(%)"},
    {KolomDpa::persen, "persen"},
    {KolomDpa::persen, "persentase"},
    {KolomDpa::persen, "persentase realisasi"},
    {KolomDpa::persen, "serapan"},
    {KolomDpa::persen, "serapan (%)"},
    {KolomDpa::persen, "realisasi (%)"},
    {KolomDpa::persen, "% realisasi"},
    {KolomDpa::persen, "realisasi %"},
    {KolomDpa::persen, "capaian keuangan (%)"},
    {KolomDpa::persen, "capaian keuangan"},
}};

bool blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trim(std::string_view s) {
    // Also U+00A0 (C2 A0), which spreadsheets and SIPD pages print around amounts.
    while (true) {
        if (!s.empty() && blank(s.front())) {
            s.remove_prefix(1);
        } else if (s.size() >= 2 && s[0] == '\xC2' && s[1] == '\xA0') {
            s.remove_prefix(2);
        } else {
            break;
        }
    }
    while (true) {
        if (!s.empty() && blank(s.back())) {
            s.remove_suffix(1);
        } else if (s.size() >= 2 && s[s.size() - 2] == '\xC2' && s.back() == '\xA0') {
            s.remove_suffix(2);
        } else {
            break;
        }
    }
    return s;
}

// Lower case ASCII, blanks collapsed to one space, trimmed, a trailing "(rp)" / "(rp.)" dropped.
std::string fold(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool space = false;
    for (char c : trim(s)) {
        if (blank(c)) {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    for (std::string_view tail : {"(rp.)", "(rp)"}) {
        if (out.size() > tail.size() && out.ends_with(tail)) {
            out.resize(out.size() - tail.size());
            while (!out.empty() && out.back() == ' ') out.pop_back();
            break;
        }
    }
    return out;
}

bool starts_with_word(std::string_view folded, std::string_view word) {
    if (!folded.starts_with(word)) return false;
    if (folded.size() == word.size()) return true;
    const char c = folded[word.size()];
    return !(c >= 'a' && c <= 'z');
}

// A code cell holds digits and dots: only a cell with a letter (or '%') can be a header or a total.
bool has_letter(std::string_view s) {
    return std::any_of(s.begin(), s.end(),
                       [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '%'; });
}

// "JUMLAH", "Total", "Jumlah Belanja", "SUB TOTAL", "Grand Total": a printed total.
bool is_total(std::string_view text) {
    if (text.empty() || !has_letter(text.substr(0, 12))) return false;
    const std::string f = fold(text.substr(0, 40));
    return starts_with_word(f, "jumlah") || starts_with_word(f, "total") || starts_with_word(f, "sub total") ||
           starts_with_word(f, "subtotal") || starts_with_word(f, "grand total");
}

bool digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Dotted digits ("5.1.02.01.01.0024"); `segments` and the second segment's width are given back.
bool dotted_digits(std::string_view s, std::size_t& segments, std::size_t& second_width) {
    segments = 0;
    second_width = 0;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = s.find('.', start);
        const std::string_view seg = s.substr(start, dot == std::string_view::npos ? s.npos : dot - start);
        if (!digits(seg)) return false;
        ++segments;
        if (segments == 2) second_width = seg.size();
        if (dot == std::string_view::npos) return true;
        start = dot + 1;
    }
}

std::string letters(std::size_t col) {
    std::string s;
    ++col;
    while (col > 0) {
        const std::size_t r = (col - 1) % 26;
        s.insert(s.begin(), static_cast<char>('A' + r));
        col = (col - 1) / 26;
    }
    return s;
}

std::string shown(std::string_view text, std::size_t max = 120) {
    if (text.size() <= max) return std::string(text);
    return std::string(text.substr(0, max)) + "…";
}

// The rekening summed into a node: how many, their Σ, the rows.
struct Rincian {
    std::size_t program = tidak_ada, kegiatan = tidak_ada, sub = tidak_ada;
    std::size_t n = 0, pertama = 0, terakhir = 0, persen = 0;
    Rupiah pagu, realisasi;
    bool pagu_lengkap = true, realisasi_lengkap = true;
};

// "pagu \"12,3,4\" bukan jumlah uang yang sah: pengelompokan digit tidak sah pada posisi 4 / pagu \"12,3,4\" is
// not an amount: invalid digit grouping at offset 4" (the place is the cell's, given by the caller).
std::string bukan_jumlah(KolomDpa kd, std::string_view text, const error& e) {
    const std::string subjek = std::string(to_string(kd)) + " " + sakip::quoted(text);
    const auto* p = dynamic_cast<const parse_error*>(&e);
    if (p == nullptr) return subjek + " bukan jumlah uang yang sah / " + subjek + " is not an amount: " + e.what();
    const bool at = p->offset() != std::string_view::npos;
    return subjek + " bukan jumlah uang yang sah: " + p->reason() +
           (at ? " pada posisi " + std::to_string(p->offset()) : std::string()) + " / " + subjek +
           " is not an amount: " + p->reason_en() + (at ? " at offset " + std::to_string(p->offset()) : std::string());
}

std::string daftar_masalah(const std::vector<MasalahImpor>& m) {
    std::string s;
    for (const auto& p : m) {
        if (!s.empty()) s += '\n';
        s += p.tempat.empty() ? p.pesan : p.tempat + ": " + p.pesan;
    }
    return s;
}

struct Mesin {
    OpsiImporDpa opsi;
    HasilImporDpa hasil;
    std::vector<MasalahImpor> masalah;
    std::size_t masalah_lain = 0;
    // The header's columns (tidak_ada before the header row).
    std::array<std::size_t, 5> kolom{tidak_ada, tidak_ada, tidak_ada, tidak_ada, tidak_ada};
    bool ada_header = false;
    std::size_t nomor_header = 0;
    std::optional<SkemaKode> skema;
    std::size_t p = tidak_ada, k = tidak_ada, s = tidak_ada;  // the open nodes
    Rincian rincian;
    std::unordered_map<std::string, std::size_t> dilihat;  // node code -> its row
    std::size_t persen_rekening = 0;
    // The total rows: their row, their figures' ids, and how many node or rekening rows came before.
    struct Total {
        std::size_t nomor, data_sebelum;
        std::vector<std::string> ids;
    };
    std::vector<Total> totals;

    std::size_t data_rows() const {
        std::size_t n = 0;
        for (JenisBaris j : {JenisBaris::program, JenisBaris::kegiatan, JenisBaris::sub_kegiatan, JenisBaris::rekening})
            n += hasil.jumlah[static_cast<std::size_t>(j)];
        return n;
    }
    std::string prefix;  // "/dpa/<tahun>/program/"

    std::string tempat(std::size_t nomor, std::size_t col) const {
        const std::string& src = opsi.sumber;
        if (opsi.lembar) return (src.empty() ? std::string("Sheet") : src) + "!" + letters(col) + std::to_string(nomor);
        return (src.empty() ? std::string("<csv>") : src) + ":" + std::to_string(nomor) + ":" + std::to_string(col + 1);
    }
    void tambah_masalah(std::string where, std::string pesan) {
        if (masalah.size() >= batas_masalah) {
            ++masalah_lain;
            return;
        }
        masalah.push_back({std::move(where), std::move(pesan)});
    }
    void catat(std::size_t nomor, JenisBaris j, std::string keterangan) {
        ++hasil.jumlah[static_cast<std::size_t>(j)];
        hasil.baris.push_back({nomor, j, std::move(keterangan)});
    }
    std::string_view sel(std::span<const std::string_view> cells, KolomDpa kd) const {
        const std::size_t c = kolom[static_cast<std::size_t>(kd)];
        return c < cells.size() ? trim(cells[c]) : std::string_view{};
    }
    std::size_t col(KolomDpa kd) const { return kolom[static_cast<std::size_t>(kd)]; }

    static std::string isi(std::span<const std::string_view> cells) {
        std::string s;
        for (auto c : cells) {
            const auto t = trim(c);
            if (t.empty()) continue;
            if (!s.empty()) s += " | ";
            s += t;
            if (s.size() > 200) return shown(s, 200);
        }
        return s;
    }

    // A header: a kode column and at least one other known column. Duplicates and missing
    // required columns are problems of the header row.
    bool coba_header(std::span<const std::string_view> cells, std::size_t nomor) {
        std::array<std::size_t, 5> found{tidak_ada, tidak_ada, tidak_ada, tidak_ada, tidak_ada};
        std::size_t known = 0;
        std::vector<std::pair<std::size_t, std::size_t>> twice;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (trim(cells[i]).empty()) continue;
            const auto kd = kolom_dpa(cells[i]);
            if (!kd) continue;
            auto& slot = found[static_cast<std::size_t>(*kd)];
            if (slot != tidak_ada) {
                twice.emplace_back(slot, i);
                continue;
            }
            slot = i;
            ++known;
        }
        if (found[0] == tidak_ada || known < 2) return false;
        for (auto [a, b] : twice) {
            tambah_masalah(tempat(nomor, b), "kolom " + sakip::quoted(trim(cells[b])) + " dan " +
                                                 sakip::quoted(trim(cells[a])) + " (" + tempat(nomor, a) +
                                                 ") sama-sama kolom " + std::string(to_string(*kolom_dpa(cells[b]))) +
                                                 "; sisakan satu / columns " + sakip::quoted(trim(cells[b])) + " and " +
                                                 sakip::quoted(trim(cells[a])) + " both give " +
                                                 std::string(to_string(*kolom_dpa(cells[b]))) + ": keep one");
        }
        for (KolomDpa need : {KolomDpa::uraian, KolomDpa::pagu}) {
            if (found[static_cast<std::size_t>(need)] == tidak_ada) {
                std::string names;
                for (const auto& n : nama_kolom) {
                    if (n.kolom != need) continue;
                    if (!names.empty()) names += ", ";
                    names += n.nama;
                }
                tambah_masalah(tempat(nomor, found[0]), "header tanpa kolom " + std::string(to_string(need)) +
                                                            " (nama yang dikenal: " + names + ") / header has no " +
                                                            std::string(to_string(need)) +
                                                            " column (known names: " + names + ")");
            }
        }
        kolom = found;
        ada_header = true;
        nomor_header = nomor;
        catat(nomor, JenisBaris::header, isi(cells));
        return true;
    }

    // "1 | 2 | 3 | 4": the column numbers SIPD prints under the header.
    static bool nomor_kolom(std::span<const std::string_view> cells) {
        std::size_t expect = 1, n = 0;
        for (auto c : cells) {
            const auto t = trim(c);
            if (t.empty()) continue;
            if (!digits(t) || t.size() > 3) return false;
            std::size_t v = 0;
            for (char ch : t) v = v * 10 + static_cast<std::size_t>(ch - '0');
            if (v != expect) return false;
            ++expect;
            ++n;
        }
        return n >= 2;
    }

    std::optional<Amount> jumlah_uang(std::string_view text, std::size_t nomor, KolomDpa kd) {
        if (text.empty()) return std::nullopt;
        if (tidak_tersedia(text)) {
            const std::string where = tempat(nomor, col(kd));
            hasil.peringatan.push_back(where + ": " + std::string(to_string(kd)) + " " + sakip::quoted(text) +
                                       " dibaca tidak diketahui (bukan 0) / read as unknown (not 0)");
            return std::nullopt;
        }
        try {
            Amount a = Amount::parse(text);
            if (!a.notes.empty()) catat_notes(a.notes, text, tempat(nomor, col(kd)), kd);
            return a;
        } catch (const error& e) {
            tambah_masalah(tempat(nomor, col(kd)), bukan_jumlah(kd, text, e));
            return std::nullopt;
        }
    }

    void catat_notes(const std::vector<ParseNote>& notes, std::string_view text, const std::string& where,
                     KolomDpa kd) {
        for (const auto& n : notes) {
            if (n.code == "ambiguous_thousands" || n.code == "ambiguous_separator") {
                hasil.peringatan.push_back(where + ": " + std::string(to_string(kd)) + " " + sakip::quoted(text) +
                                           " bermakna ganda / is ambiguous (" + n.code + "): " + n.message);
            }
        }
    }

    template <class F>
    void dengan_node(const Rincian& r, F&& f) {
        auto& prog = hasil.dpa.program[r.program];
        if (r.kegiatan == tidak_ada) return f(prog);
        auto& keg = prog.kegiatan[r.kegiatan];
        if (r.sub == tidak_ada) return f(keg);
        f(keg.sub_kegiatan[r.sub]);
    }

    // The rekening summed under the node they follow: checked against it, or its amount.
    void tutup_rincian() {
        Rincian r = rincian;
        rincian = Rincian{};
        if (r.n == 0 || r.program == tidak_ada) return;
        const std::string rows = std::to_string(r.n) + " rekening (baris " + std::to_string(r.pertama) + "-" +
                                 std::to_string(r.terakhir) + ")";
        dengan_node(r, [&](auto& node) {
            std::string note = rows;
            const auto side = [&](std::optional<Amount>& printed, const Rupiah& sum, bool lengkap, const char* what) {
                note += std::string("; Σ ") + what + " ";
                note += lengkap ? sum.format(RupiahFormat::ringkas()) : std::string("tidak lengkap / incomplete");
                if (!lengkap) return;
                if (!printed) {
                    printed = Amount::of(sum);
                    note += std::string(" (dipakai sebagai ") + what + " / used as its " + what + ")";
                } else if (printed->value != sum) {
                    note += " ≠ " + printed->value.format(RupiahFormat::ringkas());
                    hasil.peringatan.push_back("baris " + std::to_string(r.pertama) + "-" + std::to_string(r.terakhir) +
                                               ": Σ " + what + " " + std::to_string(r.n) + " rekening di bawah " +
                                               node.kode.text() + " " + sum.format(RupiahFormat::ringkas()) +
                                               ", tercetak / printed " +
                                               printed->value.format(RupiahFormat::ringkas()));
                }
            };
            side(node.rencana, r.pagu, r.pagu_lengkap, "pagu");
            if (col(KolomDpa::realisasi) != tidak_ada)
                side(node.realisasi, r.realisasi, r.realisasi_lengkap, "realisasi");
            if (r.persen > 0) note += "; " + std::to_string(r.persen) + " % rekening tidak disimpan / not kept";
            node.catatan.push_back(std::move(note));
        });
    }

    void rekening(std::span<const std::string_view> cells, std::size_t nomor, std::string_view kode) {
        if (p == tidak_ada || k == tidak_ada) {
            tambah_masalah(tempat(nomor, col(KolomDpa::kode)),
                           "rekening " + sakip::quoted(kode) +
                               " tanpa kegiatan atau sub kegiatan di atasnya / a rekening with no kegiatan or sub "
                               "kegiatan above it");
            return;
        }
        ++hasil.jumlah[static_cast<std::size_t>(JenisBaris::rekening)];
        if (rincian.n == 0) {
            rincian.program = p;
            rincian.kegiatan = k;
            rincian.sub = s;
            rincian.pertama = nomor;
        }
        ++rincian.n;
        rincian.terakhir = nomor;
        const auto add = [&](KolomDpa kd, Rupiah& sum, bool& lengkap) {
            const std::string_view t = sel(cells, kd);
            if (t.empty() || tidak_tersedia(t)) {
                lengkap = false;
                return;
            }
            try {
                auto r = Rupiah::parse_detailed(t);
                if (!r.notes.empty()) catat_notes(r.notes, t, tempat(nomor, col(kd)), kd);
                sum += r.value;
            } catch (const error& e) {
                lengkap = false;
                tambah_masalah(tempat(nomor, col(kd)), bukan_jumlah(kd, t, e));
            }
        };
        add(KolomDpa::pagu, rincian.pagu, rincian.pagu_lengkap);
        if (col(KolomDpa::realisasi) != tidak_ada)
            add(KolomDpa::realisasi, rincian.realisasi, rincian.realisasi_lengkap);
        if (!sel(cells, KolomDpa::persen).empty()) {
            ++rincian.persen;
            ++persen_rekening;
        }
    }

    bool is_rekening(std::string_view kode) const {
        std::size_t segments = 0, second = 0;
        if (!dotted_digits(kode, segments, second)) return false;
        if (skema == SkemaKode::permendagri_13_2006) return segments > 1;  // compact codes have no dots
        const char akun = kode[0];
        if (kode.size() > 1 && kode[1] != '.') return false;
        if (akun != '4' && akun != '5' && akun != '6') return false;
        if (segments == 1) return s != tidak_ada;  // "5" inside a sub kegiatan: akun belanja, else urusan 5
        return second == 1;                        // "5.1…": an akun; a bidang urusan prints two digits ("5.01")
    }

    void angka(std::size_t nomor, KolomDpa kd, std::string ref, std::string_view ukuran, std::string_view teks) {
        Angka a;
        a.id = "sipd." + std::to_string(nomor) + "." + std::string(ukuran);
        a.sumber = tempat(nomor, col(kd));
        a.baris = nomor <= static_cast<std::size_t>(std::numeric_limits<int>::max())
                      ? std::optional<int>(static_cast<int>(nomor))
                      : std::nullopt;
        a.ref = std::move(ref);
        a.ukuran = std::string(ukuran);
        a.teks = std::string(teks);
        hasil.angka.push_back(std::move(a));
    }

    void total(std::span<const std::string_view> cells, std::size_t nomor) {
        tutup_rincian();
        catat(nomor, JenisBaris::total, isi(cells));
        const std::size_t before = hasil.angka.size();
        const std::string all = "/dpa/" + std::to_string(opsi.tahun) + "/program";
        if (auto t = sel(cells, KolomDpa::pagu); !t.empty()) angka(nomor, KolomDpa::pagu, all, "total_rencana", t);
        if (auto t = sel(cells, KolomDpa::realisasi); !t.empty())
            angka(nomor, KolomDpa::realisasi, all, "total_realisasi", t);
        if (auto t = sel(cells, KolomDpa::persen); !t.empty()) angka(nomor, KolomDpa::persen, all, "serapan", t);
        Total tot{nomor, data_rows(), {}};
        for (std::size_t i = before; i < hasil.angka.size(); ++i) tot.ids.push_back(hasil.angka[i].id);
        totals.push_back(std::move(tot));
    }

    // A total row with program, kegiatan, sub kegiatan or rekening rows after it is a subtotal of rows
    // the table does not name: listed, but not kept as a figure of all programs (the audit would
    // compare it with the wrong sum). The total rows after the last such row are the table's totals.
    void subtotal() {
        const std::size_t all = data_rows();
        std::unordered_set<std::string> drop;
        for (const Total& t : totals) {
            if (t.data_sebelum == all) continue;
            drop.insert(t.ids.begin(), t.ids.end());
            hasil.peringatan.push_back(
                tempat(t.nomor, col(KolomDpa::kode)) +
                ": baris jumlah di tengah tabel (ada baris data sesudahnya) tidak disimpan sebagai "
                "angka; yang dijumlahkannya tidak disebut / a total row inside the table (data "
                "rows follow it) is not kept as a figure: what it sums is not said");
        }
        if (!drop.empty()) std::erase_if(hasil.angka, [&](const Angka& a) { return drop.contains(a.id); });
    }

    template <class Node>
    void isi_node(Node& node, const Kode& kode, std::span<const std::string_view> cells, std::size_t nomor,
                  const std::string& ref) {
        node.kode = kode;
        node.uraian = std::string(sel(cells, KolomDpa::uraian));
        if (node.uraian.empty()) {
            tambah_masalah(tempat(nomor, col(KolomDpa::uraian)),
                           "uraian " + kode.text() + " kosong / the uraian of " + kode.text() + " is empty");
        }
        node.rencana = jumlah_uang(sel(cells, KolomDpa::pagu), nomor, KolomDpa::pagu);
        if (col(KolomDpa::realisasi) != tidak_ada)
            node.realisasi = jumlah_uang(sel(cells, KolomDpa::realisasi), nomor, KolomDpa::realisasi);
        if (auto t = sel(cells, KolomDpa::persen); !t.empty()) angka(nomor, KolomDpa::persen, ref, "serapan", t);
    }

    bool baru(const Kode& kode, std::size_t nomor) {
        auto [it, inserted] = dilihat.try_emplace(kode.str(), nomor);
        if (inserted) return true;
        tambah_masalah(tempat(nomor, col(KolomDpa::kode)), "kode " + kode.text() + " sudah ada di baris " +
                                                               std::to_string(it->second) + " / code " + kode.text() +
                                                               " already in row " + std::to_string(it->second));
        return false;
    }

    void node(std::span<const std::string_view> cells, std::size_t nomor, const Kode& kode) {
        const std::string where = tempat(nomor, col(KolomDpa::kode));
        Dpa& dpa = hasil.dpa;
        std::optional<LevelKode> level = kode.level();
        if (!level) {  // 13/2006: from the codes above
            if (k != tidak_ada && kode.is_under(dpa.program[p].kegiatan[k].kode)) {
                level = LevelKode::sub_kegiatan;
            } else if (p != tidak_ada && kode.is_under(dpa.program[p].kode)) {
                level = LevelKode::kegiatan;
            } else {
                level = LevelKode::program;
            }
        }
        switch (*level) {
            case LevelKode::urusan:
            case LevelKode::bidang_urusan:
                tutup_rincian();
                p = k = s = tidak_ada;
                catat(nomor, JenisBaris::urusan, isi(cells));
                return;
            case LevelKode::program: {
                tutup_rincian();
                if (!baru(kode, nomor)) return;
                Program& prog = dpa.program.emplace_back();
                p = dpa.program.size() - 1;
                k = s = tidak_ada;
                isi_node(prog, kode, cells, nomor, prefix + kode.text());
                ++hasil.jumlah[static_cast<std::size_t>(JenisBaris::program)];
                return;
            }
            case LevelKode::kegiatan: {
                tutup_rincian();
                const Program* prog = p == tidak_ada ? nullptr : &dpa.program[p];
                if (prog == nullptr || !kode.is_under(prog->kode) ||
                    (kode.skema() == SkemaKode::permendagri_90_2019 && kode.program() != prog->kode)) {
                    tambah_masalah(where, "kegiatan " + kode.text() + " tidak di bawah program di atasnya" +
                                              (prog ? " (" + prog->kode.text() + ")" : std::string()) + " / kegiatan " +
                                              kode.text() + " is not under the program above it" +
                                              (prog ? " (" + prog->kode.text() + ")" : std::string()));
                    k = s = tidak_ada;
                    return;
                }
                if (!baru(kode, nomor)) return;
                Kegiatan& keg = dpa.program[p].kegiatan.emplace_back();
                k = dpa.program[p].kegiatan.size() - 1;
                s = tidak_ada;
                isi_node(keg, kode, cells, nomor, prefix + dpa.program[p].kode.text() + "/kegiatan/" + kode.text());
                ++hasil.jumlah[static_cast<std::size_t>(JenisBaris::kegiatan)];
                return;
            }
            case LevelKode::sub_kegiatan: {
                tutup_rincian();
                const Kegiatan* keg = k == tidak_ada ? nullptr : &dpa.program[p].kegiatan[k];
                if (keg == nullptr || !kode.is_under(keg->kode) ||
                    (kode.skema() == SkemaKode::permendagri_90_2019 && kode.parent() != keg->kode)) {
                    tambah_masalah(where, "sub kegiatan " + kode.text() + " tidak di bawah kegiatan di atasnya" +
                                              (keg ? " (" + keg->kode.text() + ")" : std::string()) +
                                              " / sub kegiatan " + kode.text() + " is not under the kegiatan above it" +
                                              (keg ? " (" + keg->kode.text() + ")" : std::string()));
                    s = tidak_ada;
                    return;
                }
                if (!baru(kode, nomor)) return;
                Kegiatan& kg = dpa.program[p].kegiatan[k];
                SubKegiatan& sub = kg.sub_kegiatan.emplace_back();
                s = kg.sub_kegiatan.size() - 1;
                isi_node(sub, kode, cells, nomor,
                         prefix + dpa.program[p].kode.text() + "/kegiatan/" + kg.kode.text() + "/sub_kegiatan/" +
                             kode.text());
                ++hasil.jumlah[static_cast<std::size_t>(JenisBaris::sub_kegiatan)];
                return;
            }
        }
    }

    void baris(std::span<const std::string_view> cells, std::size_t nomor, std::span<const std::size_t> angka_sel) {
        const bool kosong = std::all_of(cells.begin(), cells.end(), [](std::string_view c) { return trim(c).empty(); });
        if (kosong) {
            ++hasil.jumlah[static_cast<std::size_t>(JenisBaris::kosong)];
            return;
        }
        if (!ada_header) {
            if (!coba_header(cells, nomor)) catat(nomor, JenisBaris::judul, isi(cells));
            return;
        }
        const std::string_view kode = sel(cells, KolomDpa::kode);
        if (!kode.empty() && has_letter(kode) && kolom_dpa(kode) == KolomDpa::kode) {
            catat(nomor, JenisBaris::header, isi(cells));
            return;
        }
        if (nomor_kolom(cells)) {
            catat(nomor, JenisBaris::nomor_kolom, isi(cells));
            return;
        }
        if (kode.empty() || is_total(kode)) {
            const std::string_view ur = sel(cells, KolomDpa::uraian);
            if (is_total(kode) || is_total(ur)) return total(cells, nomor);
            bool amounts = false;
            for (KolomDpa kd : {KolomDpa::pagu, KolomDpa::realisasi, KolomDpa::persen})
                if (col(kd) != tidak_ada && !sel(cells, kd).empty()) amounts = true;
            if (amounts) {
                tambah_masalah(tempat(nomor, col(KolomDpa::kode)),
                               "baris tanpa kode berisi jumlah: " + sakip::quoted(shown(isi(cells))) +
                                   " / a row with amounts but no code");
                return;
            }
            catat(nomor, JenisBaris::dilewati, "tanpa kode dan tanpa jumlah / no code and no amount: " + isi(cells));
            return;
        }
        const std::size_t kc = col(KolomDpa::kode);
        if (std::find(angka_sel.begin(), angka_sel.end(), kc) != angka_sel.end()) {
            tambah_masalah(tempat(nomor, kc), "kode " + std::string(kode) +
                                                  " berupa angka, bukan teks: angka telah kehilangan kode tercetak "
                                                  "(nol di depan, titik); simpan sel sebagai teks / kode " +
                                                  std::string(kode) +
                                                  " is a number, not text: a number has lost the printed code "
                                                  "(leading zeros, dots); store the cell as text");
            return;
        }
        if (is_rekening(kode)) return rekening(cells, nomor, kode);
        if (kode.size() == 1 && digits(kode) && skema != SkemaKode::permendagri_13_2006) {
            // "7": a 90/2019 urusan (a 13/2006 code has two digits or more)
            tutup_rincian();
            p = k = s = tidak_ada;
            catat(nomor, JenisBaris::urusan, isi(cells));
            return;
        }
        Pesan why;
        auto parsed = Kode::try_parse(kode, &why);
        if (!parsed) {
            tambah_masalah(tempat(nomor, kc), "kode " + sakip::quoted(kode) + " tidak sah: " + why.id + " / kode " +
                                                  sakip::quoted(kode) + " is not a code: " + why.en);
            return;
        }
        if (!skema) {
            skema = parsed->skema();
            hasil.dpa.skema_kode = *skema;
        } else if (parsed->skema() != *skema) {
            tambah_masalah(tempat(nomor, kc), "kode " + sakip::quoted(kode) + " berskema " +
                                                  std::string(to_string(parsed->skema())) + ", tabel " +
                                                  std::string(to_string(*skema)) + " / code of scheme " +
                                                  std::string(to_string(parsed->skema())) + " in a " +
                                                  std::string(to_string(*skema)) + " table");
            return;
        }
        node(cells, nomor, *parsed);
    }

    HasilImporDpa selesai() {
        tutup_rincian();
        subtotal();
        if (!ada_header) {
            tambah_masalah(opsi.sumber,
                           "tidak ada baris header (kolom Kode dan Uraian, Pagu/Anggaran, …) / no header "
                           "row (columns Kode and Uraian, Pagu/Anggaran, …)");
        }
        if (persen_rekening > 0) {
            hasil.peringatan.push_back(
                opsi.sumber + ": " + std::to_string(persen_rekening) +
                " % tercetak pada baris rekening tidak disimpan (model tanpa tingkat rekening) / "
                "printed % of rekening rows not kept (the model has no rekening level)");
        }
        if (!masalah.empty()) {
            if (masalah_lain > 0) {
                masalah.push_back({opsi.sumber, "dan " + std::to_string(masalah_lain) + " masalah lain / and " +
                                                    std::to_string(masalah_lain) + " more problems"});
            }
            throw impor_dpa_error(std::move(masalah));
        }
        return std::move(hasil);
    }
};

}  // namespace impor_dpa_detail

std::string_view to_string(KolomDpa k) noexcept {
    switch (k) {
        case KolomDpa::kode:
            return "kode";
        case KolomDpa::uraian:
            return "uraian";
        case KolomDpa::pagu:
            return "pagu";
        case KolomDpa::realisasi:
            return "realisasi";
        case KolomDpa::persen:
            return "persen";
    }
    return "?";
}

std::string_view to_string(JenisBaris j) noexcept {
    static constexpr std::array<std::string_view, jumlah_jenis_baris> names{
        "judul",    "header",       "nomor_kolom", "kosong", "urusan",  "program",
        "kegiatan", "sub_kegiatan", "rekening",    "total",  "dilewati"};
    return names[static_cast<std::size_t>(j)];
}

std::span<const NamaKolomDpa> nama_kolom_dpa() noexcept { return impor_dpa_detail::nama_kolom; }

std::optional<KolomDpa> kolom_dpa(std::string_view header) noexcept {
    try {
        const std::string f = impor_dpa_detail::fold(header);
        for (const auto& n : impor_dpa_detail::nama_kolom)
            if (n.nama == f) return n.kolom;
    } catch (...) {  // allocation failure: not a header
    }
    return std::nullopt;
}

impor_dpa_error::impor_dpa_error(std::vector<MasalahImpor> masalah)
    : error(impor_dpa_detail::daftar_masalah(masalah)), masalah_(std::move(masalah)) {}

struct ImporDpa::Impl : impor_dpa_detail::Mesin {};

ImporDpa::ImporDpa(OpsiImporDpa opsi) : impl_(std::make_unique<Impl>()) {
    impl_->opsi = std::move(opsi);
    impl_->skema = impl_->opsi.skema;
    impl_->hasil.dpa.tahun = impl_->opsi.tahun;
    if (impl_->skema) impl_->hasil.dpa.skema_kode = *impl_->skema;
    impl_->hasil.dpa.sumber = impl_->opsi.sumber;
    impl_->prefix = "/dpa/" + std::to_string(impl_->opsi.tahun) + "/program/";
}
ImporDpa::~ImporDpa() = default;

void ImporDpa::baris(std::span<const std::string_view> cells, std::size_t nomor, std::span<const std::size_t> angka) {
    impl_->baris(cells, nomor, angka);
}
void ImporDpa::masalah(std::size_t nomor, std::size_t kolom, std::string pesan) {
    impl_->tambah_masalah(impl_->tempat(nomor, kolom), std::move(pesan));
}
HasilImporDpa ImporDpa::selesai() { return impl_->selesai(); }
std::string ImporDpa::tempat(std::size_t nomor, std::size_t kolom) const { return impl_->tempat(nomor, kolom); }

HasilImporDpa impor_dpa_csv(std::string_view text, const OpsiImporDpa& opsi) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // UTF-8 BOM
    std::vector<std::string_view> fields;
    std::deque<std::string> scratch;
    std::size_t line = 1;
    // The separator: the first of ';' and ',' with which a header row is found in the first records.
    char sep = ',';
    for (char candidate : {';', ','}) {
        detail::CsvCursor c{text, 0, 1};
        bool found = false;
        try {
            for (int i = 0; i < 64 && detail::read_csv_record(c, fields, scratch, line, candidate); ++i) {
                std::size_t known = 0;
                bool kode = false;
                for (auto f : fields) {
                    if (auto kd = kolom_dpa(f)) {
                        ++known;
                        kode = kode || *kd == KolomDpa::kode;
                    }
                }
                if (kode && known >= 2) {
                    found = true;
                    break;
                }
            }
        } catch (const parse_error&) {  // reported by the real pass below
        }
        if (found) {
            sep = candidate;
            break;
        }
    }
    ImporDpa imp(opsi);
    detail::CsvCursor c{text, 0, 1};
    while (true) {
        try {
            if (!detail::read_csv_record(c, fields, scratch, line, sep)) break;
        } catch (const parse_error& e) {
            imp.masalah(c.line, 0, e.what());
            break;
        }
        // The cells become document text, which is UTF-8: a byte that is not is an error of its cell
        // (the row is not read).
        bool utf8 = true;
        for (std::size_t i = 0; i < fields.size(); ++i) {
            const std::size_t bad = detail::utf8_invalid(fields[i]);
            if (bad == std::string_view::npos) continue;
            utf8 = false;
            static constexpr char hex[] = "0123456789abcdef";
            const auto b = static_cast<unsigned char>(fields[i][bad]);
            const std::string byte = std::string("\\x") + hex[b >> 4] + hex[b & 0xF];
            imp.masalah(line, i,
                        "byte " + byte + " pada posisi " + std::to_string(bad) +
                            " bukan UTF-8 (simpan berkas sebagai UTF-8) / byte " + byte + " at offset " +
                            std::to_string(bad) + " is not UTF-8 (save the file as UTF-8)");
        }
        if (utf8) imp.baris(fields, line);
    }
    return imp.selesai();
}

Dokumen pasang_dpa(Dokumen doc, const HasilImporDpa& hasil, bool timpa) {
    const int tahun = hasil.dpa.tahun;
    Laporan& lap = doc.laporan[tahun];
    lap.tahun = tahun;
    if (doc.dpa.contains(tahun)) {
        if (!timpa) {
            throw error("dokumen sudah memuat DPA " + std::to_string(tahun) +
                        "; pakai --timpa untuk menggantinya / the document already holds a DPA of " +
                        std::to_string(tahun) + "; use --timpa (overwrite) to replace it");
        }
        std::erase_if(lap.angka, [](const Angka& a) { return a.id.starts_with("sipd."); });
    }
    std::unordered_set<std::string> ids;
    for (const Angka& a : lap.angka) ids.insert(a.id);
    for (const Angka& a : hasil.angka) {
        if (!ids.insert(a.id).second)
            throw error("laporan " + std::to_string(tahun) + " sudah memuat angka " + a.id +
                        " / already holds figure " + a.id);
        lap.angka.push_back(a);
    }
    if (lap.angka.empty() && lap.skala.empty()) doc.laporan.erase(tahun);
    doc.dpa[tahun] = hasil.dpa;
    return doc;
}

Dokumen dokumen_dpa(const HasilImporDpa& hasil, std::string instansi) {
    Dokumen doc;
    doc.instansi.nama = std::move(instansi);
    doc.instansi.pemda = "-";
    doc.renstra.periode = Periode{hasil.dpa.tahun, hasil.dpa.tahun};
    return pasang_dpa(std::move(doc), hasil, false);
}

}  // namespace sakip
