// sakip::evaluate: the PK cascade (rule pk.cascade_sum) - for each program amount of a PK the Σ of the
// kegiatan rows of the PKs below it, for each kegiatan amount the Σ of their sub kegiatan rows; and, on
// demand, the terms of such a sum.
#include "evaluate/kaskade.hpp"

#include <sakip/interrupt.hpp>

#include <boost/multiprecision/cpp_int.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace sakip::evaluate_detail {

const std::vector<PkBaris>& pk_tabel(const PerjanjianKinerja& pk, int tabel) {
    return tabel == 0 ? pk.program : tabel == 1 ? pk.kegiatan : pk.sub_kegiatan;
}

const char* nama_pk_tabel(int tabel) {
    static const char* const names[] = {"program", "kegiatan", "sub_kegiatan"};
    return names[tabel];
}

namespace {

// "Below" is Dokumen::semua_bawahan: depth first, children in document order. Walking it from every
// PK rescans the year's PKs at every step, cubic in the depth of the chain (issue 12: 5 000 PKs took
// 7 minutes). So a year's cascade is indexed once: when ids are unique and `atasan` never loops (the
// loader guarantees both, docs/format.md `ref.pk`) the PKs form a forest, and the PKs below a PK are
// a contiguous range of the forest's preorder. The counted rows of one program, in preorder, then
// answer "the sum of the rows of a range, each kegiatan at its first row" by one sweep from the
// right with Fenwick trees holding, for each kegiatan, only its leftmost row seen so far:
// O(rows · log rows). The terms of a sum (suku_kaskade) are the rows of the range whose previous row
// of the same kegiatan lies before the range, listed by a minimum tree: output-sensitive. A year
// whose PKs are not a forest (only a document built in code can be one) is walked PK by PK.

// The code a level sums under (program, kegiatan) and the code of the rows it counts once.
const std::optional<Kode>& kunci_kaskade(const PkBaris& r, int level) { return level == 0 ? r.program : r.kegiatan; }
const std::optional<Kode>& anak_kaskade(const PkBaris& r, int level) {
    return level == 0 ? r.kegiatan : r.sub_kegiatan;
}

// A row of a subordinate PK that counts towards its program's (level 0) or kegiatan's (level 1) sum.
bool dihitung_kaskade(const PkBaris& r, int tabel, int level) {
    if (level == 1) return r.kegiatan && r.sub_kegiatan && r.anggaran;
    return r.program && r.anggaran && (tabel != 0 || r.kegiatan);
}

using SenKaskade = boost::multiprecision::int256_t;  // Σ of up to 2^64 amounts of 38 digits, exact

const SenKaskade& batas_sen_kaskade() {  // 10^38: a Rupiah has at most 38 significant digits
    static const SenKaskade limit = [] {
        SenKaskade x = 1;
        for (int i = 0; i < 38; ++i) x *= 10;
        return x;
    }();
    return limit;
}

// The subordinates' rows of one program (kegiatan) under a PK, summed.
struct JumlahKaskade {
    SenKaskade sen = 0;
    std::int64_t n = 0;
    std::int64_t ambiguous = 0;  // rows whose amount is ambiguous as printed
};

void isi_jumlah(EvaluasiKaskade& e, const JumlahKaskade& k) {
    if (boost::multiprecision::abs(k.sen) < batas_sen_kaskade())
        e.jumlah = Rupiah::from_sen(static_cast<Decimal::coefficient_type>(k.sen));
    else
        e.alasan = "sum has more than 38 significant digits";
    e.n = static_cast<std::size_t>(k.n);
    e.ambiguous = static_cast<std::size_t>(k.ambiguous);
}

// The rows a PK checks: level 0, its program rows without a kegiatan, the first one of each program;
// level 1, its program and kegiatan rows with a kegiatan and no sub kegiatan, the first of each
// kegiatan. f(table, row index, row).
template <class F>
void baris_diperiksa(const PerjanjianKinerja& pk, int level, F&& f) {
    std::set<std::string> done;
    for (int t = 0; t <= level; ++t) {
        const auto& rows = pk_tabel(pk, t);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const PkBaris& row = rows[i];
            if (!kunci_kaskade(row, level) || anak_kaskade(row, level) || !row.anggaran) continue;
            if (level == 1 && row.sub_kegiatan) continue;
            if (!done.insert(kunci_kaskade(row, level)->str()).second) continue;
            f(t, i, row);
        }
    }
}

