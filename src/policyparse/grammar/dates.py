"""Dates: the one grammar of years, months and days that metadata and deadlines share.

A year is printed in Arabic or full-width digits (``2025``, ``２０２５``),
digit by digit in Chinese (``二〇二五``), or redacted in templates (``20xx``,
``xxxx``, spaced out of a PDF as ``20 xx``); a month or day in digits or
Chinese numerals (``十二月``, ``三十一日``) or redacted (``x月``).  The forms
come from the documents the project reads (signatures, 成文日期 rows,
deadlines).  This module only spells the parts; what a date means (a
signature, a deadline) is decided where it is used.
"""
from __future__ import annotations

from datetime import date

from .numerals import cn_to_int, digits_to_int, fullwidth_to_ascii

CN_DATE_DIGITS = "〇○零一二三四五六七八九"
"""The digits of a year written digit by digit (二〇二五)."""

REDACTED = r"[xX×]"
"""A redacted digit in a template (20xx年)."""

YEAR = (rf"(?:[12][0-9]{{3}}|[１２][０-９]{{3}}|20 ?{REDACTED} ?{REDACTED}"
        rf"|{REDACTED} ?{REDACTED} ?{REDACTED} ?{REDACTED}|20[0-9]{REDACTED}|[{CN_DATE_DIGITS}]{{4}})")
MONTH = rf"(?:1[0-2]|0?[1-9]|１[０-２]|０?[１-９]|十[一二]?|[一二三四五六七八九]|{REDACTED})"
DAY = (rf"(?:[12][0-9]|3[01]|0?[1-9]|[１-３]?[０-９]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
       rf"|{REDACTED}{{1,2}})")


def named(name: str, part: str) -> str:
    """A part of the grammar as a named group."""
    return rf"(?P<{name}>{part})"


def full_date(year: str = "year", month: str = "month", day: str = "day") -> str:
    """A pattern for ``2020年8月11日`` (also ``二〇二〇年八月十一日``, ``…11号``) with the
    three parts in groups of the given names."""
    return rf"{named(year, YEAR)}\s*年\s*{named(month, MONTH)}\s*月\s*{named(day, DAY)}\s*[日号]"


def part_value(s: str | None) -> int | None:
    """The value of a year, month or day as printed; None when absent or redacted.

    >>> [part_value(s) for s in ("2025", "２０２５", "二〇二五", "十二", "三十一", "xx", None)]
    [2025, 2025, 2025, 12, 31, None, None]
    """
    if not s:
        return None
    t = fullwidth_to_ascii(s)
    if t.isdigit():
        return int(t)
    return digits_to_int(s) if len(s) == 4 else cn_to_int(s)


def date_value(year: str | None, month: str | None, day: str | None) -> date | None:
    """The calendar date of three printed parts, or None when one is missing or no date.

    >>> date_value("2020", "8", "11"), date_value("2020", "2", "30")
    (datetime.date(2020, 8, 11), None)
    """
    y, m, d = part_value(year), part_value(month), part_value(day)
    try:
        return date(y, m, d) if y and m and d else None
    except ValueError:
        return None
