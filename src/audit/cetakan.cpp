// The index of a laporan's printed figures by (ukuran, ref, year): see IndeksCetak in audit/internal.hpp.
#include "audit/internal.hpp"

namespace sakip::audit_detail {

namespace {

std::string kunci(std::string_view ukuran, std::string_view ref, int tahun) {
    std::string k;
    k.reserve(ukuran.size() + ref.size() + 8);
    k.append(ukuran).push_back('\0');
    k.append(ref).push_back('\0');
    k += std::to_string(tahun);
    return k;
}

}  // namespace

IndeksCetak::IndeksCetak(const Laporan& lap) {
    for (const Angka& a : lap.angka) by_[kunci(a.ukuran, a.ref, a.tahun.value_or(lap.tahun))].push_back(&a);
}

const std::vector<const Angka*>& IndeksCetak::find(std::string_view ukuran, std::string_view ref, int tahun) const {
    static const std::vector<const Angka*> none;
    const auto it = by_.find(kunci(ukuran, ref, tahun));
    return it != by_.end() ? it->second : none;
}

const IndeksCetak& Context::cetakan(const Laporan& lap) {
    auto it = cetak.find(&lap);
    if (it == cetak.end()) it = cetak.emplace(&lap, IndeksCetak(lap)).first;
    return it->second;
}

}  // namespace sakip::audit_detail