EvaluasiKaskade entri_kaskade(int tahun, const PerjanjianKinerja& pk, int level, int tabel, std::size_t i,
                              const PkBaris& row) {
    EvaluasiKaskade e;
    e.level = level;
    e.tabel = tabel;
    e.baris = i;
    e.kode = *kunci_kaskade(row, level);
    e.pointer = "/pk/" + std::to_string(tahun) + "/" + pk.id + "/" + nama_pk_tabel(tabel) + "/" + std::to_string(i) +
                "/anggaran";
    return e;
}

// The counted rows of `kode` at `level` in the PKs `below` (Dokumen::semua_bawahan order), each kegiatan
// (sub kegiatan) at its first row: f(PK, table, row index, row).
template <class F>
void jalan_bawahan(const std::vector<const PerjanjianKinerja*>& below, int level, const Kode& kode, F&& f) {
    std::set<std::string> seen;
    for (const PerjanjianKinerja* sub : below) {
        check_interrupt();
        for (int t = 0; t < 3; ++t) {
            const auto& rows = pk_tabel(*sub, t);
            for (std::size_t j = 0; j < rows.size(); ++j) {
                const PkBaris& r = rows[j];
                if (!dihitung_kaskade(r, t, level) || *kunci_kaskade(r, level) != kode) continue;
                if (anak_kaskade(r, level) && !seen.insert(anak_kaskade(r, level)->str()).second) continue;
                f(sub, t, j, r);
            }
        }
    }
}

// The year's PKs as a forest: children by superior id (document order), one preorder (`order`); PK p's
// subordinates are the positions (pre[p], end[p]). `hutan` is false when the PKs are not a forest
// (a repeated id, or `atasan` looping).
struct HutanPk {
    bool hutan = true;
    std::vector<std::size_t> order, pre, end;

    explicit HutanPk(const std::vector<PerjanjianKinerja>& pks) : pre(pks.size(), 0), end(pks.size(), 0) {
        const std::size_t n = pks.size();
        std::unordered_map<std::string_view, std::size_t> by_id;
        for (std::size_t i = 0; i < n; ++i) hutan = by_id.emplace(pks[i].id, i).second && hutan;
        std::unordered_map<std::string_view, std::vector<std::size_t>> children;
        std::vector<std::size_t> roots;
        for (std::size_t i = 0; i < n; ++i) {
            const PerjanjianKinerja& q = pks[i];
            if (q.atasan.empty() || q.atasan == q.id || by_id.count(q.atasan) == 0)
                roots.push_back(i);
            else
                children[q.atasan].push_back(i);
        }
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
        hutan = hutan && order.size() == n;
    }
    bool ada_bawahan(std::size_t p) const { return end[p] > pre[p] + 1; }
};

// A counted row in the forest's preorder.
struct BarisUrut {
    std::size_t pos;  // preorder position of its PK
    std::size_t pk;   // index in the year's PKs
    int tabel;        // 0 program, 1 kegiatan, 2 sub_kegiatan
    std::size_t baris;
    const PkBaris* row;
};

// The counted rows of each program (kegiatan) at `level` in preorder (then table, then row order); only
// the codes of `want` when given.
std::map<Kode, std::vector<BarisUrut>> baris_per_kunci(const std::vector<PerjanjianKinerja>& pks, const HutanPk& h,
                                                       int level, const std::set<Kode>* want = nullptr) {
    std::map<Kode, std::vector<BarisUrut>> out;
    for (std::size_t pos = 0; pos < h.order.size(); ++pos) {
        check_interrupt();
        for (int t = 0; t < 3; ++t) {
            const auto& rows = pk_tabel(pks[h.order[pos]], t);
            for (std::size_t j = 0; j < rows.size(); ++j) {
                if (!dihitung_kaskade(rows[j], t, level)) continue;
                const Kode& k = *kunci_kaskade(rows[j], level);
                if (want != nullptr && want->count(k) == 0) continue;
                out[k].push_back({pos, h.order[pos], t, j, &rows[j]});
            }
        }
    }
    return out;
}

// The rows [lo, hi) of `rows` that belong to the PKs below PK p.
std::pair<std::size_t, std::size_t> rentang_bawahan(const std::vector<BarisUrut>& rows, const HutanPk& h,
                                                    std::size_t p) {
    auto at = [&](std::size_t pos) {
        return static_cast<std::size_t>(std::lower_bound(rows.begin(), rows.end(), pos,
                                                         [](const BarisUrut& r, std::size_t v) { return r.pos < v; }) -
                                        rows.begin());
    };
    return {at(h.pre[p] + 1), at(h.end[p])};
}

