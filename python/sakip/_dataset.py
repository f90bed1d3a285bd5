"""A kabupaten (or many) as one partitioned Parquet dataset that DuckDB, Dask and Spark read directly.

One folder per table (``indikator/``, ``anggaran/``, ``temuan/``, ``rekap/`` is not written: it is a
query), hive-style partitions ``tahun=<y>/instansi=<name>``, ``decimal128(38, s)`` columns for money
and percentages (scale 2; realisasi at the largest scale any value needs), ``pemda`` as a column so
that many kabupaten share one dataset. The columns are the :class:`sakip.Kabupaten` tables' with
``opd`` as ``instansi``, the instansi's name (docs/dataset.md). Each call writes its own files (named by the pemda), so
several kabupaten can be written into one dataset one after another.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Union

from . import _core
from ._dokumen import Dokumen, PathLike, load_kabupaten
from ._kabupaten import Kabupaten
from ._tabel import Tabel

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow as pa

#: The tables of a dataset, in the order they are written.
TABEL = ("indikator", "anggaran", "temuan")


def _tabel(kab: Kabupaten, name: str) -> Tabel:
    if name == "indikator":
        return kab.indikator()
    if name == "anggaran":
        return kab.anggaran()
    if name == "temuan":
        return kab.temuan()
    raise ValueError(f"tabel tidak dikenal / unknown table {name!r}; known: {', '.join(TABEL)}")


def arrow_table(kab: Kabupaten, name: str) -> pa.Table:
    """One table of the dataset as Arrow, before partitioning: ``opd`` as ``instansi`` (the name)."""
    import pyarrow as pa

    t = _tabel(kab, name).to_arrow()
    # The dataset's instansi is the name alone (the pemda has its own column), not the OPD's label.
    nama = {kab.label_opd(i): d.instansi.nama for i, d in enumerate(kab)}
    instansi = pa.array([nama[v] for v in t.column("opd").to_pylist()], type=pa.string())
    return t.set_column(t.schema.get_field_index("opd"), "instansi", instansi)


def export_dataset(
    source: Union[Kabupaten, PathLike, Iterable[Union[PathLike, Dokumen, _core.Dokumen]]],
    path: PathLike,
    tabel: Sequence[str] = TABEL,
    threads: int = 0,
    progress: bool = False,
) -> list[str]:
    """Write ``source`` (a :class:`Kabupaten`, a folder, or files / documents) as the dataset at
    ``path``; returns the folders written. ``progress=True`` reports each table on stderr."""
    import pyarrow.dataset as ds

    kab = source if isinstance(source, Kabupaten) else _kabupaten(source, threads)
    pemda = sorted({d.instansi.pemda for d in kab})
    tag = hashlib.sha1("\n".join(pemda).encode()).hexdigest()[:12]
    root = os.fsdecode(path)
    written = []
    for name in tabel:
        t = arrow_table(kab, name)
        out = os.path.join(root, name)
        ds.write_dataset(
            t,
            out,
            format="parquet",
            partitioning=["tahun", "instansi"],
            partitioning_flavor="hive",
            basename_template=f"part-{tag}-{{i}}.parquet",
            existing_data_behavior="overwrite_or_ignore",
        )
        written.append(out)
        if progress:
            print(f"sakip: {name}: {t.num_rows} baris / rows → {out}", file=sys.stderr)  # noqa: T201 - progress on a terminal
    return written


def _kabupaten(source: Union[PathLike, Iterable[Union[PathLike, Dokumen, _core.Dokumen]]], threads: int) -> Kabupaten:
    """A folder, or files and documents in any mix (the files loaded together, the order kept)."""
    if isinstance(source, (str, bytes, os.PathLike)):
        return Kabupaten.load(source, threads)
    items = list(source)
    paths = [d for d in items if not isinstance(d, (Dokumen, _core.Dokumen))]
    loaded = iter(load_kabupaten(paths, threads) if paths else [])
    return Kabupaten([d if isinstance(d, (Dokumen, _core.Dokumen)) else next(loaded) for d in items], threads)
