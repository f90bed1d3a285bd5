"""The audit engine's Python names (sakip.audit, sakip.evaluate, sakip.Finding, sakip.Findings,
sakip.audit_rules), re-exported by ``sakip/__init__.py``. ``Dokumen.audit`` and ``Dokumen.evaluate``
are attached by the extension (python/src/audit/audit.cpp)."""

from __future__ import annotations

from ._core import Finding, Findings, audit, audit_rules, evaluate

__all__ = ["Finding", "Findings", "audit", "audit_rules", "evaluate"]
