"""The document as Python users hold it: :class:`Dokumen` and its :class:`Renstra` wrap the compiled
``sakip._core`` objects (boost-histogram's pattern: the Python class keeps the compiled object in
a slot and forwards to it) and add the analyst's views (``evaluate``, ``audit``, ``anggaran``,
``target_renstra``, ``to_pandas``, the notebook display). Nothing here changes a ``_core`` class.

``sakip.load`` / ``sakip.loads`` / ``sakip.load_kabupaten`` return these wrappers; every sakip
function that takes a document accepts a wrapper or the compiled object (``_core_dokumen``).
Attributes the wrappers do not name are forwarded to the compiled object unchanged.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Optional, Union, cast

from . import _core
from ._wrap import Wrapper

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from . import frames
    from ._engine import Findings
    from ._tabel import Dtype

__all__ = ["Dokumen", "Renstra", "load", "load_kabupaten", "loads"]

#: A file name as ``sakip.load`` takes it.
PathLike = Union[str, bytes, "os.PathLike[str]", "os.PathLike[bytes]"]


class Renstra(Wrapper[_core.Renstra]):
    """The Renstra of a document (``doc.renstra``): the compiled ``_core.Renstra`` plus
    :meth:`to_pandas` (its targets by year, :class:`sakip.frames.TargetRenstra`)."""

    __slots__ = ()
    _wraps = _core.Renstra

    @property
    def nama(self) -> str:
        """The Renstra's name as printed."""
        return self._wrapped.nama

    @property
    def periode(self) -> _core.Periode:
        """The years it covers (``.awal``, ``.akhir``)."""
        return self._wrapped.periode

    @property
    def tujuan(self) -> list[_core.Tujuan]:
        """Its tujuan, in document order."""
        return self._wrapped.tujuan

    @property
    def sasaran(self) -> list[_core.Sasaran]:
        """Its sasaran, in document order."""
        return self._wrapped.sasaran

    @property
    def indikator(self) -> list[_core.Indikator]:
        """Its indicators, in document order."""
        return self._wrapped.indikator

    def find_tujuan(self, id: str) -> Optional[_core.Tujuan]:
        """The tujuan ``id``, or None."""
        return self._wrapped.find_tujuan(id)

    def find_sasaran(self, id: str) -> Optional[_core.Sasaran]:
        """The sasaran ``id``, or None."""
        return self._wrapped.find_sasaran(id)

    def find_indikator(self, id: str) -> Optional[_core.Indikator]:
        """The indicator ``id``, or None."""
        return self._wrapped.find_indikator(id)

    def indikator_sasaran(self, sasaran: str) -> list[_core.Indikator]:
        """The indicators of one sasaran, in document order."""
        return self._wrapped.indikator_sasaran(sasaran)

    def to_pandas(self, dtype: Dtype = "decimal") -> pd.DataFrame:
        """The targets by year as a DataFrame (see :class:`sakip.frames.TargetRenstra`)."""
        from . import frames

        return frames.target_renstra(self).to_pandas(dtype)


