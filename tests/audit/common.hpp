// Helpers of the audit tests: a small complete document (docs/format.md §13) and mutators.
#pragma once

#include <sakip/audit/audit.hpp>
#include <sakip/io/json.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace audit_test {

inline const char* const small_doc = R"({
  "format": "sakip/1",
  "dokumen": {"jenis": "LKjIP", "judul": "LKjIP 2020 Kecamatan Contoh", "tahun": 2020},
  "instansi": {
    "nama": "Kecamatan Contoh", "pemda": "Pemerintah Kabupaten Contoh",
    "unit": {"sekretariat": {"nama": "Sekretariat Kecamatan", "jenis": "sekretariat"}},
    "pejabat": {
      "bupati": {"nama": "BUPATI CONTOH", "jabatan": "Bupati Contoh", "instansi": "Pemerintah Kabupaten Contoh"},
      "camat": {"nama": "NAMA CAMAT", "jabatan": "Camat Contoh", "nip": "19750919 200604 1 009"},
      "sekcam": {"nama": "NAMA SEKCAM", "jabatan": "Sekretaris Camat", "unit": "sekretariat", "nip": "196709271998031005"}
    }
  },
  "renstra": {
    "periode": {"awal": 2018, "akhir": 2023},
    "tujuan": {"T1": {"nama": "Tujuan satu", "indikator": ["S1.I1", "S1.I2"]}},
    "sasaran": {"S1": {"tujuan": "T1", "nama": "Sasaran satu"}},
    "indikator": {
      "S1.I1": {"sasaran": "S1", "nama": "Persentase satu", "satuan": "Persentase", "polaritas": "positif",
                "kondisi_awal": "90%", "target": {"2020": "85%"}, "target_akhir": "100%", "program": ["01"]},
      "S1.I2": {"sasaran": "S1", "nama": "Persentase dua", "satuan": "Persentase", "polaritas": "positif",
                "target": {"2020": "94%"}, "target_akhir": "100%", "program": ["01"]}
    }
  },
  "iku": {
    "S1.I1": {"rumus": {"jenis": "rasio", "pembilang": "a", "penyebut": "b"},
              "input": {"a": {"uraian": "A"}, "b": {"uraian": "B"}}},
    "S1.I2": {"rumus": {"jenis": "rasio", "pembilang": "c", "penyebut": "d"},
              "input": {"c": {"uraian": "C"}, "d": {"uraian": "D"}}}
  },
  "dpa": {
    "2020": {
      "skema_kode": "permendagri_13_2006",
      "belanja": {"langsung": {"rencana": "100.000.000", "realisasi": "99.500.000"}},
      "program": {
        "01": {"uraian": "Program satu", "rencana": "100.000.000,00", "realisasi": "99.500.000", "fisik": "100",
               "sasaran": ["S1"],
               "kegiatan": {
                 "0102": {"uraian": "Kegiatan dua", "rencana": "60.000.000", "realisasi": "59.500.000"},
                 "0103": {"uraian": "Kegiatan tiga", "rencana": "40.000.000", "realisasi": "40.000.000"}
               }}
      }
    }
  },
  "pk": {
    "2020": {
      "camat": {
        "pihak_pertama": {"pejabat": "camat", "jabatan": "Camat Contoh"},
        "pihak_kedua": {"pejabat": "bupati"},
        "sasaran": [{"sasaran": "S1", "indikator": [{"indikator": "S1.I1", "target": "85%"}]}],
        "program": [{"nomor": 1, "uraian": "Program satu", "program": "01", "anggaran": "100.000.000"}]
      },
      "sekcam": {
        "pihak_pertama": {"pejabat": "sekcam"},
        "pihak_kedua": {"pejabat": "camat"},
        "atasan": "camat",
        "sasaran": [{"sasaran": "S1", "indikator": [{"indikator": "S1.I1", "target": "85%"}]}],
        "kegiatan": [
          {"nomor": 1, "uraian": "Kegiatan dua", "program": "01", "kegiatan": "0102", "indikator": "Jumlah rekening", "target": "36 Rekening", "anggaran": "60.000.000,-"},
          {"nomor": 2, "uraian": "Kegiatan tiga", "program": "01", "kegiatan": "0103", "anggaran": "40.000.000,-"}
        ]
      }
    }
  },
  "realisasi": {
    "2020": {
      "S1.I1": {"input": {"a": "32", "b": "90"}, "rincian": {"a": [{"uraian": "x", "jumlah": "30"}, {"uraian": "y", "jumlah": "2"}]}},
      "S1.I2": {"input": {"c": "0", "d": "0"}}
    }
  },
  "laporan": {
    "2020": {
      "skala": {
        "t311": {"sumber": "Tabel 3.1.1", "kelas": [
          {"nomor": 1, "interval": "> 100 %", "kriteria": "Baik Sekali", "singkatan": "BS"},
          {"nomor": 2, "interval": "76 % ≤ 100 %", "kriteria": "Baik", "singkatan": "B"},
          {"nomor": 3, "interval": "66 % ≤ 75 %", "kriteria": "Cukup", "singkatan": "C"},
          {"nomor": 4, "interval": "51 % ≤ 65 %", "kriteria": "Kurang", "singkatan": "K"},
          {"nomor": 5, "interval": "≤ 50%", "kriteria": "Sangat Kurang", "singkatan": "SK"}
        ]}
      },
      "angka": {}
    }
  }
})";

