// sakip::audit: the PK cascade (rule pk.cascade_sum) - a program amount of a PK against the kegiatan
// rows of the PKs below it, and a kegiatan amount against their sub kegiatan rows.
#include "audit/aturan.hpp"

#include <boost/multiprecision/cpp_int.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>

namespace sakip::audit_detail {

namespace {

// ---- the PK cascade ------------------------------------------------------------------------------
//
// A program amount in a PK's program table against the kegiatan rows of the PKs below it (each
// kegiatan counted once - its first row in the order below -, rows without a kegiatan code each
// counted; the subordinates' own program rows without a kegiatan are restatements, not counted).
// Level 1, the same one level down: a kegiatan amount (a row with a kegiatan and no sub kegiatan
// code) against the sub kegiatan rows of that kegiatan below it (each sub kegiatan counted once).
//
// "Below" is Dokumen::semua_bawahan: depth first, children in document order. Walking it from every
// PK rescans the year's PKs at every step, cubic in the depth of the chain (issue 12: 5 000 PKs took
// 7 minutes). So a year's cascade is indexed once: when ids are unique and `atasan` never loops (the
// loader guarantees both, docs/format.md `ref.pk`) the PKs form a forest, and the PKs below a PK are
// a contiguous range of the forest's preorder. The counted rows of one program, in preorder, then
// answer "the sum of the rows of a range, each kegiatan at its first row" by one sweep from the
// right with Fenwick trees holding, for each kegiatan, only its leftmost row seen so far:
// O(rows · log rows). A finding lists its terms (output-sensitive). A year whose PKs are not a
// forest (only a document built in code can be one) is walked PK by PK.

struct PkRow {
    std::size_t pos;  // preorder position of the PK
    std::size_t pk;   // index in the year's PKs
    int table;        // 0 program, 1 kegiatan, 2 sub_kegiatan
    std::size_t j;    // row
    const PkBaris* row;
};

// The code a level sums under (program, kegiatan) and the code of the rows it counts once.
const std::optional<Kode>& kunci(const PkBaris& r, int level) { return level == 0 ? r.program : r.kegiatan; }
const std::optional<Kode>& anak(const PkBaris& r, int level) { return level == 0 ? r.kegiatan : r.sub_kegiatan; }

const char* const pk_tables[] = {"program", "kegiatan", "sub_kegiatan"};

const std::vector<PkBaris>& pk_table(const PerjanjianKinerja& pk, int t) {
    return t == 0 ? pk.program : t == 1 ? pk.kegiatan : pk.sub_kegiatan;
}

// A row of a subordinate PK that counts towards its program's (level 0) or kegiatan's (level 1) sum.
bool counts(const PkBaris& r, int table, int level) {
    if (level == 1) return r.kegiatan && r.sub_kegiatan && r.anggaran;
    return r.program && r.anggaran && (table != 0 || r.kegiatan);
}

using Wide = boost::multiprecision::int256_t;  // Σ of up to 2^64 amounts of 38 digits, exact

const Wide& sen_limit() {  // 10^38: a Rupiah has at most 38 significant digits
    static const Wide limit = [] {
        Wide x = 1;
        for (int i = 0; i < 38; ++i) x *= 10;
        return x;
    }();
    return limit;
}

// The subordinates' rows of one program under a PK.
struct Kaskade {
    Wide sen = 0;
    std::int64_t n = 0;
    std::int64_t ambiguous = 0;  // rows whose amount is ambiguous as printed
    std::string terms;
};

// A checked row of a PK: its table (0 program, 1 kegiatan) and position.
struct Baris {
    int table;
    std::size_t i;
};

std::string lokasi(int tahun, const PerjanjianKinerja& pk, Baris b) {
    return "/pk/" + std::to_string(tahun) + "/" + pk.id + "/" + pk_tables[b.table] + "/" + std::to_string(b.i) +
           "/anggaran";
}

// Whether the stated amount of the row equals the sum; a sum beyond 38 digits is a finding.
bool sama(Context& ctx, int tahun, const PerjanjianKinerja& pk, Baris b, int level, const Kaskade& k) {
    const PkBaris& row = pk_table(pk, b.table)[b.i];
    if (boost::multiprecision::abs(k.sen) < sen_limit())
        return Rupiah::from_sen(static_cast<Decimal::coefficient_type>(k.sen)) == row.anggaran->value;
    const std::string item = (level == 0 ? "program " : "kegiatan ") + kunci(row, level)->text();
    tidak_terhitung(
        ctx, overflow_error("sum has more than 38 significant digits"), lokasi(tahun, pk, b), pk_source(pk),
        std::string(level == 0 ? "jumlah kegiatan " : "jumlah sub kegiatan ") + item + " di PK bawahan " + pk.id,
        "the sum of " + item + "'s " + (level == 0 ? "kegiatan" : "sub kegiatan") + " in the PKs below " + pk.id);
    return true;
}

void cascade_finding(Context& ctx, int tahun, const PerjanjianKinerja& pk, Baris b, int level, const Kaskade& k) {
    const PkBaris& row = pk_table(pk, b.table)[b.i];
    const Rupiah sum = Rupiah::from_sen(static_cast<Decimal::coefficient_type>(k.sen));
    const std::string item = (level == 0 ? "program " : "kegiatan ") + kunci(row, level)->text();
    Finding x = temuan("pk.cascade_sum");
    x.location = lokasi(tahun, pk, b);
    x.source = pk_source(pk);
    x.reported = row.anggaran->text;
    x.reported_value = canon_rp(row.anggaran->value);
    x.expected = canon_rp(sum);
    x.message = item + " di PK " + pk.id + " " + row.anggaran->value.format(RupiahFormat::ringkas()) + ", tetapi " +
                (level == 0 ? "kegiatannya" : "sub kegiatannya") + " di PK bawahan berjumlah " +
                sum.format(RupiahFormat::ringkas());
    x.message_en = item + " in PK " + pk.id + " is " + row.anggaran->value.format(RupiahFormat::ringkas()) +
                   " but its " + (level == 0 ? "kegiatan" : "sub kegiatan") + " in the subordinate PKs sum to " +
                   sum.format(RupiahFormat::ringkas());
    if (k.ambiguous > 0 || row.anggaran->has_note("ambiguous_separator")) {
        x.message += " (ada jumlah tercetak bermakna ganda)";
        x.message_en += " (an amount involved is ambiguous as printed)";
    }
    x.trace = "Σ " + k.terms + " = " + canon_rp(sum);
    ctx.add(std::move(x));
}

// The rows a PK checks: level 0, its program rows without a kegiatan, the first one of each program;
// level 1, its program and kegiatan rows with a kegiatan and no sub kegiatan, the first of each kegiatan.
template <class F>
void cascade_rows(const PerjanjianKinerja& pk, int level, F&& f) {
    std::set<std::string> done;
    for (int t = 0; t <= level; ++t) {
        const auto& rows = pk_table(pk, t);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const PkBaris& row = rows[i];
            if (!kunci(row, level) || anak(row, level) || !row.anggaran) continue;
            if (level == 1 && row.sub_kegiatan) continue;
            if (!done.insert(kunci(row, level)->str()).second) continue;
            f(Baris{t, i}, row);
        }
    }
}

std::string term(const PerjanjianKinerja& sub, int table, std::size_t j, const PkBaris& r) {
    return sub.id + "/" + pk_tables[table] + "/" + std::to_string(j) + " " + canon_rp(r.anggaran->value);
}

// A year whose PKs are not a forest: each PK's subordinates as Dokumen::semua_bawahan lists them.
void cek_cascade_walk(Context& ctx, int tahun, const PerjanjianKinerja& pk, int level) {
    const auto below = ctx.doc.semua_bawahan(pk);
    if (below.empty()) return;
    cascade_rows(pk, level, [&](Baris b, const PkBaris& row) {
        std::set<std::string> seen;
        Kaskade k;
        for (const PerjanjianKinerja* sub : below) {
            check_interrupt();
            for (int t = 0; t < 3; ++t) {
                const auto& rows = pk_table(*sub, t);
                for (std::size_t j = 0; j < rows.size(); ++j) {
                    const PkBaris& r = rows[j];
                    if (!counts(r, t, level) || *kunci(r, level) != *kunci(row, level)) continue;
                    if (anak(r, level) && !seen.insert(anak(r, level)->str()).second) continue;
                    k.sen += Wide(r.anggaran->value.sen());
                    ++k.n;
                    k.ambiguous += r.anggaran->has_note("ambiguous_separator") ? 1 : 0;
                    k.terms += (k.terms.empty() ? "" : " + ") + term(*sub, t, j, r);
                }
            }
        }
        if (k.n > 0 && !sama(ctx, tahun, pk, b, level, k)) cascade_finding(ctx, tahun, pk, b, level, k);
    });
}

// Fenwick trees over the rows of one program: amount (sen), count and ambiguous count of the rows
// that are active (counted for a range starting at the sweep's position).
class Fenwick {
public:
    explicit Fenwick(std::size_t m) : sen_(m + 1, 0), n_(m + 1, 0), amb_(m + 1, 0) {}
    void add(std::size_t idx, const PkBaris& r, int sign) {
        const Wide v = Wide(r.anggaran->value.sen()) * sign;
        const int amb = r.anggaran->has_note("ambiguous_separator") ? sign : 0;
        for (std::size_t x = idx + 1; x < sen_.size(); x += x & (~x + 1)) {
            sen_[x] += v;
            n_[x] += sign;
            amb_[x] += amb;
        }
    }
    // Adds sign × (the rows [0, idx)) to k.
    void prefix(std::size_t idx, Kaskade& k, int sign) const {
        for (std::size_t x = idx; x > 0; x -= x & (~x + 1)) {
            k.sen += sen_[x] * sign;
            k.n += n_[x] * sign;
            k.ambiguous += amb_[x] * sign;
        }
    }

private:
    std::vector<Wide> sen_;
    std::vector<std::int64_t> n_, amb_;
};

void cek_level(Context& ctx, int tahun, const std::vector<PerjanjianKinerja>& pks,
               const std::vector<std::size_t>& order, const std::vector<std::size_t>& pre,
               const std::vector<std::size_t>& end, int level);

}  // namespace

