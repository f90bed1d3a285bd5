"""The ``sakip`` command line (also ``python -m sakip``).

    sakip audit FILE|DIR [--year Y] [--skala NAME] [--legacy] [--json] [--lang id|en]
    sakip report FILE [--year Y] [--skala NAME] [--legacy] [--format md|html|xlsx|docx] [-o OUT]
    sakip capaian --target 97 --realisasi 100 [--polaritas negatif]
    sakip info

FILE is a sakip/1 JSON file or the name of a bundled dataset (``kajuara-2020``).
Exit codes: 0 success (audit: no error-level finding), 1 audit found errors, 2 unusable input
(including bad arguments), 130 interrupted (Ctrl-C), 141 standard output closed before the output was
written (``sakip audit FILE | head -1``; 128 + SIGPIPE, what a shell reports for ``cat``).
Errors are one line on stderr; ``--debug`` shows the traceback.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import sys
import warnings
from importlib import resources
from typing import Callable, Optional, Union

import sakip
from sakip import _laporan_kabupaten, impor_dpa
from sakip._laporan_kabupaten import ringkasan_temuan

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT
EXIT_PIPE = 141  # 128 + SIGPIPE: the reader of standard output went away

#: The report years a document can have (docs/format.md: four-digit years 1900-2099).
YEARS = range(1900, 2100)
#: Decimal places of ``capaian --places``: a percentage has at most 38 significant digits.
PLACES = range(39)


class UsageError(Exception):
    """An input problem reported as one line (exit 2)."""


def _shown(path: str) -> str:
    """A file name as the user typed it: bytes that are not UTF-8 as \\xNN (``bad\\xff.json``)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _resolve(path: str) -> str:
    if os.path.exists(path):
        return path
    if path in sakip.datasets():
        return str(resources.files("sakip") / "data" / f"{path}.json")
    return path  # the loader reports the missing file


#: The language of the messages that list problems (load problems, workbook problems, findings):
#: ``--lang``, Indonesian by default, set by :func:`main`. One-line messages give both languages.
_pilihan = {"lang": "id"}


def _cannot_load(path: str, exc: sakip.LoadError) -> UsageError:
    """A load error as one message: each problem on its own line, with its place and rule, in the
    language of ``--lang``."""
    en = _pilihan["lang"] == "en"
    problems = getattr(exc, "problems", None) or []
    lines = [
        (f"{p.pointer}: " if p.pointer else "") + f"{p.rule}: {p.message_en if en else p.message}" for p in problems
    ] or [str(exc)]
    head = f"cannot load {_shown(path)}" if en else f"tidak dapat memuat {_shown(path)}"
    return UsageError(head + ":\n  " + "\n  ".join(lines))


def _load(path: str) -> sakip.Dokumen:
    try:
        return sakip.load(_resolve(path))
    except sakip.LoadError as exc:
        raise _cannot_load(path, exc) from exc


def _year(doc: sakip.Dokumen, year: Optional[int]) -> int:
    if year is not None:
        return year
    y = sakip._core.tahun_laporan(doc._wrapped)  # the report year, as a kabupaten reads it
    if y is None:
        raise UsageError(
            "tidak ada tahun laporan dalam dokumen: beri --year / no report year in the document: give --year"
        )
    return int(y)


# ---- audit -------------------------------------------------------------------------------------


def _print_rules(args: argparse.Namespace) -> int:
    """``sakip audit --rules``: the rule registry (src/audit/aturan.cpp) as a table, JSON or Markdown."""
    from . import _core

    if args.json:
        sys.stdout.write(_core.audit_rules_json())
    elif args.format == "md":
        sys.stdout.write(_core.audit_rules_markdown())
    else:
        en = args.lang == "en"
        for r in json.loads(_core.audit_rules_json()):
            sev = r["severity"] + (" / error" if r["error_when"] else "")
            print(f"{r['rule']:<24} {sev:<15} {', '.join(r['ukuran']) or ('(documents)' if en else '(dokumen)')}")
            print(f"        {r['description'] if en else r['deskripsi']}")
    return EXIT_OK


def cmd_audit(args: argparse.Namespace) -> int:
    if args.rules:
        return _print_rules(args)
    if args.file is None:
        raise UsageError("audit: FILE diperlukan (atau --rules) / FILE is required (or --rules)")
    if os.path.isdir(args.file):
        return _audit_folder(args)
    doc = _load(args.file)
    findings = sakip.audit(doc, year=args.year, skala=args.skala, legacy=args.legacy)
    if args.json:
        sys.stdout.write(findings.to_json())
    else:
        en = args.lang == "en"
        if len(findings) == 0:
            print("No findings." if en else "Tidak ada temuan.")
        for f in findings:
            msg = f.message_en if en else f.message
            print(f"{f.severity:<7} {f.rule:<22} {f.location}")
            print(f"        {f.source}: {msg}")
        counts = collections.Counter(f.severity for f in findings)
        print()
        label = "findings" if en else "temuan"
        print(f"{len(findings)} {label}: {counts['error']} error, {counts['warning']} warning, {counts['info']} info")
    return EXIT_FINDINGS if findings.count("error") else EXIT_OK


