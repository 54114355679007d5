"""Excel workbooks (.xlsx): one sheet per table, written with xlsxwriter.

:func:`write_workbook` writes the sheets it is given (:func:`write_rows` the
same from one stream of rows), each with a frozen header row, a filter on every column and column widths set from the contents.  Text is
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
    """Columns a value takes on screen, up to the widest column set: East Asian wide characters
    count two.

    >>> _width("doc_id"), _width("市财政局"), _width(12.5)
    (6, 8, 4)
    """
    text = (value if isinstance(value, str) else str(value))[:_MAX_WIDTH]
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def write_workbook(path: str | os.PathLike, sheets: Mapping[str, tuple[Sequence[str], Iterable[Sequence]]],
                   *, tmp_dir: str | os.PathLike | None = None) -> None:
    """Write ``sheets`` (sheet name → (header, rows)) to the workbook ``path``, atomically.

    Strings are written as text, numbers as numbers, None as an empty cell, lists as
    JSON arrays.  Raises :class:`XlsxError` when xlsxwriter is not installed or a sheet
    has more rows than Excel takes.
    """
    write_rows(path, {name: header for name, (header, _) in sheets.items()},
               ((name, row) for name, (_, rows) in sheets.items() for row in rows), tmp_dir=tmp_dir)


def write_rows(path: str | os.PathLike, headers: Mapping[str, Sequence[str]],
               rows: Iterable[tuple[str, Sequence]], *, tmp_dir: str | os.PathLike | None = None) -> None:
    """Write a workbook with one sheet per entry of ``headers`` from ``rows``: ``(sheet name, row)``
    pairs, the sheets in any order, each sheet's rows in order.

    The rows are read once and not held in memory (xlsxwriter's ``constant_memory``
    mode), so that a batch writes every sheet in one pass over its results.
    """
    xlsxwriter = require_xlsxwriter()
    with atomic_path(path, tmp_dir) as tmp:
        book = xlsxwriter.Workbook(str(tmp), {"constant_memory": True, "strings_to_numbers": False,
                                              "strings_to_formulas": False, "strings_to_urls": False})
        try:
            bold = book.add_format({"bold": True})
            sheets, widths, counts = {}, {}, {}
            for name, header in headers.items():
                sheets[name] = sheet = book.add_worksheet(name[:31])
                widths[name] = [_width(h) for h in header]
                counts[name] = 0
                for c, h in enumerate(header):
                    sheet.write_string(0, c, h, bold)
            for name, row in rows:
                sheet, width = sheets[name], widths[name]
                n = counts[name] = counts[name] + 1
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
                    if width[c] < _MAX_WIDTH:
                        width[c] = max(width[c], _width(value))
            for name, sheet in sheets.items():
                sheet.freeze_panes(1, 0)
                sheet.autofilter(0, 0, counts[name], max(len(headers[name]) - 1, 0))
                for c, w in enumerate(widths[name]):
                    sheet.set_column(c, c, min(w, _MAX_WIDTH) + 2)
        finally:
            book.close()