inline sakip::Dokumen base() { return sakip::load_json(small_doc, "small"); }

// The bundled Kajuara 2020 dataset, read once per test binary.
inline const sakip::Dokumen& kajuara() {
    static const sakip::Dokumen doc = sakip::load(std::string(SAKIP_SOURCE_DIR) + "/examples/data/kajuara-2020.json");
    return doc;
}

// A figure as its exact text, "-" when undefined.
// A PK row allotting `anggaran` to sub kegiatan `kode` of the small document's kegiatan 0102 (program 01).
inline sakip::PkBaris baris_sub_kegiatan_0102(const char* kode, const char* anggaran) {
    sakip::PkBaris r;
    r.uraian = "Sub";
    r.program = sakip::Kode::parse("01");
    r.kegiatan = sakip::Kode::parse("0102");
    r.sub_kegiatan = sakip::Kode::parse(kode);
    r.anggaran = sakip::Amount::parse(anggaran);
    return r;
}

inline std::string v(const sakip::Hasil& h) { return h.value ? h.value->to_string() : "-"; }
inline std::string rp(const std::optional<sakip::Rupiah>& r) { return r ? r->value().to_string() : "-"; }

// A printed figure of the report of `tahun` (added to doc.laporan[tahun]).
inline sakip::Angka& add_angka_tahun(sakip::Dokumen& doc, int tahun, std::string id, std::string ukuran,
                                     std::string ref, std::string teks, std::string terhadap = {},
                                     std::string kategori = {}) {
    sakip::Angka a;
    a.id = std::move(id);
    a.sumber = "Tabel X";
    a.ref = std::move(ref);
    a.ukuran = std::move(ukuran);
    a.teks = std::move(teks);
    a.terhadap = std::move(terhadap);
    a.kategori = std::move(kategori);
    doc.laporan[tahun].tahun = tahun;
    doc.laporan[tahun].angka.push_back(a);
    return doc.laporan[tahun].angka.back();
}

inline sakip::Angka& add_angka(sakip::Dokumen& doc, std::string id, std::string ukuran, std::string ref,
                               std::string teks, std::string terhadap = {}, std::string kategori = {}) {
    return add_angka_tahun(doc, 2020, std::move(id), std::move(ukuran), std::move(ref), std::move(teks),
                           std::move(terhadap), std::move(kategori));
}

inline std::vector<sakip::Finding> with_rule(const std::vector<sakip::Finding>& all, std::string_view rule) {
    std::vector<sakip::Finding> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out),
                 [&](const sakip::Finding& f) { return f.rule == rule; });
    return out;
}

// The findings but those of `rule` (the small document's skala.celah, say).
inline std::vector<sakip::Finding> without(const std::vector<sakip::Finding>& all, std::string_view rule) {
    std::vector<sakip::Finding> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out),
                 [&](const sakip::Finding& f) { return f.rule != rule; });
    return out;
}

inline std::vector<sakip::Finding> at(const std::vector<sakip::Finding>& all, std::string_view location) {
    std::vector<sakip::Finding> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out),
                 [&](const sakip::Finding& f) { return f.location == location; });
    return out;
}

inline std::string loc(std::string_view id) { return "/laporan/2020/angka/" + std::string(id); }

}  // namespace audit_test