def _kabupaten(folder: str) -> tuple[list[str], sakip.Kabupaten]:
    """The documents of a folder and their file names, in the kabupaten's order."""
    files = [os.path.basename(f) for f in sakip._core.kabupaten_files(folder)]
    try:
        return files, sakip.Kabupaten.load(folder)
    except sakip.LoadError as exc:
        raise _cannot_load(folder, exc) from exc


def _audit_folder(args: argparse.Namespace) -> int:
    """``sakip audit DIR``: every document of a kabupaten; a summary per OPD, then the findings, each
    naming its document (``--json``: one list of every finding with ``dokumen``, ``opd``, ``tahun``)."""
    files, kab = _kabupaten(args.file)
    found = kab.audit(year=args.year, skala=args.skala, legacy=args.legacy)
    pos = list(range(len(kab))) if args.year is None else kab.dokumen_tahun(args.year)  # found's documents
    if args.json:
        rows = [
            {"dokumen": files[i], "opd": kab.label_opd(i), "tahun": kab.tahun_laporan[i], **f.to_dict()}
            for i, fs in zip(pos, found)
            for f in fs
        ]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    else:
        en = args.lang == "en"
        print("\n".join(ringkasan_temuan(files, kab, pos, found, en)))
        for i, fs in zip(pos, found):
            for f in fs:
                print(f"{files[i]}: {f.severity:<7} {f.rule:<22} {f.location}")
                print(f"        {f.source}: {f.message_en if en else f.message}")
        total = sum(len(fs) for fs in found)
        errors = sum(fs.count("error") for fs in found)
        print()
        print(
            f"{len(pos)} {'documents' if en else 'dokumen'}, {total} {'findings' if en else 'temuan'}: {errors} error"
        )
    return EXIT_FINDINGS if any(fs.count("error") for fs in found) else EXIT_OK


# ---- report ------------------------------------------------------------------------------------


#: The report's formats: the module that renders each (``render(Laporan)``: text or the file's bytes).
REPORT_FORMATS = {"md": "_laporan_md", "html": "_laporan_html", "xlsx": "_laporan_xlsx", "docx": "_laporan_docx"}


def cmd_report(args: argparse.Namespace) -> int:
    import importlib

    from . import _laporan

    binary = args.format in ("xlsx", "docx")
    if binary and args.output is None:
        raise UsageError(
            f"report --format {args.format}: beri -o BERKAS (berkas biner tidak ditulis ke terminal)"
            f" / give -o FILE (a binary file is not written to the terminal)"
        )
    try:
        renderer = importlib.import_module(f"sakip.{REPORT_FORMATS[args.format]}")
    except ImportError as exc:  # openpyxl / python-docx: the optional extra
        package = {"docx": "python-docx"}.get(str(exc.name), exc.name)
        raise UsageError(
            f"report --format {args.format} memerlukan / needs {package}: pip install 'sakip[office]'"
        ) from exc
    if os.path.isdir(args.file):
        if args.format != "md":
            raise UsageError("report DIR: hanya --format md / only --format md for a folder")
        files, kab = _kabupaten(args.file)
        return _write(
            _laporan_kabupaten.render(files, kab, args.year, skala=args.skala, legacy=args.legacy), args.output
        )
    doc = _load(args.file)
    lap = _laporan.susun(doc, _year(doc, args.year), skala=args.skala, legacy=args.legacy)
    return _write(renderer.render(lap), args.output)


def _write(out: Union[str, bytes], output: Optional[str]) -> int:
    if output is None:
        sys.stdout.write(out if isinstance(out, str) else out.decode())
    elif isinstance(out, bytes):
        with open(output, "wb") as f:
            f.write(out)
    else:
        with open(output, "w", encoding="utf-8") as f:
            f.write(out)
    return EXIT_OK


# ---- capaian -----------------------------------------------------------------------------------


def cmd_capaian(args: argparse.Namespace) -> int:
    kwargs: dict[str, str] = {}
    if args.legacy:
        kwargs["zero_over_zero"] = "seratus"
    c = sakip.capaian(args.realisasi, args.target, polaritas=args.polaritas, places=args.places, **kwargs)
    if c.persen is None:
        print(f"capaian tidak terdefinisi ({c.status})")
    else:
        print(f"capaian {sakip.format_persen(c.persen)}")
    print(f"trace: {c.trace_text}")  # the library's one trace format
    return EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    sakip.template_workbook(args.out, contoh=_load(args.contoh) if args.contoh else None)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    sakip.export_workbook(_load(args.file), args.out)
    return EXIT_OK


