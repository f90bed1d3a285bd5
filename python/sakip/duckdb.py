"""SQL over a sakip dataset with DuckDB (embedded): ``sakip.duckdb.connect(dataset)``.

The connection has one view per table of the dataset (``indikator``, ``anggaran``, ``temuan``: the
Parquet files with their hive partitions ``tahun`` and ``instansi``) and the macro
``sakip_persen(a, b)``: a ÷ b × 100 at 2 places, half-up (away from zero), exactly. DuckDB's own
``/`` on decimals gives a DOUBLE; the macro computes in integer sen (HUGEINT) instead, so
``sakip_persen(sum(realisasi), sum(rencana))`` is the library's serapan figure for figure; a divisor 0
or an unknown operand gives NULL (never 100, never 0). It is for amounts: a value that is not a whole
number of sen (0,005) or not a DECIMAL / integer (a DOUBLE) is an error, never rounded first; beyond
about 10^31 rupiah DuckDB raises an overflow error.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from ._dokumen import PathLike

__all__ = ["PERSEN_MACRO", "connect"]

#: The macro's SQL: A and B in whole units of 0,01 (sen), q = round_half_up(A × 10 000 / B), away from zero.
PERSEN_MACRO = """
CREATE OR REPLACE MACRO sakip_persen(a, b) AS
  CASE WHEN a IS NULL OR b IS NULL THEN NULL
  WHEN NOT (typeof(a) LIKE 'DECIMAL%' OR typeof(a) IN ('TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT', 'HUGEINT'))
    OR NOT (typeof(b) LIKE 'DECIMAL%' OR typeof(b) IN ('TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT', 'HUGEINT'))
    THEN error('sakip_persen: a decimal or integer is required, not ' || typeof(a) || ', ' || typeof(b))
  WHEN a * 100 <> round(a * 100) OR b * 100 <> round(b * 100)
    THEN error('sakip_persen: ' || a::VARCHAR || ' / ' || b::VARCHAR || ' is not in whole units of 0,01 (sen)')
  WHEN b = 0 THEN NULL
  ELSE CAST(
    sign(CAST(a * 100 AS HUGEINT)) * sign(CAST(b * 100 AS HUGEINT)) *
    ((2 * abs(CAST(a * 100 AS HUGEINT)) * 10000 + abs(CAST(b * 100 AS HUGEINT)))
      // (2 * abs(CAST(b * 100 AS HUGEINT))))
    AS DECIMAL(38, 0)) * CAST(0.01 AS DECIMAL(3, 2))
  END
"""


def connect(dataset: PathLike, database: str = ":memory:", **kwargs: Any) -> Any:
    """A DuckDB connection with the dataset's tables as views and ``sakip_persen``."""
    import duckdb

    root = os.fsdecode(dataset)
    if not os.path.isdir(root):
        raise FileNotFoundError(f"tidak ada dataset / no dataset at {root}")
    con = duckdb.connect(database, **kwargs)
    con.execute(PERSEN_MACRO)
    tables = sorted(t for t in os.listdir(root) if os.path.isdir(os.path.join(root, t)))
    for t in tables:
        glob = os.path.join(root, t, "**", "*.parquet").replace("'", "''")
        con.execute(f"CREATE VIEW \"{t}\" AS SELECT * FROM read_parquet('{glob}', hive_partitioning = true)")
    return con
