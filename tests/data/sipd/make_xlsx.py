"""Writes dpa-2021.xlsx: the same SIPD-style DPA as dpa-2021.csv, as a sheet "DPA" (text cells as
SIPD exports them; the year and column numbers as numbers). Run from the repository root:
/work/main/.venv/bin/python tests/data/sipd/make_xlsx.py"""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl

here = Path(__file__).parent
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "DPA"
with open(here / "dpa-2021.csv", encoding="utf-8", newline="") as f:
    for row in csv.reader(f, delimiter=";"):
        # the column-number row as numbers, every other cell as text
        ws.append([int(c) if row[:2] == ["1", "2"] else (c if c != "" else None) for c in row])
wb.save(here / "dpa-2021.xlsx")