// Fenwick trees over the rows of one program: amount (sen), count and ambiguous count of the rows
// that are active (counted for a range starting at the sweep's position).
class FenwickKaskade {
public:
    explicit FenwickKaskade(std::size_t m) : sen_(m + 1, 0), n_(m + 1, 0), amb_(m + 1, 0) {}
    void add(std::size_t idx, const PkBaris& r, int sign) {
        const SenKaskade v = SenKaskade(r.anggaran->value.sen()) * sign;
        const int amb = r.anggaran->has_note("ambiguous_separator") ? sign : 0;
        for (std::size_t x = idx + 1; x < sen_.size(); x += x & (~x + 1)) {
            sen_[x] += v;
            n_[x] += sign;
            amb_[x] += amb;
        }
    }
    // Adds sign × (the rows [0, idx)) to k.
    void prefix(std::size_t idx, JumlahKaskade& k, int sign) const {
        for (std::size_t x = idx; x > 0; x -= x & (~x + 1)) {
            k.sen += sen_[x] * sign;
            k.n += n_[x] * sign;
            k.ambiguous += amb_[x] * sign;
        }
    }

private:
    std::vector<SenKaskade> sen_;
    std::vector<std::int64_t> n_, amb_;
};

// A minimum tree over v: lists, in ascending order, the positions l of [lo, hi) with v[l] <= bound in
// O((found + 1) · log |v|).
class MinimumKaskade {
public:
    explicit MinimumKaskade(const std::vector<std::size_t>& v) : n_(v.size()), t_(4 * std::max<std::size_t>(n_, 1)) {
        if (n_ > 0) build(1, 0, n_, v);
    }
    template <class F>
    void list(std::size_t lo, std::size_t hi, std::size_t bound, F&& f) const {
        if (n_ > 0) list(1, 0, n_, lo, hi, bound, f);
    }

private:
    std::size_t build(std::size_t node, std::size_t a, std::size_t b, const std::vector<std::size_t>& v) {
        if (b - a == 1) return t_[node] = v[a];
        const std::size_t mid = a + (b - a) / 2;
        return t_[node] = std::min(build(2 * node, a, mid, v), build(2 * node + 1, mid, b, v));
    }
    template <class F>
    void list(std::size_t node, std::size_t a, std::size_t b, std::size_t lo, std::size_t hi, std::size_t bound,
              F& f) const {
        if (b <= lo || hi <= a || t_[node] > bound) return;
        if (b - a == 1) {
            f(a);
            return;
        }
        const std::size_t mid = a + (b - a) / 2;
        list(2 * node, a, mid, lo, hi, bound, f);
        list(2 * node + 1, mid, b, lo, hi, bound, f);
    }
    std::size_t n_;
    std::vector<std::size_t> t_;
};

// One level of the cascade over the forest's preorder, into out.pk.
void kaskade_hutan(EvaluasiTahun& out, const std::vector<PerjanjianKinerja>& pks, const HutanPk& h, int level) {
    // The counted rows of each program (kegiatan) and the queries: a PK's checked row over the rows of
    // the PK's subordinates, rows [lo, hi); its result is out.pk[pk].kaskade[slot].
    const std::map<Kode, std::vector<BarisUrut>> rows_of = baris_per_kunci(pks, h, level);
    struct Query {
        std::size_t pk, slot, lo, hi;
    };
    std::map<Kode, std::vector<Query>> queries;
    for (std::size_t p = 0; p < pks.size(); ++p) {
        if (!h.ada_bawahan(p)) continue;
        baris_diperiksa(pks[p], level, [&](int t, std::size_t i, const PkBaris& row) {
            auto it = rows_of.find(*kunci_kaskade(row, level));
            if (it == rows_of.end()) return;
            const auto [lo, hi] = rentang_bawahan(it->second, h, p);
            if (lo >= hi) return;
            out.pk[p].kaskade.push_back(entri_kaskade(out.tahun, pks[p], level, t, i, row));
            queries[it->first].push_back({p, out.pk[p].kaskade.size() - 1, lo, hi});
        });
    }
    for (auto& [kode, qs] : queries) {
        const auto& rows = rows_of.at(kode);
        std::sort(qs.begin(), qs.end(), [](const Query& a, const Query& b) { return a.lo > b.lo; });
        FenwickKaskade tree(rows.size());
        std::unordered_map<std::string_view, std::size_t> first;  // kegiatan (sub) -> its active (leftmost) row
        std::size_t qi = 0;
        for (std::size_t l = rows.size(); l-- > 0 && qi < qs.size();) {
            check_interrupt();
            const PkBaris& r = *rows[l].row;
            if (const auto& c = anak_kaskade(r, level)) {
                auto [it, fresh] = first.emplace(c->str(), l);
                if (!fresh) {
                    tree.add(it->second, *rows[it->second].row, -1);
                    it->second = l;
                }
            }
            tree.add(l, r, +1);
            for (; qi < qs.size() && qs[qi].lo == l; ++qi) {
                const Query& q = qs[qi];
                JumlahKaskade k;
                tree.prefix(q.hi, k, +1);
                tree.prefix(q.lo, k, -1);
                isi_jumlah(out.pk[q.pk].kaskade[q.slot], k);
            }
        }
    }
}

}  // namespace

