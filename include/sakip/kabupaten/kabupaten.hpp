// A kabupaten (or any set of instansi): several sakip/1 documents, one per instansi, loaded
// together and evaluated / audited as a whole. The format has one instansi per document, so a
// kabupaten is a directory of documents or a list of files.
#pragma once

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <sakip/audit/audit.hpp>
#include <sakip/evaluate/evaluasi.hpp>
#include <sakip/io/json.hpp>
#include <sakip/model/dokumen.hpp>

namespace sakip {

// Loads every document: a directory means its "*.json" files (not recursive) in file-name byte
// order; a file means that one document. Every file is loaded even when an earlier one fails;
// then a single load_error (origin: the path given, or "<kabupaten>") carries all problems, each
// message prefixed with its file name ("a.json: ..."). Two documents for the same instansi
// (equal instansi.nama and pemda) with the same report year (tahun_laporan; both without one counts
// as the same) are a problem with rule "kabupaten.duplicate": one instansi's reports of different
// years (LKjIP 2021, LKjIP 2022) are a time series, not a duplicate, even though each also prints
// the earlier years of its trend tables. A directory with no "*.json", or an
// empty list, is a problem with rule "kabupaten.empty" (never an empty kabupaten). The documents
// are returned in input order (directory: file-name order).
//
// `threads`, here and below: the documents are independent, so they are processed on up to that
// many threads (0, the default: one per hardware thread; 1: sequentially in the caller's thread).
// Results, their order and the error reported never depend on it.
std::vector<Dokumen> load_kabupaten(const std::filesystem::path& path, unsigned threads = 0);
std::vector<Dokumen> load_kabupaten(std::span<const std::filesystem::path> paths, unsigned threads = 0);

// The files load_kabupaten(path) reads, in order.
std::vector<std::filesystem::path> kabupaten_files(const std::filesystem::path& path);

// evaluate(doc, tahun) for each document (in order); a document without a Renstra/DPA for the
// year yields what evaluate yields for it. A year that some document does not report (cek_tahun) is a
// sakip::error naming the first such document's instansi, before any work. If a document throws, the
// error of the first such document is rethrown.
std::vector<EvaluasiTahun> evaluate_kabupaten(std::span<const Dokumen> docs, int tahun,
                                              const EvaluateOptions& options = {}, unsigned threads = 0);

// audit(doc) for each document, in order: result[i] are the findings of docs[i]. With options.tahun,
// every document must report that year (as above).
std::vector<std::vector<Finding>> audit_kabupaten(std::span<const Dokumen> docs, const AuditOptions& options = {},
                                                  unsigned threads = 0);

// audit_evaluate(doc, tahun) for each document, in order (one pass per document); the year as above.
std::vector<AuditEvaluasi> audit_evaluate_kabupaten(std::span<const Dokumen> docs, int tahun,
                                                    const AuditOptions& options = {}, unsigned threads = 0);

// The same three over documents held elsewhere, by address (none may be null): a selection such as
// the documents of a kabupaten over several years that report `tahun` (yang_melaporkan), or the
// documents a Python list holds, without copying them.
std::vector<EvaluasiTahun> evaluate_kabupaten(std::span<const Dokumen* const> docs, int tahun,
                                              const EvaluateOptions& options = {}, unsigned threads = 0);
std::vector<std::vector<Finding>> audit_kabupaten(std::span<const Dokumen* const> docs,
                                                  const AuditOptions& options = {}, unsigned threads = 0);
std::vector<AuditEvaluasi> audit_evaluate_kabupaten(std::span<const Dokumen* const> docs, int tahun,
                                                    const AuditOptions& options = {}, unsigned threads = 0);

// The year a document is the report of: dokumen.tahun when it says, else the last year it reports
// (tahun_dokumen), else none.
std::optional<int> tahun_laporan(const Dokumen& doc);

// The positions (in order) of the documents that report `tahun` (tahun_dokumen).
std::vector<std::size_t> yang_melaporkan(std::span<const Dokumen> docs, int tahun);

}  // namespace sakip