def cmd_export_dataset(args: argparse.Namespace) -> int:
    try:
        sakip.export_dataset(args.source, args.out, progress=sys.stderr.isatty())
    except sakip.LoadError as exc:
        raise _cannot_load(args.source, exc) from exc
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    try:
        sakip.import_workbook(args.file).save(args.out)
    except sakip.WorkbookError as exc:  # every problem at its cell (exit 2), in the language of --lang
        en = _pilihan["lang"] == "en"
        head = f"{len(exc.problems)} problems" if en else f"{len(exc.problems)} masalah"
        lines = "\n  ".join(p.to_string(en) for p in exc.problems)
        raise UsageError(f"{_shown(args.file)}: {head}:\n  {lines}") from exc
    return EXIT_OK


def cmd_info(_args: argparse.Namespace) -> int:
    print(f"sakip {sakip.__version__}")
    names = sakip.datasets()
    print("bundled datasets: " + (", ".join(names) if names else "(none)"))
    return EXIT_OK


# ---- arguments ---------------------------------------------------------------------------------
# Every value the C++ core receives is checked here, so that a bad one is a usage error (exit 2, with
# the usage line) naming the option instead of a pybind11 "incompatible arguments" dump.


def _text_arg(text: str) -> str:
    """Text for the core: a command line word that is not UTF-8 (surrogate escapes) is refused."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise argparse.ArgumentTypeError(f'bukan teks UTF-8 / not UTF-8 text: "{_shown(text)}"') from None
    return text


def _number_arg(text: str) -> Union[sakip.Decimal, str]:
    """A number as documents print it, read as the library reads every figure (docs/formats.md):
    "97,25", "1.234,5", "70%", ".5"; a lone "1.000" is 1000, with a warning on standard error."""
    _text_arg(text)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", sakip.AmbiguousNumberWarning)
        try:
            value: Union[sakip.Decimal, str] = sakip.Decimal.parse(text)
        except sakip.Error:
            value = text  # not a number: capaian's one-line error names it (exit 2)
    for w in caught:
        print(f"sakip: peringatan / warning: {w.message}", file=sys.stderr)
    return value


def _word_arg(text: str) -> str:
    """An enum word (polaritas): any case, as the loader reads it."""
    return _text_arg(text).strip().lower()


def _int_arg(text: str, allowed: range, what: str, what_en: str) -> int:
    digits = text.strip()
    if not re.fullmatch(r"[+-]?[0-9]+", digits):
        raise argparse.ArgumentTypeError(
            f'{what} harus bilangan bulat, bukan "{_shown(text)}" / {what_en} must be an integer, not "{_shown(text)}"'
        )
    value = int(digits) if len(digits) <= 12 else None  # a longer number is out of range (and int() may refuse it)
    if value is None or value not in allowed:
        bounds = f"{allowed.start}-{allowed.stop - 1}"
        shown = digits if len(digits) <= 24 else digits[:20] + "…"
        raise argparse.ArgumentTypeError(f"{what} {shown} di luar {bounds} / {what_en} {shown} is outside {bounds}")
    return value


def _year_arg(text: str) -> int:
    return _int_arg(text, YEARS, "tahun", "year")


def _places_arg(text: str) -> int:
    return _int_arg(text, PLACES, "jumlah desimal", "places")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="sakip", description="Exact, traceable SAKIP figures: audit and recompute an LKjIP."
    )
    p.add_argument("--version", action="version", version=f"sakip {sakip.__version__}")
    p.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    p.add_argument("--lang", choices=["id", "en"], default="id", help="language of findings and problems (default: id)")
    sub = p.add_subparsers(dest="command")
    sub.add_parser("info", help="print the version and the bundled datasets")

    def common(sp: argparse.ArgumentParser, file_optional: bool = False) -> None:
        sp.add_argument(
            "file",
            metavar="FILE",
            nargs="?" if file_optional else None,
            help="a sakip/1 JSON file or a bundled dataset name",
        )
        sp.add_argument(
            "--year",
            type=_year_arg,
            default=None,
            help="report year, 1900-2099 (default: every laporan year / the latest)",
        )
        sp.add_argument(
            "--skala", type=_text_arg, default=None, help="kategori scale (default: the report's own scale)"
        )
        sp.add_argument("--legacy", action="store_true", help="score 0/0 as 100 %% (legacy practice)")

    a = sub.add_parser("audit", help="find every discrepancy in a document (or in every document of a folder)")
    common(a, file_optional=True)  # FILE is not needed with --rules
    a.add_argument("--json", action="store_true", help="JSON list of findings")
    a.add_argument(
        "--rules", action="store_true", help="print the audit's rule table instead (with --json, --format md)"
    )
    a.add_argument("--format", choices=["text", "md"], default="text", help="--rules as text or a Markdown table")
    r = sub.add_parser("report", help="the recomputed Bab III tables and the audit summary")
    common(r)
    r.add_argument("--format", choices=list(REPORT_FORMATS), default="md", help="md (default), html, xlsx or docx")
    r.add_argument(
        "-o", "--output", metavar="OUT", default=None, help="write to OUT (needed for xlsx and docx; default: stdout)"
    )
    c = sub.add_parser("capaian", help="capaian of one indicator")
    c.add_argument("--target", type=_number_arg, required=True, help="as printed: 97,25 / 1.234,5 / 70%%")
    c.add_argument("--realisasi", type=_number_arg, required=True, help="as printed: 97,25 / 1.234,5 / 70%%")
    c.add_argument("--polaritas", default="positif", type=_word_arg, choices=["positif", "negatif", "stabil"])
    c.add_argument("--places", type=_places_arg, default=2, help="decimal places, 0-38 (default 2)")
    c.add_argument("--legacy", action="store_true", help="score 0/0 as 100 %%")
    t = sub.add_parser("template", help="write the workbook form to fill in (docs/spreadsheets.md)")
    t.add_argument("out", metavar="OUT.xlsx")
    t.add_argument("--contoh", metavar="FILE", help="filled in from a document or bundled dataset (kajuara-2020)")
    e = sub.add_parser("export", help="write a document as the workbook form")
    e.add_argument("file", metavar="FILE", help="a sakip/1 JSON file or a bundled dataset name")
    e.add_argument("-o", dest="out", metavar="OUT.xlsx", required=True)
    i = sub.add_parser("import", help="read the workbook form into a validated sakip/1 JSON file")
    i.add_argument("file", metavar="IN.xlsx")
    i.add_argument("-o", dest="out", metavar="OUT.json", required=True)
    x = sub.add_parser(
        "export-dataset", help="write a kabupaten folder as a partitioned Parquet dataset (docs/dataset.md)"
    )
    x.add_argument("source", metavar="DIR", help="a folder of sakip/1 documents (or one file)")
    x.add_argument("-o", dest="out", metavar="DATASET", required=True)
    d = sub.add_parser("import-dpa", help="import a SIPD DPA sheet or CSV into a sakip/1 document")
    d.add_argument("--tahun", type=_year_arg, required=True, help="the DPA year, 1900-2099")
    impor_dpa.add_arguments(d)
    for sp in (a, r, c, t, e, i, x, d):
        sp.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        sp.add_argument(
            "--lang",
            choices=["id", "en"],
            default=argparse.SUPPRESS,
            help="language of findings and problems: id (Indonesian, default) or en (English)",
        )
    return p


def _stdout_to_devnull() -> None:
    """After a broken pipe: standard output goes to devnull, so that the flush at exit does not fail
    again (the Python documentation's "Note on SIGPIPE")."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # not a file (captured by a caller): nothing to flush
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    commands: dict[Optional[str], Callable[[argparse.Namespace], int]] = {
        None: cmd_info,
        "info": cmd_info,
        "audit": cmd_audit,
        "report": cmd_report,
        "capaian": cmd_capaian,
        "template": cmd_template,
        "export": cmd_export,
        "import": cmd_import,
        "export-dataset": cmd_export_dataset,
        "import-dpa": impor_dpa.cmd_import_dpa,
    }
    debug = False
    if sys.stdout is None:  # started with standard output closed (`sakip audit FILE >&-`): a write error
        print("sakip: error: keluaran standar tertutup / standard output is closed", file=sys.stderr)
        return EXIT_INPUT
    try:
        try:
            args = parser.parse_args(argv)  # bad arguments: usage and exit 2
        except SystemExit:  # --help, --version: their output may meet a closed pipe too
            sys.stdout.flush()
            raise
        debug = args.debug
        _pilihan["lang"] = args.lang
        code = commands[args.command](args)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's last flush
        return code
    except BrokenPipeError:  # `sakip audit FILE | head -1`: the reader has what it wanted; no message
        _stdout_to_devnull()
        return EXIT_PIPE
    except KeyboardInterrupt:
        if debug:
            raise
        print("sakip: dihentikan oleh pengguna / interrupted by the user", file=sys.stderr)
        return EXIT_INTERRUPTED
    except UsageError as exc:
        if debug:
            raise
        print(f"sakip: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except (sakip.Error, ValueError, TypeError, OSError) as exc:
        if debug:
            raise
        print(f"sakip: error: {exc}", file=sys.stderr)
        return EXIT_INPUT


if __name__ == "__main__":
    sys.exit(main())