void cek_cascade(Context& ctx, int tahun, const std::vector<PerjanjianKinerja>& pks) {
    const std::size_t n = pks.size();
    // Children by superior id (document order), the roots, and the forest test.
    std::unordered_map<std::string_view, std::size_t> by_id;
    bool forest = true;
    for (std::size_t i = 0; i < n; ++i) forest = by_id.emplace(pks[i].id, i).second && forest;
    std::unordered_map<std::string_view, std::vector<std::size_t>> children;
    std::vector<std::size_t> roots;
    for (std::size_t i = 0; i < n; ++i) {
        const PerjanjianKinerja& q = pks[i];
        if (q.atasan.empty() || q.atasan == q.id || by_id.count(q.atasan) == 0)
            roots.push_back(i);
        else
            children[q.atasan].push_back(i);
    }
    // Preorder: PK p's subordinates are the positions (pre[p], end[p]).
    std::vector<std::size_t> pre(n, 0), end(n, 0), order;
    order.reserve(n);
    std::vector<std::pair<std::size_t, std::size_t>> stack;  // (PK, next child)
    for (std::size_t r : roots) {
        pre[r] = order.size();
        order.push_back(r);
        stack.emplace_back(r, 0);
        while (!stack.empty()) {
            check_interrupt();
            const std::size_t k = stack.back().first;
            auto it = children.find(pks[k].id);
            if (it != children.end() && stack.back().second < it->second.size()) {
                const std::size_t c = it->second[stack.back().second++];
                pre[c] = order.size();
                order.push_back(c);
                stack.emplace_back(c, 0);
            } else {
                end[k] = order.size();
                stack.pop_back();
            }
        }
    }
    if (!forest || order.size() != n) {
        for (int level = 0; level < 2; ++level)
            for (const PerjanjianKinerja& pk : pks) cek_cascade_walk(ctx, tahun, pk, level);
        return;
    }
    for (int level = 0; level < 2; ++level) cek_level(ctx, tahun, pks, order, pre, end, level);
}

