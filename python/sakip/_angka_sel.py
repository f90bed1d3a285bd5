"""A number typed into a spreadsheet cell, read exactly: the one rule of the workbook form and the
SIPD import. Excel keeps a number as a 64-bit float, which holds 15 significant decimal digits: a
float of at most 15 digits is the number the user typed (its shortest repr), one of more (0.1 + 0.2
= 0.30000000000000004, or 123456789012345678 kept as 1.2345678901234568e17) is not, and is refused
rather than guessed."""

from __future__ import annotations

import decimal
import math
import os
import re
from typing import Any, Optional, Union

#: Significant digits a spreadsheet number holds exactly (IEEE double: 15).
DIGITS = 15


def teks_float(v: float) -> Optional[str]:
    """The exact canonical text of a spreadsheet number (``"1234.5"``, ``"88799000"``), or None
    when the float cannot be the number typed: more than DIGITS significant digits, inf or nan."""
    if math.isnan(v) or math.isinf(v):
        return None
    text = repr(float(v))
    digits = re.sub(r"[^0-9]", "", text.split("e")[0].lstrip("-0.")).rstrip("0") or "0"
    if len(digits) > DIGITS:
        return None
    if float(v).is_integer():
        return str(int(v))
    return format(decimal.Decimal(text), "f")


def buka_xlsx(path: Union[str, os.PathLike[str]], data_only: bool) -> Any:
    """An .xlsx workbook opened read-only with openpyxl, or a sakip.Error naming the file when it is
    not one (a CSV renamed, a truncated download, an old .xls): openpyxl's own exceptions (zip and
    XML errors) would otherwise reach the user as a traceback."""
    import zipfile

    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    from . import _core

    try:
        return openpyxl.load_workbook(os.fspath(path), read_only=True, data_only=data_only)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, EOFError) as exc:
        name = os.fsdecode(os.fspath(path))
        raise _core.Error(
            f"{name} bukan buku kerja .xlsx yang dapat dibaca ({exc}) / {name} is not a readable .xlsx workbook ({exc})"
        ) from exc
