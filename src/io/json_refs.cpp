// The loader's reference checks (format.md section 9, ref.* rules, year.range and polaritas.target):
// each is registered while reading (Ctx::later) and runs against the Index once the whole document is
// read, keeping its place in document order. Cycles of unit induk and PK atasan are found in linear
// time (first_repeated).
#include "io/json_read.hpp"

namespace sakip::json_read {

// For parent links (id -> parent id; "" or an id that is not a key ends the walk): the first id that
// the walk up from each id meets twice, as a walk that starts with {id} seen would: the id itself when
// it lies on a cycle, the first id of the cycle the walk runs into, or "" when the walk ends. Each id
// is walked once, so this is linear; walking every chain on its own was quadratic in its length.
std::unordered_map<std::string, std::string> first_repeated(
    const std::unordered_map<std::string, std::string>& parent) {
    std::unordered_map<std::string, std::string> result;
    std::unordered_set<std::string> on_path;
    std::vector<const std::string*> path;
    for (const auto& entry : parent) {
        if (result.count(entry.first)) continue;
        const std::string* cur = &entry.first;
        std::string found;  // the result of the id after the end of the path
        for (;;) {
            if (auto r = result.find(*cur); r != result.end()) {
                found = r->second;
                break;
            }
            if (on_path.count(*cur)) {  // a cycle: from *cur to the end of the path
                auto first = std::find_if(path.begin(), path.end(), [&](const std::string* x) { return *x == *cur; });
                for (auto k = first; k != path.end(); ++k) {
                    result[**k] = **k;
                    on_path.erase(**k);
                }
                path.erase(first, path.end());
                found = *cur;
                break;
            }
            on_path.insert(*cur);
            path.push_back(cur);
            const auto up = parent.find(parent.at(*cur));
            if (up == parent.end()) break;
            cur = &up->first;
        }
        for (auto k = path.rbegin(); k != path.rend(); ++k) {
            result[**k] = found;
            on_path.erase(**k);
        }
        path.clear();
    }
    return result;
}

// Registers a year.range check for `tahun` at `ptr`.
void check_year(Ctx& c, int tahun, const std::string& ptr) {
    c.later([tahun, ptr](const Index& ix, Ctx& c2, std::size_t s) {
        if (ix.periode && !ix.periode->contains(tahun)) {
            const std::string y = std::to_string(tahun);
            const std::string p = std::to_string(ix.periode->awal) + "-" + std::to_string(ix.periode->akhir);
            c2.add_at(
                s, ptr, "year.range",
                {"tahun " + y + " di luar periode Renstra " + p, "year " + y + " is outside the Renstra period " + p});
        }
    });
}

void ref_unit(Ctx& c, const std::string& id, const std::string& ptr) {
    if (id.empty()) return;
    c.later([id, ptr](const Index& ix, Ctx& c2, std::size_t s) {
        if (!ix.unit.count(id)) c2.add_at(s, ptr, "ref.unit", {"tidak ada unit " + quote(id), "no unit " + quote(id)});
    });
}

void ref_pejabat(Ctx& c, const std::string& id, const std::string& ptr) {
    if (id.empty()) return;
    c.later([id, ptr](const Index& ix, Ctx& c2, std::size_t s) {
        if (!ix.pejabat.count(id))
            c2.add_at(s, ptr, "ref.pejabat", {"tidak ada pejabat " + quote(id), "no pejabat " + quote(id)});
    });
}

void ref_sasaran(Ctx& c, const std::string& id, const std::string& ptr, const char* rule) {
    if (id.empty()) return;
    c.later([id, ptr, rule](const Index& ix, Ctx& c2, std::size_t s) {
        if (!ix.sasaran.count(id)) c2.add_at(s, ptr, rule, not_in_renstra("sasaran", id));
    });
}

void ref_program_any(Ctx& c, const Kode& k, const std::string& ptr) {
    c.later([k, ptr](const Index& ix, Ctx& c2, std::size_t s) {
        if (!ix.dpa.empty() && !ix.program_any.count(k.str()))
            c2.add_at(s, ptr, "ref.program",
                      {"tidak ada program " + quote(k.text()) + " dalam DPA tahun mana pun",
                       "no program " + quote(k.text()) + " in any DPA year"});
    });
}

// polaritas.target: rentang indicators have range targets; the others scalar ones.
void check_polaritas(Ctx& c, const std::string& indikator, const Target& t, const std::string& ptr) {
    bool range = t.is_range();
    c.later([indikator, range, ptr](const Index& ix, Ctx& c2, std::size_t s) {
        auto it = ix.indikator.find(indikator);
        if (it == ix.indikator.end()) return;
        bool want = it->second->polaritas == Polaritas::rentang;
        if (want != range) {
            const std::string pol(to_string(it->second->polaritas));
            c2.add_at(s, ptr, "polaritas.target",
                      want ? Pesan{"indikator " + quote(indikator) +
                                       " berpolaritas rentang: targetnya berupa rentang {bawah, atas}",
                                   "indicator " + quote(indikator) +
                                       " has polaritas rentang: its targets are ranges {bawah, atas}"}
                           : Pesan{"target rentang memerlukan polaritas rentang (indikator " + quote(indikator) +
                                       " berpolaritas " + pol + ")",
                                   "a range target needs polaritas rentang (indicator " + quote(indikator) + " is " +
                                       pol + ")"});
        }
    });
}

void ref_iku_input(Ctx& c, const std::string& iku, const std::string& name, const std::string& ptr, const char* rule) {
    c.later([iku, name, ptr, rule](const Index& ix, Ctx& c2, std::size_t s) {
        auto it = ix.iku.find(iku);
        if (it != ix.iku.end() && !it->second->find_input(name))
            c2.add_at(s, ptr, rule,
                      {"input " + quote(name) + " tidak dinyatakan dalam iku." + iku + ".input",
                       "input " + quote(name) + " is not declared in iku." + iku + ".input"});
    });
}

}  // namespace sakip::json_read