void evaluate_kaskade(EvaluasiTahun& out, const Dokumen& doc, const std::vector<PerjanjianKinerja>& pks) {
    if (out.pk.size() != pks.size()) return;  // out.pk is the evaluation of pks, one to one
    const HutanPk h(pks);
    if (h.hutan) {
        for (int level = 0; level < 2; ++level) kaskade_hutan(out, pks, h, level);
        return;
    }
    for (std::size_t p = 0; p < pks.size(); ++p) {
        const auto below = doc.semua_bawahan(pks[p]);
        if (below.empty()) continue;
        for (int level = 0; level < 2; ++level)
            baris_diperiksa(pks[p], level, [&](int t, std::size_t i, const PkBaris& row) {
                JumlahKaskade k;
                jalan_bawahan(below, level, *kunci_kaskade(row, level),
                              [&](const PerjanjianKinerja*, int, std::size_t, const PkBaris& r) {
                                  k.sen += SenKaskade(r.anggaran->value.sen());
                                  ++k.n;
                                  k.ambiguous += r.anggaran->has_note("ambiguous_separator") ? 1 : 0;
                              });
                if (k.n == 0) return;
                EvaluasiKaskade e = entri_kaskade(out.tahun, pks[p], level, t, i, row);
                isi_jumlah(e, k);
                out.pk[p].kaskade.push_back(std::move(e));
            });
    }
}

std::vector<std::vector<SukuKaskade>> suku_kaskade(const Dokumen& doc, const std::vector<PerjanjianKinerja>& pks,
                                                   const std::vector<PermintaanSuku>& diminta) {
    std::vector<std::vector<SukuKaskade>> out(diminta.size());
    if (diminta.empty()) return out;
    const HutanPk h(pks);
    if (!h.hutan) {
        for (std::size_t i = 0; i < diminta.size(); ++i) {
            const EvaluasiKaskade& e = *diminta[i].kaskade;
            jalan_bawahan(doc.semua_bawahan(pks.at(diminta[i].pk)), e.level, e.kode,
                          [&](const PerjanjianKinerja* sub, int t, std::size_t j, const PkBaris&) {
                              out[i].push_back({sub, t, j});
                          });
        }
        return out;
    }
    for (int level = 0; level < 2; ++level) {
        std::map<Kode, std::vector<std::size_t>> by_kode;  // the requests of the level by code
        for (std::size_t i = 0; i < diminta.size(); ++i)
            if (diminta[i].kaskade->level == level) by_kode[diminta[i].kaskade->kode].push_back(i);
        if (by_kode.empty()) continue;
        std::set<Kode> want;
        for (const auto& [kode, is] : by_kode) want.insert(kode);
        const auto rows_of = baris_per_kunci(pks, h, level, &want);
        for (const auto& [kode, is] : by_kode) {
            auto it = rows_of.find(kode);
            if (it == rows_of.end()) continue;
            const auto& rows = it->second;
            // prev[l]: 1 + the previous row of the same kegiatan (sub kegiatan), 0 for none (or a row
            // without one, each counted). Row l counts for a range [lo, hi) that holds it iff prev[l] <= lo.
            std::vector<std::size_t> prev(rows.size(), 0);
            std::unordered_map<std::string_view, std::size_t> last;
            for (std::size_t l = 0; l < rows.size(); ++l)
                if (const auto& c = anak_kaskade(*rows[l].row, level)) {
                    auto [at, fresh] = last.emplace(c->str(), l);
                    if (!fresh) {
                        prev[l] = at->second + 1;
                        at->second = l;
                    }
                }
            const MinimumKaskade tree(prev);
            for (std::size_t i : is) {
                check_interrupt();
                const std::size_t p = diminta[i].pk;
                if (p >= pks.size() || !h.ada_bawahan(p)) continue;
                const auto [lo, hi] = rentang_bawahan(rows, h, p);
                tree.list(lo, hi, lo, [&](std::size_t l) {
                    out[i].push_back({&pks[rows[l].pk], rows[l].tabel, rows[l].baris});
                });
            }
        }
    }
    return out;
}

}  // namespace sakip::evaluate_detail
