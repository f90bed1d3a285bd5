// Private helpers of the evaluation sources (not installed): text helpers and the position index of
// EvaluasiTahun's lists. A result is built with the measures' own detail::start / set_value /
// set_undefined (sakip/measure/internal.hpp).
#pragma once

#include <sakip/evaluate/evaluasi.hpp>
#include <sakip/measure/internal.hpp>  // detail::start, set_value, set_undefined: a Hasil with its trace

#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace sakip::evaluate_detail {

inline std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// The element of `list` whose key is `id`: the position `posisi` recorded when it still holds that
// key, else the first match of a linear search.
template <class T, class Key, class Map>
const T* find_posisi(const std::vector<T>& list, const Map& posisi, std::string_view id, Key key) noexcept {
    if (auto it = posisi.find(id); it != posisi.end() && it->second < list.size() && key(list[it->second]) == id)
        return &list[it->second];
    for (const T& x : list)
        if (key(x) == id) return &x;
    return nullptr;
}

template <class T, class Key, class Map>
void catat_posisi(const std::vector<T>& list, Map& posisi, Key key) {
    posisi.reserve(list.size());
    for (std::size_t i = 0; i < list.size(); ++i) posisi.emplace(key(list[i]), i);  // the first of a repeated id
}

constexpr auto id_of = [](const auto& x) -> const std::string& { return x.id; };
constexpr auto kode_of = [](const auto& x) -> const std::string& { return x.kode; };

// src/evaluate/realisasi.cpp: the realisasi of an indicator from its IKU formula or recorded nilai
// (`r`, `rp`: its realisasi of the year and of the year before), and the masalah when the formula
// reads an input the document does not report.
Hasil realisasi_dari(std::string_view indikator, int tahun, const RealisasiIndikator* r, const RealisasiIndikator* rp,
                     const Iku* iku, const CapaianPolicy& policy, std::string* sumber);
void tanpa_input(EvaluasiTahun& out, Hasil& h, const std::string& indikator, int tahun, const Iku* iku,
                 const RealisasiIndikator* r, const RealisasiIndikator* rp);

}  // namespace sakip::evaluate_detail