namespace {

// One level of the cascade over the forest's preorder (`order`; PK p's subordinates are the positions
// (pre[p], end[p])).
void cek_level(Context& ctx, int tahun, const std::vector<PerjanjianKinerja>& pks,
               const std::vector<std::size_t>& order, const std::vector<std::size_t>& pre,
               const std::vector<std::size_t>& end, int level) {
    const std::size_t n = pks.size();

    // The counted rows of each program (kegiatan) in preorder (then table, then row order), and the
    // queries: a PK's checked row over the rows of the PK's subordinates, rows [lo, hi).
    std::map<Kode, std::vector<PkRow>> rows_of;
    for (std::size_t pos = 0; pos < n; ++pos)
        for (int t = 0; t < 3; ++t) {
            const auto& rows = pk_table(pks[order[pos]], t);
            for (std::size_t j = 0; j < rows.size(); ++j)
                if (counts(rows[j], t, level))
                    rows_of[*kunci(rows[j], level)].push_back({pos, order[pos], t, j, &rows[j]});
        }
    struct Query {
        std::size_t pk;
        Baris b;
        std::size_t lo, hi;
    };
    std::map<Kode, std::vector<Query>> queries;
    for (std::size_t p = 0; p < n; ++p) {
        if (end[p] == pre[p] + 1) continue;  // no subordinate
        cascade_rows(pks[p], level, [&](Baris b, const PkBaris& row) {
            auto it = rows_of.find(*kunci(row, level));
            if (it == rows_of.end()) return;
            const auto& rows = it->second;
            auto at = [&](std::size_t pos) {
                return static_cast<std::size_t>(
                    std::lower_bound(rows.begin(), rows.end(), pos,
                                     [](const PkRow& r, std::size_t v) { return r.pos < v; }) -
                    rows.begin());
            };
            const std::size_t lo = at(pre[p] + 1), hi = at(end[p]);
            if (lo < hi) queries[*kunci(row, level)].push_back({p, b, lo, hi});
        });
    }
    for (auto& [kode, qs] : queries) {
        const auto& rows = rows_of.at(kode);
        std::sort(qs.begin(), qs.end(), [](const Query& a, const Query& b) { return a.lo > b.lo; });
        Fenwick tree(rows.size());
        std::set<std::size_t> active;
        std::unordered_map<std::string_view, std::size_t> first;  // kegiatan (sub) -> its active (leftmost) row
        std::size_t qi = 0;
        for (std::size_t l = rows.size(); l-- > 0 && qi < qs.size();) {
            check_interrupt();
            const PkBaris& r = *rows[l].row;
            if (const auto& c = anak(r, level)) {
                auto [it, fresh] = first.emplace(c->str(), l);
                if (!fresh) {
                    tree.add(it->second, *rows[it->second].row, -1);
                    active.erase(it->second);
                    it->second = l;
                }
            }
            tree.add(l, r, +1);
            active.insert(l);
            for (; qi < qs.size() && qs[qi].lo == l; ++qi) {
                const Query& q = qs[qi];
                Kaskade k;
                tree.prefix(q.hi, k, +1);
                tree.prefix(q.lo, k, -1);
                if (k.n == 0 || sama(ctx, tahun, pks[q.pk], q.b, level, k)) continue;
                // A finding: its terms are the active rows of the range.
                for (auto it = active.lower_bound(q.lo); it != active.end() && *it < q.hi; ++it) {
                    const PkRow& t = rows[*it];
                    k.terms += (k.terms.empty() ? "" : " + ") + term(pks[t.pk], t.table, t.j, *t.row);
                }
                cascade_finding(ctx, tahun, pks[q.pk], q.b, level, k);
            }
        }
    }
}

}  // namespace

}  // namespace sakip::audit_detail
