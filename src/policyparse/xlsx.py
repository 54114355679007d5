"""Excel workbooks (.xlsx): one sheet per table, written with xlsxwriter.

:func:`write_workbook` writes the sheets it is given, each with a frozen header
row, a filter on every column and column widths set from the contents.  Text is
always written as text (ids such as ``s1.10`` stay text, and a cell that starts
with ``=`` is never a formula); lists are JSON arrays (:func:`policyparse.tabular.cell`).
xlsxwriter is an optional extra (``pip install 'policyparse[xlsx]'``), imported
only here and only when a workbook is written.  This module makes no rows.
"""
from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

from .errors import PolicyParseError
from .files import atomic_path
from .tabular import cell

MAX_ROWS = 1_048_576
"""Rows in one Excel sheet, the header included."""
_MAX_WIDTH = 60


class XlsxError(PolicyParseError):
    """A workbook that cannot be written: xlsxwriter missing, or a sheet over Excel's limits."""


def require_xlsxwriter():
    """The xlsxwriter module, or an :class:`XlsxError` saying which extra to install."""
    try:
        import xlsxwriter
    except ImportError:
        raise XlsxError("xlsx output needs xlsxwriter: pip install 'policyparse[xlsx]'") from None
    return xlsxwriter


def _width(value) -> int:
    """Columns a value takes on screen: East Asian wide characters count two."""
    text = value if isinstance(value, str) else str(value)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text[:200])


def write_workbook(path: str | os.PathLike, sheets: Mapping[str, tuple[Sequence[str], Iterable[Sequence]]],
                   *, tmp_dir: str | os.PathLike | None = None) -> None:
    """Write ``sheets`` (sheet name → (header, rows)) to the workbook ``path``, atomically.

    Rows are read once, in order, and not held in memory (xlsxwriter's
    ``constant_memory`` mode).  Strings are written as text, numbers as numbers,
    None as an empty cell, lists as JSON arrays.  Raises :class:`XlsxError` when
    xlsxwriter is not installed or a sheet has more rows than Excel takes.
    """
    xlsxwriter = require_xlsxwriter()
    with atomic_path(path, tmp_dir) as tmp:
        book = xlsxwriter.Workbook(str(tmp), {"constant_memory": True, "strings_to_numbers": False,
                                              "strings_to_formulas": False, "strings_to_urls": False})
        try:
            bold = book.add_format({"bold": True})
            for name, (header, rows) in sheets.items():
                sheet = book.add_worksheet(name[:31])
                widths = [_width(h) for h in header]
                for c, h in enumerate(header):
                    sheet.write_string(0, c, h, bold)
                n = 0
                for n, row in enumerate(rows, 1):
                    if n >= MAX_ROWS:
                        raise XlsxError(f"{path}: sheet {name} has more than {MAX_ROWS - 1} rows, "
                                        f"more than Excel takes; use csv or sqlite")
                    for c, value in enumerate(row):
                        value = cell(value)
                        if value is None:
                            continue
                        if isinstance(value, (int, float)):
                            sheet.write_number(n, c, value)
                        else:
                            value = str(value)
                            sheet.write_string(n, c, value)
                        widths[c] = max(widths[c], _width(value))
                sheet.freeze_panes(1, 0)
                sheet.autofilter(0, 0, n, max(len(header) - 1, 0))
                for c, w in enumerate(widths):
                    sheet.set_column(c, c, min(w, _MAX_WIDTH) + 2)
        finally:
            book.close()
