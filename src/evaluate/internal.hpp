// Private helpers of the evaluation sources (not installed): text helpers and the position index of
// EvaluasiTahun's lists. A result is built with the measures' own detail::start / set_value /
// set_undefined (sakip/measure/internal.hpp).
#pragma once

#include <sakip/evaluate/evaluasi.hpp>
#include <sakip/interrupt.hpp>
#include <sakip/measure/internal.hpp>  // detail::start, set_value, set_undefined: a Hasil with its trace

#include <cctype>
#include <optional>
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

// The kegiatan and sub kegiatan of e.program by pointer into e.posisi.anggaran (cari.cpp).
void catat_posisi_anggaran(EvaluasiTahun& e);

constexpr auto id_of = [](const auto& x) -> const std::string& { return x.id; };
constexpr auto kode_of = [](const auto& x) -> const std::string& { return x.kode; };

// ---- src/evaluate/anggaran.cpp: failures of a measure, sums and percentages of rupiah, the budget

// What could not be computed, and where: the JSON Pointer of the input and the figure's name.
struct Tempat {
    std::string pointer;
    std::string what_id;  // "realisasi S1.I1"
    std::string what_en;  // "realisasi of S1.I1"
};

// A measure failed on the document's values (sakip::error: an overflow beyond 38 significant digits, a
// root beyond its limit): the figure becomes undefined with the reason in its trace, and the failure is
// recorded in out.masalah for the audit.
void gagal(EvaluasiTahun& out, Hasil& h, const error& e, const Tempat& t, const std::string& inputs = {});
// The masalah alone, for a figure that is not a Hasil (a Σ of a breakdown).
void catat_masalah(EvaluasiTahun& out, const error& e, const Tempat& t, const std::string& inputs = {});

// Runs `f` (which assigns `h`); a sakip::error becomes gagal(...). sakip::interrupted is rethrown.
template <class F>
void hitung(EvaluasiTahun& out, Hasil& h, const Tempat& t, F&& f) {
    try {
        f();
    } catch (const interrupted&) {
        throw;
    } catch (const error& e) {
        gagal(out, h, e, t);
    }
}

// Σ of rupiah amounts; nullopt (and a masalah) when the sum exceeds 38 significant digits.
std::optional<Rupiah> jumlah_rupiah(EvaluasiTahun& out, const std::vector<Rupiah>& terms, const Tempat& t);

// part ÷ whole × 100 over rupiah amounts (serapan, or porsi when variant is "porsi"); `t` names the
// input for a figure beyond the limits. An unknown part or whole gives Status::missing with
// `part_why` / `whole_why` as the reason (default: "<name> not stated").
Hasil persen_rupiah(EvaluasiTahun& out, const Tempat& t, const std::optional<Rupiah>& part,
                    const std::optional<Rupiah>& whole, std::string formula, std::string variant, std::string rule,
                    const std::string& part_name, const std::string& whole_name, const std::string& part_why = {},
                    const std::string& whole_why = {});

// The budget of `dpa` (belanja kinds, programs, kegiatan, sub kegiatan with their roll-ups, totals,
// fisik) into `out`; `bl` receives the base of shares (belanja langsung, else Σ programs).
void evaluate_anggaran(EvaluasiTahun& out, const Dpa& dpa, const CapaianPolicy& pol, std::optional<Rupiah>& bl);

// src/evaluate/realisasi.cpp: the realisasi of an indicator from its IKU formula or recorded nilai
// (`r`, `rp`: its realisasi of the year and of the year before), and the masalah when the formula
// reads an input the document does not report.
Hasil realisasi_dari(std::string_view indikator, int tahun, const RealisasiIndikator* r, const RealisasiIndikator* rp,
                     const Iku* iku, const CapaianPolicy& policy, std::string* sumber);
void tanpa_input(EvaluasiTahun& out, Hasil& h, const std::string& indikator, int tahun, const Iku* iku,
                 const RealisasiIndikator* r, const RealisasiIndikator* rp);

}  // namespace sakip::evaluate_detail
