"""Heading markers: the numbering styles of policy documents, as data.

Each :class:`MarkerStyle` names a style of docs/annotation-guide.md (``cn_dun`` 一、,
``paren_cn`` （一）, ``arabic_dot`` 1. 1、 1．, ``paren_arabic`` （1）,
``circled`` ①, ``chapter`` 第一章, ``section`` 第一节, ``article`` 第一条,
``box`` 专栏1) with the pattern of its marker and how to read its number.
:func:`match_marker` tries them at one position of a line.

Half-width and full-width forms are the same style; ``variant`` separates
forms a document may nest inside each other (1. under 1、 is a deeper level).
Decimal markers (``2.3``, section numbering in plans) are ``arabic_dot`` with
the last component as their number and the first as ``parent_number``.
A number that goes on (``1.5万亩``, ``3、5年``, ``80%``) is a quantity, not a
marker: :func:`match_marker` returns None for it, or, asked with
``quantities=True``, the match flagged ``quantity`` so a rule can name it.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .numerals import HEADING_NUMERAL_CHARS, cn_to_int, fullwidth_to_ascii

CN = f"[{HEADING_NUMERAL_CHARS}]{{1,4}}"
DIGITS = r"[0-9０-９]{1,3}"
OPEN = r"[（(]"
CLOSE = r"[）)]"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿"
# One-character forms that Word and PDF text layers use for （一）, （1） and 1.
PAREN_CN_CHARS = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
PAREN_ARABIC_CHARS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
ARABIC_DOT_CHARS = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
NUMBERED_CHARS = (CIRCLED, PAREN_CN_CHARS, PAREN_ARABIC_CHARS, ARABIC_DOT_CHARS)
MARKER_FIRST_CHARS = frozenset(HEADING_NUMERAL_CHARS + "0123456789０１２３４５６７８９（(第专" + "".join(NUMBERED_CHARS))
"""Every character a marker can start with (a quick test before :func:`match_marker`)."""


@dataclass(frozen=True)
class MarkerStyle:
    """One numbering style: its name, the marker pattern (group ``n`` holds the number)."""

    name: str
    pattern: str
    numeral: str  # "cn", "arabic" or "circled"
    rank: int  # conventional depth, used only to break ties between styles


# Order matters where patterns overlap: 第X章 before anything else, （一） before （1）,
# 2.3 before 2. (a decimal marker is arabic_dot; see match_marker).
STYLES: tuple[MarkerStyle, ...] = (
    MarkerStyle("chapter", rf"第(?P<n>{CN}|{DIGITS})章", "cn", 0),
    MarkerStyle("section", rf"第(?P<n>{CN}|{DIGITS})节", "cn", 1),
    MarkerStyle("article", rf"第(?P<n>{CN}|{DIGITS})条", "cn", 2),
    MarkerStyle("box", rf"专栏\s*(?P<n>{DIGITS}|{CN})(?![0-9０-９])", "cn", 3),
    MarkerStyle("cn_dun", rf"(?P<n>{CN})(?:、|[.．](?![0-9０-９]))", "cn", 3),
    MarkerStyle("decimal", rf"(?P<p>[0-9０-９]{{1,2}})[.．](?P<n>[0-9０-９]{{1,2}})(?![0-9０-９]|[.．][0-9０-９])", "arabic", 5),
    MarkerStyle("paren_cn", rf"{OPEN}(?P<n>{CN}){CLOSE}|(?P<n>[{PAREN_CN_CHARS}])", "cn", 4),
    # 1。 — a full stop typed for the dot — is a marker only at a line start (see segment).
    MarkerStyle("arabic_dot", rf"(?P<n>{DIGITS})(?:、|[.．](?![0-9０-９])|。)|(?P<n>[{ARABIC_DOT_CHARS}])", "arabic", 5),
    MarkerStyle("paren_arabic", rf"{OPEN}(?P<n>{DIGITS}){CLOSE}|(?P<n>[{PAREN_ARABIC_CHARS}])", "arabic", 6),
    MarkerStyle("circled", rf"(?P<n>[{CIRCLED}])", "circled", 7),
)
STYLE_BY_NAME = {s.name: s for s in STYLES}

_COMBINED = regex.compile(
    "|".join(f"(?P<{s.name}>{s.pattern.replace('(?P<n>', f'(?P<{s.name}_n>').replace('(?P<p>', f'(?P<{s.name}_p>')})"
             for s in STYLES)
)

# What may not follow a marker: a number that goes on (1.5万亩, 3、5年) or a
# percentage, or more list punctuation.  A Chinese numeral marker may be
# followed by digits (一、2024年国民经济…).
_BAD_AFTER = regex.compile(r"[0-9０-９%％‰、，,.．]")
_BAD_AFTER_CN = regex.compile(r"[、，,.．]")
# Units after a decimal number make it a quantity (1.5万亩, 2.3 亿元, 3.5%), not a section number.
DECIMAL_UNITS = "万亿千百十元亩个家所座项条人次倍米吨度岁年月日天台辆张户套名"
"""Measure words and units that follow quantities in policy documents (from the targets' and funding's units)."""
_DECIMAL_BAD_AFTER = regex.compile(rf"\s*[{DECIMAL_UNITS}%％‰]|\s*(?:公里|平方|立方)")


@dataclass(frozen=True)
class MarkerMatch:
    """A marker found at a position: its style, number, and where it ends."""

    style: str
    number: int
    marker: str
    start: int
    end: int
    variant: str
    parent_number: int | None = None  # 2 for the decimal marker 2.3
    quantity: bool = False  # a number that goes on (1.5万亩); only with quantities=True

    @property
    def key(self) -> tuple[str, str]:
        """What identifies a numbering sequence in the nesting stack."""
        return (self.style, self.variant)


def _number(style: MarkerStyle, raw: str) -> int | None:
    for chars in NUMBERED_CHARS:
        if len(raw) == 1 and raw in chars:
            return chars.index(raw) + 1
    ascii_digits = fullwidth_to_ascii(raw)
    if ascii_digits.isdigit():
        return int(ascii_digits)
    return cn_to_int(raw)


def _variant(style: str, marker: str) -> str:
    if marker in ARABIC_DOT_CHARS:
        return "dot"
    if style in ("arabic_dot", "cn_dun"):
        return "dun" if marker.endswith("、") else "dot"
    return ""


def match_marker(text: str, pos: int = 0, *, quantities: bool = False) -> MarkerMatch | None:
    """The heading marker that starts at ``pos``, if any.

    A quantity (``1.5万亩``) gives None, or with ``quantities=True`` a match whose
    ``quantity`` is set.

    >>> m = match_marker("（十一）保障热敏灸产业人才需求。")
    >>> (m.style, m.number, m.marker)
    ('paren_cn', 11, '（十一）')
    >>> match_marker("1.5万亩艾草") is None, match_marker("2020年，全市") is None
    (True, True)
    >>> match_marker("专栏3  中医特色康复服务能力建设项目").style
    'box'
    >>> m = match_marker("㈢加强组织领导")  # a one-character （三） from a Word or PDF text layer
    >>> (m.style, m.number)
    ('paren_cn', 3)
    >>> m = match_marker("2.3 教育资源配置")
    >>> (m.style, m.number, m.parent_number)
    ('arabic_dot', 3, 2)
    >>> match_marker("1.5万亩") is None, match_marker("1.5万亩", quantities=True).quantity
    (True, True)
    """
    m = _COMBINED.match(text, pos)
    if not m:
        return None
    style = STYLE_BY_NAME[m.lastgroup]
    raw_number = m.group(f"{style.name}_n")
    number = _number(style, raw_number)
    if number is None or number == 0:
        return None
    end = m.end()
    marker = m.group(0)
    if style.name == "decimal":
        quantity = _DECIMAL_BAD_AFTER.match(text, end) is not None
        parent = int(fullwidth_to_ascii(m.group("decimal_p")))
        found = MarkerMatch("arabic_dot", number, marker, m.start(), end, "decimal", parent, quantity)
    else:
        bad = _BAD_AFTER_CN if style.numeral == "cn" and style.name != "box" else _BAD_AFTER
        quantity = style.name != "box" and end < len(text) and bad.match(text, end) is not None
        found = MarkerMatch(style.name, number, marker, m.start(), end, _variant(style.name, marker), None, quantity)
    if found.quantity and not quantities:
        return None
    return found
