// The compiled part of include/sakip/measure/capaian.hpp: realisasi_iku, which runs the formula language
// (ekspresi.cpp), and the polaritas names, which are the model library's. Every other capaian and
// realisasi measure is header-only (capaian-inl.hpp).
#include <sakip/measure/capaian.hpp>

#include <sakip/measure/hasil.hpp>
#include <sakip/measure/internal.hpp>
#include <sakip/measure/rasional.hpp>

#include <sakip/error.hpp>
#include <sakip/measure/ekspresi.hpp>

#include <string>
#include <utility>

namespace sakip {

using detail::set_undefined;
using detail::set_value;
using detail::start;

// The model's names (model/renstra.hpp); these only add the error for an unknown name.
std::string_view nama_polaritas(Polaritas p) noexcept { return to_string(p); }

Polaritas polaritas_dari_nama(std::string_view name) {
    if (auto p = parse_polaritas(name)) return *p;
    detail::unknown("polaritas", name, "positif, negatif, rentang, stabil");
}

Hasil realisasi_iku(const Rumus& rumus, const NilaiInput& sekarang, const NilaiInput* sebelumnya, int places,
                    Rounding rounding) {
    auto get = [](const NilaiInput* m, std::string_view name) -> std::optional<Rasional> {
        if (m == nullptr) return std::nullopt;
        auto it = m->find(name);
        if (it == m->end()) return std::nullopt;
        return it->second;
    };
    switch (rumus.jenis) {
        case JenisRumus::rasio:
            return rasio(get(&sekarang, rumus.pembilang), get(&sekarang, rumus.penyebut), places, rounding);
        case JenisRumus::perubahan_persen:
            return perubahan_persen(get(&sekarang, rumus.input), get(sebelumnya, rumus.input), places, rounding);
        case JenisRumus::penurunan_persen:
            return penurunan_persen(get(&sekarang, rumus.input), get(sebelumnya, rumus.input), places, rounding);
        case JenisRumus::jumlah:
        case JenisRumus::nilai: {
            const bool jumlah = rumus.jenis == JenisRumus::jumlah;
            Hasil h = start(rumus.input, jumlah ? "jumlah" : "nilai",
                            jumlah ? "IKU formula: a count" : "IKU formula: a value", places, rounding);
            auto v = get(&sekarang, rumus.input);
            if (!v) return set_undefined(h, "input '" + rumus.input + "' not reported", Status::missing);
            h.trace.input(rumus.input, *v);
            return set_value(h, *v);
        }
        case JenisRumus::ekspresi: {
            const Ekspresi e = Ekspresi::parse(rumus.ekspresi);
            return e.evaluate(
                [&](std::string_view name) -> std::optional<Rasional> {
                    constexpr std::string_view lag = "[n-1]";
                    constexpr std::string_view now = "[n]";
                    if (name.size() > lag.size() && name.substr(name.size() - lag.size()) == lag) {
                        return get(sebelumnya, name.substr(0, name.size() - lag.size()));
                    }
                    if (name.size() > now.size() && name.substr(name.size() - now.size()) == now) {
                        return get(&sekarang, name.substr(0, name.size() - now.size()));
                    }
                    return get(&sekarang, name);
                },
                places, rounding);
        }
    }
    throw error("realisasi_iku: jenis rumus tidak dikenal / realisasi_iku: unknown formula kind");
}

}  // namespace sakip
