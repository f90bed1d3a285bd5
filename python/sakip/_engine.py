"""The audit engine's Python names (``sakip.audit``, ``sakip.evaluate``, ``sakip.Finding``,
``sakip.Findings``, ``sakip.audit_rules``), re-exported by ``sakip/__init__.py``.

:class:`Finding` and :class:`Findings` wrap the compiled ``_core.Finding`` / ``_core.Findings``
(they forward to them) and add the tables (``to_pandas``, ``to_arrow``, the Arrow PyCapsule
interface) and the notebook display. ``sakip.evaluate(doc, year)`` and ``doc.evaluate(year)`` both
return one type, :class:`sakip.frames.Evaluasi`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Optional, Union, overload

from . import _core
from ._dokumen import Dokumen, _core_dokumen
from ._tabel import TabelView
from ._wrap import Wrapper

if TYPE_CHECKING:  # pragma: no cover
    from . import frames

__all__ = ["Finding", "Findings", "audit", "audit_rules", "evaluate"]


class Finding(Wrapper[_core.Finding]):
    """One discrepancy found by :func:`sakip.audit` (rule ids: docs/audit.md): where it is
    (``location``, a JSON Pointer; ``source``, the printed place), what (``message`` in Indonesian,
    ``message_en``), the printed and the expected value, and the trace of the recomputation."""

    __slots__ = ()
    _wraps = _core.Finding

    @property
    def rule(self) -> str:
        """The rule id (``percent.recomputed``)."""
        return self._wrapped.rule

    @property
    def severity(self) -> str:
        """``error``, ``warning`` or ``info``."""
        return self._wrapped.severity

    @property
    def lapisan(self) -> str:
        """The layer that found it: ``konsistensi`` (the figure against the report's own printed inputs) or
        ``hitung_ulang`` (the printed inputs against the raw data)."""
        return self._wrapped.lapisan

    @property
    def location(self) -> str:
        """JSON Pointer of the figure in the sakip/1 document."""
        return self._wrapped.location

    @property
    def source(self) -> str:
        """Where the figure is printed in the source document."""
        return self._wrapped.source

    @property
    def message(self) -> str:
        """The finding in Indonesian."""
        return self._wrapped.message

    @property
    def message_en(self) -> str:
        """The finding in English."""
        return self._wrapped.message_en

    @property
    def reported(self) -> str:
        """The figure as printed."""
        return self._wrapped.reported

    @property
    def reported_value(self) -> Optional[str]:
        """The printed figure's value as a canonical decimal, when it has one."""
        return self._wrapped.reported_value

    @property
    def expected(self) -> Optional[str]:
        """The recomputed value (a canonical decimal or a label), when there is one."""
        return self._wrapped.expected

    @property
    def trace(self) -> str:
        """How the expected value was computed."""
        return self._wrapped.trace

    def to_dict(self) -> dict[str, Optional[str]]:
        """The finding as a dict of plain str / None values."""
        return self._wrapped.to_dict()

    def __str__(self) -> str:
        return str(self._wrapped)

    def _repr_html_(self) -> str:
        from . import frames

        return frames.temuan([self])._repr_html_()


class Findings(Sequence[Finding], TabelView, Wrapper[_core.Findings]):
    """The sorted findings of :func:`sakip.audit`: a read-only sequence of :class:`Finding`
    (sorted by severity, location, rule) with ``count``, ``to_json``, the tables and Arrow."""

    __slots__ = ()
    __hash__ = None
    _wraps = _core.Findings

    def __len__(self) -> int:
        return len(self._wrapped)

    @overload
    def __getitem__(self, i: int) -> Finding: ...
    @overload
    def __getitem__(self, i: slice) -> list[Finding]: ...
    def __getitem__(self, i: Union[int, slice]) -> Union[Finding, list[Finding]]:
        if isinstance(i, slice):
            return [Finding(self._wrapped[j]) for j in range(*i.indices(len(self)))]
        return Finding(self._wrapped[i])

    def __iter__(self) -> Iterator[Finding]:
        return (Finding(f) for f in self._wrapped)

    def __bool__(self) -> bool:
        return bool(self._wrapped)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Findings):
            return NotImplemented
        return self.to_json() == other.to_json()

    def count(self, severity: object) -> int:  # Sequence.count's signature; a severity name here
        """How many findings have this severity (``"error"``, ``"warning"``, ``"info"``)."""
        return self._wrapped.count(severity) if isinstance(severity, str) else 0

    def to_json(self) -> str:
        """The findings as JSON text (the format of tests/golden/*.findings.json)."""
        return self._wrapped.to_json()

    def to_list(self) -> list[dict[str, Optional[str]]]:
        """The findings as dicts of plain str / None values."""
        return self._wrapped.to_list()

    def tabel(self) -> frames.TabelTemuan:
        """The findings as a :class:`sakip.frames.TabelTemuan`."""
        from . import frames

        return frames.temuan(self)

    def _repr_html_(self) -> str:
        return self.tabel()._repr_html_()


def audit(
    doc: Union[Dokumen, _core.Dokumen],
    year: Optional[int] = None,
    skala: Union[str, _core.Skala, None] = None,
    legacy: bool = False,
) -> Findings:
    """Recompute every printed figure of the document and cross-check its parts; returns
    :class:`Findings` sorted by (severity, location, rule). ``year`` limits the audit to one year;
    ``skala`` is the kategori scale (a sakip.Skala or a shipped name; default: the report's own); ``legacy=True`` scores 0/0 as 100 %."""
    return Findings(_core.audit(_core_dokumen(doc), year=year, skala=skala, legacy=legacy))


def evaluate(
    doc: Union[Dokumen, _core.Dokumen],
    year: int,
    skala: Union[str, _core.Skala, None] = None,
    legacy: bool = False,
) -> frames.Evaluasi:
    """The LKjIP figures of ``year`` recomputed from the inputs: a :class:`sakip.frames.Evaluasi`
    (the engine's dict with table views). ``skala`` is the scale for kategori (a sakip.Skala or a shipped name; default: the report's own);
    ``legacy=True`` scores 0/0 as 100 %. ``doc.evaluate(year)`` is the same call."""
    from . import frames

    return frames.evaluasi(doc, year, skala=skala, legacy=legacy)


#: The stable audit rule ids: (id, severity, description), from the registry of the compiled audit.
audit_rules = _core.audit_rules
