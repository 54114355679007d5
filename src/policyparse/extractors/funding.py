"""Funding: every money amount, in yuan.

``50万元`` → 500000, ``1.5亿元``, ``2,000元``, ``五十万元``, ``壹佰万元``; ranges
(``800-1000元``, ``4000元至10000元``, ``3-5万元``, ``3万至5万元``); a basis
attached with ``/`` (``1000元/亩``) or stated with ``每X`` before the amount
(``每张床位给予不低于1500元`` → per ``张床位``, ``每人每月200元`` → ``人每月``,
``每年安排50万元`` → ``年``); the qualifier in front (不低于, 最高 …) as a
comparator.  ``过亿元`` and ``超亿元`` are amounts without a number (一亿).
Counts of other things (500张床位) have no 元 and are not funding; names such
as 万元户 or 万元GDP are not amounts.
"""
from __future__ import annotations

from decimal import Decimal

import regex

from ..grammar.numerals import number_value
from ..models import Funding
from . import DocumentView, in_cited_title

MAGNITUDES: dict[str, int] = {
    "": 1, "十": 10, "百": 100, "千": 1_000, "万": 10_000, "十万": 100_000, "百万": 1_000_000,
    "千万": 10_000_000, "亿": 100_000_000, "十亿": 1_000_000_000, "百亿": 10_000_000_000,
    "千亿": 100_000_000_000, "萬": 10_000, "億": 100_000_000,
}
CURRENCY = r"(?:元|元人民币)"
ARABIC = r"[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?:[.．][0-9０-９]+)?|[0-9０-９]+(?:[.．][0-9０-９]+)?"
CHINESE = r"[零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟]+"
NUM = rf"(?:{ARABIC}|{CHINESE})"
MAG = r"(?:十万|百万|千万|十亿|百亿|千亿|万|亿|萬|億|千)?"
RANGE_SEP = r"\s*(?:[-—–－~～]|至|到)\s*"
AMOUNT = regex.compile(
    rf"""
    (?P<n1>{NUM})(?:余|多)?(?P<m1>{MAG})(?:余|多)?(?:(?P<c1>{CURRENCY}))?  # 800 / 4000元 / 3万 / 2000余万
    (?:{RANGE_SEP}(?P<n2>{NUM})(?:余|多)?(?P<m2>{MAG})(?:余|多)?)?         # -1000 / 至10000 / 至5万
    (?P<cur>{CURRENCY})
    (?:[/／](?P<slash>[\p{{Han}}·/／]{{1,5}}?)(?=[的，,。；;、（(\s）)]|标准|给予|补贴|补助|$))?
    |
    (?<=[过超逾破])(?P<bare>亿|千万|百万|万)(?P<bare_cur>{CURRENCY})        # 年产值过亿元
    """,
    regex.VERBOSE,
)
DIGIT = regex.compile(r"[0-9０-９]")  # 一元化: a lone Chinese digit before 元 is rarely money
NAME_AFTER = regex.compile(r"(?:户|GDP|产值能耗|能耗|级|俱乐部|以上企业名单|化|结构|论|制)")  # used with match(text, pos): anchored there
PER_BEFORE = regex.compile(
    r"每(?P<per>[^，。；、,；每]{1,6}?(?:每[^，。；、,；每]{1,3}?)?)(?=给予|补助|补贴|奖励|奖补|资助|扶持|支持|拨付|投入|发放|安排|一次性|不低于|不少于|"
    r"最高|不超过|按|可|增加|提高|标准|[0-9０-９]|[一二三四五六七八九十两壹贰叁]+(?:十|百|千|万)?元|$)"
)
COMPARATORS: tuple[tuple[str, str], ...] = (
    ("不低于", ">="), ("不少于", ">="), ("至少", ">="), ("最低", ">="),
    ("最高", "<="), ("不超过", "<="), ("不高于", "<="), ("上限", "<="), ("最多", "<="),
    ("约", "~"), ("近", "~"),
)
SUFFIX_COMPARATORS: tuple[tuple[str, str], ...] = (("以上", ">="), ("以内", "<="), ("以下", "<="), ("左右", "~"))


def _value(n: str | None, mag: str | None) -> float | None:
    if n is None:
        return None
    v = number_value(n)
    if v is None:
        return None
    # Decimal keeps 2.3亿 at 230000000, not 229999999.99999997.
    return float(Decimal(repr(v)) * MAGNITUDES.get(mag or "", 1))


def _clause_before(text: str, start: int, pos: int) -> tuple[int, str]:
    i = pos
    floor = max(start, pos - 200)
    while i > floor and text[i - 1] not in "，,。；;、\n":
        i -= 1
    return i, text[i:pos]


def extract(view: DocumentView) -> list[Funding]:
    """Every money amount of the document, in order.

    Patterns read the simplified shadow (萬元 reads as 万元); raw and ``per`` are
    sliced from the text as printed.
    """
    text, printed = view.shadow, view.text
    out: list[Funding] = []
    for m in AMOUNT.finditer(text, view.start, view.end):
        s, e = m.span()
        if NAME_AFTER.match(text, e) or in_cited_title(text, view.start, s):
            continue
        if m.group("bare"):
            amount, amount_max = float(MAGNITUDES[m.group("bare")]), None
        else:
            m2 = m.group("m2")
            m1 = m.group("m1") or ("" if m.group("c1") else m2)  # 3-5万元: the 万 applies to both
            amount, amount_max = _value(m.group("n1"), m1), _value(m.group("n2"), m2)
            if amount is None:
                continue
            if not DIGIT.search(m.group("n1")) and len(m.group("n1")) < 2 and not m1:
                continue  # 一元化, 二元结构: a lone Chinese digit before 元 is rarely money
        clause_start, clause = _clause_before(text, view.start, s)
        per = printed[m.start("slash"):m.end("slash")] if m.group("slash") else None
        if not per:
            found = list(PER_BEFORE.finditer(clause))
            if found:
                ps, pe = found[-1].span("per")
                per = printed[clause_start + ps:clause_start + pe]
        comparator = next((c for word, c in COMPARATORS if word in clause[-6:]), None)
        if comparator is None:
            comparator = next((c for word, c in SUFFIX_COMPARATORS if text.startswith(word, e)), None)
        out.append(Funding(
            raw=printed[s:e], span=(s, e), section=view.section_id(s), amount=amount, amount_max=amount_max,
            per=per, comparator=comparator, period="年" if per and per.startswith("年") else None,
        ))
    return out