class Dokumen(Wrapper[_core.Dokumen]):
    """One instansi's SAKIP chain (a sakip/1 document), read-only: the compiled ``_core.Dokumen``
    (``.core``) with the analyst's views.

    ``evaluate(year)`` gives a :class:`sakip.frames.Evaluasi` (the same type as
    ``sakip.evaluate(doc, year)``), ``audit()`` the :class:`sakip.Findings`, ``anggaran(year)``
    and ``target_renstra()`` tables; the model's fields (``instansi``, ``dpa``, ``pk``, …) are the
    compiled object's. Pickles as its sakip/1 JSON, validated again when loaded.
    """

    __slots__ = ()
    _wraps = _core.Dokumen

    @property
    def core(self) -> _core.Dokumen:
        """The compiled document, for ``sakip._core`` functions."""
        return self._wrapped

    # ---- the model's fields ------------------------------------------------------------------

    @property
    def format(self) -> str:
        """The format tag (``sakip/1``)."""
        return self._wrapped.format

    @property
    def dokumen(self) -> Optional[_core.InfoDokumen]:
        """What the source document is (jenis, judul, tahun, penandatangan…), or None."""
        return self._wrapped.dokumen

    @property
    def instansi(self) -> _core.Instansi:
        """The instansi (name, units, officials)."""
        return self._wrapped.instansi

    @property
    def rpjmd(self) -> _core.Rpjmd:
        """The RPJMD the Renstra serves."""
        return cast(_core.Rpjmd, self._wrapped.rpjmd)

    @property
    def renstra(self) -> Renstra:
        """The Renstra (tujuan, sasaran, indicators and their targets by year)."""
        return Renstra(self._wrapped.renstra)

    @property
    def iku(self) -> list[_core.Iku]:
        """The IKU (indicator formulas and their inputs)."""
        return self._wrapped.iku

    @property
    def dpa(self) -> dict[int, _core.Dpa]:
        """The DPA by year."""
        return self._wrapped.dpa

    @property
    def pk(self) -> dict[int, list[_core.PerjanjianKinerja]]:
        """The Perjanjian Kinerja by year."""
        return self._wrapped.pk

    @property
    def realisasi(self) -> dict[int, list[_core.RealisasiIndikator]]:
        """The realisasi inputs by year."""
        return self._wrapped.realisasi

    @property
    def laporan(self) -> dict[int, _core.Laporan]:
        """The printed LKjIP figures by year."""
        return self._wrapped.laporan

    @property
    def pohon_kinerja(self) -> dict[int, _core.PohonKinerja]:
        """The performance tree by year."""
        return self._wrapped.pohon_kinerja

    @property
    def catatan(self) -> list[str]:
        """Notes on the document as a whole."""
        return self._wrapped.catatan

    def find_iku(self, id: str) -> Optional[_core.Iku]:
        """The IKU of indicator ``id``, or None."""
        return self._wrapped.find_iku(id)

    def find_pk(self, year: int, pihak: str) -> Optional[_core.PerjanjianKinerja]:
        """The PK of ``year`` whose first party is ``pihak`` (``"camat"``), or None."""
        return self._wrapped.find_pk(year, pihak)

    def find_realisasi(self, year: int, id: str) -> Optional[_core.RealisasiIndikator]:
        """The realisasi input of indicator ``id`` in ``year``, or None."""
        return self._wrapped.find_realisasi(year, id)

    def to_json(self) -> str:
        """The document as sakip/1 JSON text (deterministic, lossless)."""
        return self._wrapped.to_json()

    def save(self, path: PathLike) -> None:
        """Write the document as sakip/1 JSON."""
        self._wrapped.save(path)

    # ---- the views -----------------------------------------------------------------------------

    def evaluate(self, year: int, skala: Union[str, _core.Skala, None] = None, legacy: bool = False) -> frames.Evaluasi:
        """``sakip.evaluate(self, year, ...)``: the LKjIP figures of ``year`` recomputed from the
        inputs. ``skala`` (a sakip.Skala or a shipped name; default: the report's own) is the scale for kategori; ``legacy=True`` scores 0/0 as 100 %."""
        from ._engine import evaluate

        return evaluate(self, year, skala=skala, legacy=legacy)

    def audit(
        self, year: Optional[int] = None, skala: Union[str, _core.Skala, None] = None, legacy: bool = False
    ) -> Findings:
        """``sakip.audit(self, ...)``: every printed figure recomputed and the parts cross-checked."""
        from ._engine import audit

        return audit(self, year=year, skala=skala, legacy=legacy)

    def anggaran(self, year: int) -> frames.Anggaran:
        """Budget absorption of the DPA of ``year`` (see :func:`sakip.frames.anggaran`)."""
        from . import frames

        return frames.anggaran(self, year)

    def target_renstra(self) -> frames.TargetRenstra:
        """The Renstra targets by year (see :func:`sakip.frames.target_renstra`)."""
        from . import frames

        return frames.target_renstra(self)

    # ---- value semantics, pickling, display ----------------------------------------------------

    def __getstate__(self) -> tuple[str]:
        """The pickled state: the sakip/1 JSON (pickling forwards to the compiled document)."""
        return self._wrapped.__getstate__()

    def _repr_html_(self) -> str:
        from . import display

        return display.dokumen_html(self)


def _core_dokumen(doc: Union[Dokumen, _core.Dokumen]) -> _core.Dokumen:
    """The compiled document of a wrapper (or the compiled document itself)."""
    if isinstance(doc, Dokumen):
        return doc.core
    if isinstance(doc, _core.Dokumen):
        return doc
    raise TypeError(f"expected a sakip.Dokumen (sakip.load), not {type(doc).__name__}")


def load(path: PathLike) -> Dokumen:
    """Load and validate a sakip/1 JSON file (``str``, ``bytes`` or ``os.PathLike``); raises
    :class:`sakip.LoadError` listing every problem."""
    return Dokumen(_core.load(path))


def loads(text: Union[str, bytes, bytearray, memoryview], origin: str = "<string>") -> Dokumen:
    """Load and validate sakip/1 JSON text; ``origin`` names it in messages."""
    return Dokumen(_core.loads(text, origin))


def load_kabupaten(path_or_paths: Union[PathLike, Iterable[PathLike]], threads: int = 0) -> list[Dokumen]:
    """Load a kabupaten: a directory of sakip/1 documents (its ``*.json`` files in name order) or
    a list of files, one instansi each (see ``sakip._core.load_kabupaten``)."""
    docs = _core.load_kabupaten(path_or_paths, threads)
    return [Dokumen(d) for d in docs]
