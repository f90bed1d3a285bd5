// Private helper (not installed): hash look-ups of a Dokumen's id-keyed lists for one long call.
//
// The model keeps its lists in document order and finds by linear search: right for one look-up,
// quadratic for a look-up per indicator or per printed figure (8 000 indicators took 2,8 s to audit).
// evaluate() and the audit build this once (the document is const for the call) and ask it instead.
// Ids are unique within a list (the loader's rule ref.unique); for a model built in code with a
// repeated id the first one wins, as with the linear search.
#pragma once

#include <sakip/model.hpp>

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sakip::detail {

// unordered_map<std::string, T> looked up with a string_view, without a temporary std::string.
struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
template <class T>
using StringMap = std::unordered_map<std::string, T, StringHash, std::equal_to<>>;

template <class T, class Id>
StringMap<const T*> index_by(const std::vector<T>& list, Id id_of) {
    StringMap<const T*> out;
    out.reserve(list.size());
    for (const T& x : list) out.emplace(id_of(x), &x);  // emplace keeps the first of a repeated id
    return out;
}

template <class T>
const T* lookup(const StringMap<const T*>& map, std::string_view id) noexcept {
    auto it = map.find(id);
    return it == map.end() ? nullptr : it->second;
}

class IndeksDokumen {
public:
    explicit IndeksDokumen(const Dokumen& doc)
        : indikator_(index_by(doc.renstra.indikator, [](const Indikator& i) { return i.id; })),
          iku_(index_by(doc.iku, [](const Iku& i) { return i.indikator; })) {
        for (const auto& [tahun, list] : doc.realisasi)
            realisasi_.emplace(tahun, index_by(list, [](const RealisasiIndikator& r) { return r.indikator; }));
        for (const auto& [tahun, dpa] : doc.dpa) {
            StringMap<KegiatanDi>& m = kegiatan_[tahun];
            for (const Program& p : dpa.program)
                for (const Kegiatan& k : p.kegiatan) m.emplace(k.kode.str(), KegiatanDi{&p, &k});
        }
    }

    // A kegiatan of the DPA of `tahun` by its code (compared normalised, as Kode's ==) and its program;
    // Dpa::find_kegiatan plus the program holding it, in constant time.
    struct KegiatanDi {
        const Program* program = nullptr;
        const Kegiatan* kegiatan = nullptr;
    };
    KegiatanDi kegiatan(int tahun, const Kode& kode) const noexcept {
        auto it = kegiatan_.find(tahun);
        if (it == kegiatan_.end()) return {};
        auto k = it->second.find(kode.str());
        return k == it->second.end() ? KegiatanDi{} : k->second;
    }

    // Renstra::find_indikator, Dokumen::find_iku and Dokumen::find_realisasi, in constant time.
    const Indikator* indikator(std::string_view id) const noexcept { return lookup(indikator_, id); }
    const Iku* iku(std::string_view indikator) const noexcept { return lookup(iku_, indikator); }
    const RealisasiIndikator* realisasi(int tahun, std::string_view indikator) const noexcept {
        auto it = realisasi_.find(tahun);
        return it == realisasi_.end() ? nullptr : lookup(it->second, indikator);
    }

private:
    StringMap<const Indikator*> indikator_;
    StringMap<const Iku*> iku_;
    std::map<int, StringMap<const RealisasiIndikator*>> realisasi_;
    std::map<int, StringMap<KegiatanDi>> kegiatan_;
};

}  // namespace sakip::detail
